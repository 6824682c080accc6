// Everything the user owns survives everything that happens to the dataset: a refused feed, a bad import, a feed
// update, a new bundled dataset, and a restarted worker over the upgraded database.
import { webcrypto } from 'node:crypto';
import { expect, test } from 'vitest';
import { createFeedRunner, EMPTY_STATUS } from '../../../src/background/feed-runner.ts';
import type { Context } from '../../../src/background/types.ts';
import { generateKeyPair, sign } from '../../../src/core/signature.ts';
import type { FeedStatus } from '../../../src/shared/feed-status.ts';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings.ts';
import { CSV_HEADER } from '../../../src/core/questionnaire.ts';
import { bundled } from '../helpers/dataset.ts';
import { acmeDraft } from '../helpers/org.ts';
import { testBackground } from '../helpers/deps.ts';

const UI: Context = { from: 'ui' };
const subtle = webcrypto.subtle as SubtleCrypto;
const ACTION = 'openai-codex-sites-plugins.d1.plugin-allowlist';

async function snapshot(handlers: ReturnType<typeof testBackground>['handlers']) {
  const library = await handlers.library({ type: 'library' }, UI);
  if (library.kind !== 'library') throw new Error(library.reason);
  return {
    checklist: (await handlers.checklist({ type: 'checklist', productId: 'openai-codex' }, UI)).states.map(
      ({ updatedAt: _u, ...s }) => s,
    ),
    watched: (await handlers['watch-state']({ type: 'watch-state', productId: 'openai-codex' }, UI)).watched,
    organisation: library.organisation?.map((o) => [o.id, o.dataset.assessments.map((a) => a.id)]),
    // Assessments written here, drafts and versions alike, and the vendor's answers.
    written: (await handlers['org-records']({ type: 'org-records' }, UI)).records.map((r) => ({
      id: r.id,
      draft: r.draft,
      versions: r.versions,
      status: r.status,
    })),
    answers: await handlers
      .questionnaire({ type: 'questionnaire', productId: 'acme-agent' }, UI)
      .then((q) => (q.kind === 'questionnaire' ? q.answers : null)),
  };
}

/** A saved assessment with a draft edited since, a new draft never saved, and a vendor's answer to one question. */
async function writeOwn(handlers: ReturnType<typeof testBackground>['handlers']) {
  await handlers['org-save-draft']({ type: 'org-save-draft', id: 'r1', draft: acmeDraft({ D3: 'Gap' }) }, UI);
  await handlers['org-save-version']({ type: 'org-save-version', id: 'r1' }, UI);
  await handlers['org-save-draft']({ type: 'org-save-draft', id: 'r1', draft: acmeDraft({ D3: 'Partial' }) }, UI);
  await handlers['org-save-draft'](
    { type: 'org-save-draft', id: 'r2', draft: { ...acmeDraft(), id: '', name: 'Half' } },
    UI,
  );
  const csv = `${CSV_HEADER.join(',')}\nacme-agent,D3-1,,,,,,Thirty days,https://acme.example/dpa\n`;
  await handlers['questionnaire-import']({ type: 'questionnaire-import', productId: 'acme-agent', text: csv }, UI);
}

test('checklists, notes, own assessments and the watchlist survive every kind of dataset change', async () => {
  const first = testBackground();
  const { handlers, keeper, name } = first;
  await keeper.ensure();
  await handlers['update-action'](
    {
      type: 'update-action',
      productId: 'openai-codex',
      actionId: ACTION,
      patch: { status: 'in-progress', owner: 'Dana', notes: 'Waiting on IT' },
    },
    UI,
  );
  await handlers['set-watched']({ type: 'set-watched', productId: 'openai-codex', watched: true }, UI);
  const own = bundled();
  own.products = own.products.filter((p) => p.id === 'crewai');
  own.assessments = [
    { ...structuredClone(bundled().assessments.find((a) => a.productId === 'crewai')!), id: 'acme-crewai' },
  ];
  await handlers['org-import']({ type: 'org-import', name: 'acme.json', text: JSON.stringify(own) }, UI);
  await writeOwn(handlers);
  const before = await snapshot(handlers);
  const byId = (a: [string, ...unknown[]], b: [string, ...unknown[]]) => a[0].localeCompare(b[0]);
  expect(before.written.map((r): [string, string, number] => [r.id, r.status, r.versions.length]).sort(byId)).toEqual([
    ['r1', 'edited', 1],
    ['r2', 'new', 0],
  ]);
  expect(before.answers?.map((a) => a.answer)).toEqual(['Thirty days']);
  expect(before.checklist[0]).toMatchObject({ status: 'in-progress', owner: 'Dana', notes: 'Waiting on IT' });

  // A feed that is refused (signed by the wrong key), then one that is installed.
  const keys = await generateKeyPair(subtle);
  const wrong = await generateKeyPair(subtle);
  let signer = wrong.privateKey;
  const next = bundled();
  next.version = '2026.12.01';
  const bytes = new Uint8Array(Buffer.from(JSON.stringify(next)));
  let status: FeedStatus = { ...EMPTY_STATUS };
  const runner = createFeedRunner({
    settings: async () => ({
      ...DEFAULT_SETTINGS,
      feedUrl: 'https://feed.example/d.json',
      feedPublicKey: keys.publicKey,
    }),
    status: { get: async () => status, set: async (s) => void (status = s) },
    keeper,
    io: {
      fetch: async (url) => new Response(String(url).endsWith('.sig') ? await sign(subtle, bytes, signer) : bytes),
      subtle,
    },
    schedule: async () => {},
    now: Date.now,
  });
  expect((await runner.run()).lastOutcome?.kind).toBe('refused');
  expect(await snapshot(handlers)).toEqual(before);
  signer = keys.privateKey;
  expect((await runner.run()).lastOutcome?.kind).toBe('updated');
  expect(await snapshot(handlers)).toEqual(before);

  // A bad import changes nothing.
  expect((await handlers['org-import']({ type: 'org-import', name: 'bad.json', text: '{' }, UI)).kind).toBe('refused');
  expect(await snapshot(handlers)).toEqual(before);

  // A restarted worker over the same (already upgraded) database, then an extension update's bundled dataset.
  const restarted = testBackground({ name, bundledText: JSON.stringify({ ...bundled(), version: '2027.01.01' }) });
  expect(await snapshot(restarted.handlers)).toEqual(before);
  await restarted.keeper.syncBundled();
  const library = await restarted.handlers.library({ type: 'library' }, UI);
  expect(library.kind === 'library' && library.dataset.version).toBe('2027.01.01');
  expect(await snapshot(restarted.handlers)).toEqual(before);
});
