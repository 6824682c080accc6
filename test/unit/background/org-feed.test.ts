// The organisation's team feed: the PSF feed's runner and rules (signature, dataset rules, no rollback) with its
// own key and address; its copy never writes over an assessment written here, and a difference is shown as a
// conflict until the user takes the team's version or keeps their own.
import { webcrypto } from 'node:crypto';
import { expect, test } from 'vitest';
import { authoringHandlers } from '../../../src/background/handlers/authoring.ts';
import { createFeedRunner, EMPTY_STATUS } from '../../../src/background/feed-runner.ts';
import { ORG_FEED, orgFeedTarget } from '../../../src/background/org-feed.ts';
import type { Context } from '../../../src/background/types.ts';
import { draftsDataset, type OrgDraft } from '../../../src/core/org-draft.ts';
import { generateKeyPair, sign } from '../../../src/core/signature.ts';
import type { FeedStatus } from '../../../src/shared/feed-status.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings.ts';
import { acmeDraft } from '../helpers/org.ts';
import { bundled } from '../helpers/dataset.ts';
import { testBackground } from '../helpers/deps.ts';

const UI: Context = { from: 'ui' };
const subtle = webcrypto.subtle as SubtleCrypto;
const URL_A = 'https://team.example/org.json';

const acme = (rating: 'Gap' | 'Partial'): OrgDraft => acmeDraft({ D3: rating });

const feedFile = (version: string, rating: 'Gap' | 'Partial') =>
  JSON.stringify(
    draftsDataset([acme(rating)], bundled().domains, { version, published: '2026-11-20', publisher: 'Acme Bank' }),
  );

async function setup() {
  const bg = testBackground();
  await bg.keeper.ensure();
  const [orgKeys, psfKeys] = await Promise.all([generateKeyPair(subtle), generateKeyPair(subtle)]);
  let settings: Settings = { ...DEFAULT_SETTINGS, orgFeedUrl: URL_A, orgFeedPublicKey: orgKeys.publicKey };
  let served = { text: feedFile('2026.11.20', 'Gap'), key: orgKeys.privateKey };
  let status: FeedStatus = { ...EMPTY_STATUS };
  let changes = 0;
  const runner = createFeedRunner({
    settings: async () => settings,
    feed: ORG_FEED,
    status: { get: async () => status, set: async (s) => void (status = s) },
    keeper: orgFeedTarget(bg.db, async () => void changes++),
    io: {
      fetch: async (url) => {
        const bytes = new Uint8Array(Buffer.from(served.text));
        return new Response(String(url).endsWith('.sig') ? await sign(subtle, bytes, served.key) : bytes);
      },
      subtle,
    },
    schedule: async () => {},
    now: Date.now,
  });
  const serveText = (text: string, key = orgKeys.privateKey) => void (served = { text, key });
  const serve = (version: string, rating: 'Gap' | 'Partial', key = orgKeys.privateKey) =>
    serveText(feedFile(version, rating), key);
  const team = async () => {
    const library = await bg.handlers.library({ type: 'library' }, UI);
    return library.kind === 'library' ? library.organisation?.find((o) => o.feedUrl) : undefined;
  };
  return {
    ...bg,
    runner,
    serve,
    serveText,
    team,
    psfKeys,
    changes: () => changes,
    setSettings: (s: Partial<Settings>) => void (settings = { ...settings, ...s }),
    authoring: authoringHandlers(bg.deps),
  };
}

test('a feed signed with another key (the PSF feed’s) is refused; the organisation’s own key installs it', async () => {
  const t = await setup();
  t.serve('2026.11.20', 'Gap', t.psfKeys.privateKey);
  expect((await t.runner.run()).lastOutcome).toMatchObject({
    kind: 'refused',
    note: { code: 'kept', problem: { code: 'mismatch' } },
  });
  expect(await t.team()).toBeUndefined();
  expect(t.changes()).toBe(0);
  t.serve('2026.11.20', 'Gap');
  expect((await t.runner.run()).lastOutcome).toEqual({
    kind: 'updated',
    note: { code: 'updated', version: '2026.11.20' },
  });
  const team = await t.team();
  expect(team?.name).toBe("Your team's feed");
  expect(team?.dataset.assessments[0]?.ratings).toEqual({ D3: 'Gap' });
  expect(t.changes()).toBe(1);
});

test('no rollback, and a broken dataset is refused: the last good copy stays', async () => {
  const t = await setup();
  t.serve('2026.11.21', 'Gap');
  await t.runner.run();
  t.serve('2026.11.20', 'Partial');
  expect((await t.runner.run()).lastOutcome).toMatchObject({
    kind: 'refused',
    note: { code: 'kept', problem: { code: 'rollback' } },
  });
  const spoiled = JSON.parse(feedFile('2026.11.22', 'Partial'));
  spoiled.assessments[0].url = 'http://insecure.example/';
  t.serveText(JSON.stringify(spoiled));
  expect((await t.runner.run()).lastOutcome).toMatchObject({
    kind: 'refused',
    note: { code: 'kept', problem: { code: 'rules' } },
  });
  expect((await t.team())?.dataset.version).toBe('2026.11.21');
  // Another address is another feed: its versions start afresh.
  t.setSettings({ orgFeedUrl: 'https://other-team.example/org.json' });
  t.serve('2026.01.01', 'Partial');
  expect((await t.runner.run()).lastOutcome).toMatchObject({ kind: 'updated' });
});

test('without an address or a key, nothing is fetched', async () => {
  const t = await setup();
  t.setSettings({ orgFeedUrl: '' });
  expect((await t.runner.run()).lastOutcome).toEqual({ kind: 'off', note: { code: 'team-off' } });
  t.setSettings({ orgFeedUrl: URL_A, orgFeedPublicKey: '' });
  expect((await t.runner.run()).lastOutcome).toMatchObject({ kind: 'refused', note: { code: 'no-key' } });
  expect(await t.team()).toBeUndefined();
});

test('the feed never overwrites an assessment written here: the difference is shown until the user decides', async () => {
  const t = await setup();
  const mine = acme('Partial');
  await t.authoring['org-save-draft']({ type: 'org-save-draft', id: 'r1', draft: mine }, UI);
  await t.authoring['org-save-version']({ type: 'org-save-version', id: 'r1' }, UI);
  await t.runner.run();
  let [record] = (await t.authoring['org-records']({ type: 'org-records' }, UI)).records;
  expect(record?.draft).toEqual(mine);
  expect(record?.versions.map((v) => v.draft.domains.D3.rating)).toEqual(['Partial']);
  expect(record?.conflict).toMatchObject({ feedVersion: '2026.11.20', differences: ['D3 rating'] });
  expect(record?.conflict?.feedDraft.domains.D3.rating).toBe('Gap');

  await t.authoring['org-keep-mine']({ type: 'org-keep-mine', id: 'r1' }, UI);
  [record] = (await t.authoring['org-records']({ type: 'org-records' }, UI)).records;
  expect(record?.conflict).toBeUndefined();
  // A newer team version is a new difference to show.
  t.serve('2026.11.25', 'Gap');
  await t.runner.run();
  [record] = (await t.authoring['org-records']({ type: 'org-records' }, UI)).records;
  expect(record?.conflict?.feedVersion).toBe('2026.11.25');
  expect(record?.draft).toEqual(mine);
});
