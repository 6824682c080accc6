// The organisation's own products over the browser's own APIs (an in-memory browser here): published on their pages
// beside PAI's, and the content script registered on exactly the sites of theirs the user granted and PAI does not
// rate, whether the change comes from the workspace or from the team's signed feed.
import { webcrypto } from 'node:crypto';
import { afterEach, expect, test, vi } from 'vitest';
import { writeOrgDataset } from '../../../src/background/db-org.ts';
import { ORG_SCRIPT_ID } from '../../../src/background/org-sites.ts';
import { publishedVersion, readRecord } from '../../../src/background/publish.ts';
import { matchPatterns } from '../../../src/core/match-patterns.ts';
import { draftsDataset, type OrgDraft } from '../../../src/core/org-draft.ts';
import { generateKeyPair, sign } from '../../../src/core/signature.ts';
import { SETTINGS_KEY } from '../../../src/shared/storage-keys.ts';
import { bundled } from '../helpers/dataset.ts';
import { ORIGIN } from '../helpers/fake-browser.ts';
import { MANIFEST, startBrowserDeps, stopBrowserDeps, type StartOptions } from '../helpers/browser-deps.ts';
import { acmeDraft } from '../helpers/org.ts';

afterEach(stopBrowserDeps);

const ACME = 'https://acme.example/';

const orgDataset = (drafts: OrgDraft[]) =>
  draftsDataset(drafts, bundled().domains, { version: '2026.11.20.1', published: '2026-11-20', publisher: 'Acme' });

/** PSF Lens with its dataset loaded, and the organisation's assessments of `drafts` stored and granted. */
async function withOrganisation(drafts: OrgDraft[], options: StartOptions = {}) {
  const t = await startBrowserDeps(options);
  await t.deps.dataset.ensure();
  const own = orgDataset(drafts);
  await writeOrgDataset(await t.deps.db(), { id: 'acme', name: 'Acme', importedAt: 1, dataset: own });
  const patterns = matchPatterns(own.products);
  for (const p of patterns) t.fake.granted.add(p);
  return { ...t, patterns };
}

test('an organisation’s change republishes the pages’ records with its products and registers its granted sites', async () => {
  const { deps, fake, patterns } = await withOrganisation([acmeDraft({ D3: 'Gap' })]);
  await deps.org?.changed();
  expect(await readRecord(fake.local, ACME)).toMatchObject({ products: { 'acme-agent': {} } });
  expect(fake.scripting.registered.get(ORG_SCRIPT_ID)).toEqual({
    id: ORG_SCRIPT_ID,
    matches: patterns,
    js: ['assets/content.js'],
    runAt: 'document_idle',
    persistAcrossSessions: true,
  });
});

test('an organisation’s assessments withdrawn: their pages’ records and their sites’ script go', async () => {
  const { deps, fake } = await withOrganisation([acmeDraft({ D3: 'Gap' })]);
  await deps.org?.changed();
  await writeOrgDataset(await deps.db(), { id: 'acme', name: 'Acme', importedAt: 2, dataset: orgDataset([]) });
  await deps.org?.changed();
  expect(await readRecord(fake.local, ACME)).toBeUndefined();
  expect(fake.scripting.registered.has(ORG_SCRIPT_ID)).toBe(false);
  expect(await readRecord(fake.local, 'https://openai.com/codex/'), 'PAI’s records stay').toBeDefined();
});

test('a change before any dataset is loaded publishes nothing yet, and still registers the granted sites', async () => {
  const t = await startBrowserDeps();
  const own = orgDataset([acmeDraft()]);
  await writeOrgDataset(await t.deps.db(), { id: 'acme', name: 'Acme', importedAt: 1, dataset: own });
  for (const p of matchPatterns(own.products)) t.fake.granted.add(p);
  await t.deps.org?.changed();
  expect(await readRecord(t.fake.local, ACME), 'no record published').toBeUndefined();
  expect(await publishedVersion(t.fake.local)).toBeUndefined();
  expect(t.fake.scripting.registered.get(ORG_SCRIPT_ID)).toMatchObject({ matches: matchPatterns(own.products) });
});

test('a product PAI rates keeps PAI’s content script: the organisation’s assessment of it registers no site', async () => {
  const codex: OrgDraft = { ...acmeDraft(), id: 'openai-codex' };
  const { deps, fake } = await withOrganisation([codex]);
  await deps.syncOrgSites();
  expect(fake.scripting.registered.has(ORG_SCRIPT_ID)).toBe(false);
});

test('a site the manifest’s own content script already covers is not registered twice', async () => {
  const patterns = matchPatterns(orgDataset([acmeDraft()]).products);
  const manifest = { version: '1.2.3', content_scripts: [{ js: ['assets/content.js'], matches: patterns }] };
  const { deps, fake } = await withOrganisation([acmeDraft()], { manifest });
  await deps.syncOrgSites();
  expect(fake.scripting.registered.has(ORG_SCRIPT_ID)).toBe(false);
});

test('a manifest content script without run_at registers without one (the browser’s document_idle)', async () => {
  const manifest = { version: '1.2.3', content_scripts: [{ js: ['assets/content.js'] }] };
  const { deps, fake, patterns } = await withOrganisation([acmeDraft()], { manifest });
  await deps.syncOrgSites();
  expect(fake.scripting.registered.get(ORG_SCRIPT_ID)).toEqual({
    id: ORG_SCRIPT_ID,
    matches: patterns,
    js: ['assets/content.js'],
    persistAcrossSessions: true,
  });
});

test('Firefox’s manifest names the content script by its full address: it is registered by its path', async () => {
  // Firefox's runtime.getManifest() answers moz-extension://<uuid>/assets/content.js, and its
  // registerContentScripts refuses that: 'must be a relative URL'.
  const scripting = { register: async (_: unknown): Promise<void> => {} };
  const register = async (scripts: { js?: string[] }[]) => {
    const full = scripts.flatMap((s) => s.js ?? []).find((js) => js.includes('://'));
    if (full) throw new Error(`String "${full}" must be a relative URL`);
    return scripting.register(scripts);
  };
  const manifest = {
    version: '1.2.3',
    content_scripts: [{ js: [`${ORIGIN}assets/content.js`], run_at: 'document_idle' }],
  };
  const t = await withOrganisation([acmeDraft()], {
    manifest,
    overrides: { 'scripting.registerContentScripts': register },
  });
  const { deps, fake, patterns, called } = t;
  scripting.register = fake.scripting.registerContentScripts as (s: unknown) => Promise<void>;
  await deps.syncOrgSites();
  expect(fake.scripting.registered.get(ORG_SCRIPT_ID)).toMatchObject({ matches: patterns, js: ['assets/content.js'] });
  await deps.spaEntry.inject(3);
  expect(called('scripting.executeScript')).toEqual([[{ target: { tabId: 3 }, files: ['assets/content.js'] }]]);
});

test.each([
  ['no content scripts', { version: '1.2.3' }],
  ['a content script without a file', { version: '1.2.3', content_scripts: [{ matches: ['https://openai.com/*'] }] }],
])('a build with %s registers nothing and injects nothing', async (_, manifest) => {
  const { deps, fake, called } = await withOrganisation([acmeDraft()], { manifest });
  await deps.syncOrgSites();
  await deps.spaEntry.inject(3);
  expect(fake.scripting.registered.size).toBe(0);
  expect(called('scripting.executeScript')).toEqual([]);
});

test('a tab that changed address in place gets the manifest’s content script', async () => {
  const { deps, called } = await startBrowserDeps({ manifest: MANIFEST });
  await deps.spaEntry.inject(3);
  expect(called('scripting.executeScript')).toEqual([[{ target: { tabId: 3 }, files: ['assets/content.js'] }]]);
});

test('a browser that lists no granted origins registers nothing', async () => {
  const getAll = async () => ({ permissions: [] });
  const { deps, fake } = await withOrganisation([acmeDraft()], { overrides: { 'permissions.getAll': getAll } });
  await deps.syncOrgSites();
  expect(fake.scripting.registered.has(ORG_SCRIPT_ID)).toBe(false);
});

test('a registration the browser refuses is reported, and the next change registers again', async () => {
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  let refuse = true;
  const scripting = { register: async (_: unknown): Promise<void> => {} };
  const register = async (scripts: unknown) => {
    if (refuse) throw new Error('Registration refused');
    return scripting.register(scripts);
  };
  const t = await withOrganisation([acmeDraft()], { overrides: { 'scripting.registerContentScripts': register } });
  const { deps, fake, patterns } = t;
  scripting.register = fake.scripting.registerContentScripts as (s: unknown) => Promise<void>;
  await expect(deps.syncOrgSites()).rejects.toThrow('Registration refused');
  await vi.waitFor(() =>
    expect(errors).toHaveBeenCalledWith(
      'PSF Lens could not register its organisation sites:',
      expect.objectContaining({ message: 'Registration refused' }),
    ),
  );
  refuse = false;
  await deps.syncOrgSites();
  expect(fake.scripting.registered.get(ORG_SCRIPT_ID)).toMatchObject({ matches: patterns });
  errors.mockRestore();
});

test('a team feed’s delivery puts the organisation’s products on their pages and registers their sites', async () => {
  const subtle = webcrypto.subtle as SubtleCrypto;
  const keys = await generateKeyPair(subtle);
  const bytes = new TextEncoder().encode(JSON.stringify(orgDataset([acmeDraft({ D3: 'Partial' })])));
  const feedUrl = 'https://team.example/org.json';
  const served = async (url: string) =>
    new Response(url === `${feedUrl}.sig` ? await sign(subtle, bytes, keys.privateKey) : bytes);
  const t = await startBrowserDeps({
    fetch: (url, packaged) => (url.startsWith(feedUrl) ? served(url) : packaged(url)),
  });
  await t.deps.dataset.ensure();
  for (const p of matchPatterns(orgDataset([acmeDraft()]).products)) t.fake.granted.add(p);
  await t.fake.local.set({ [SETTINGS_KEY]: { version: 1, orgFeedUrl: feedUrl, orgFeedPublicKey: keys.publicKey } });
  expect((await t.deps.settings.orgFeed.run()).lastOutcome).toMatchObject({ kind: 'updated' });
  expect(await readRecord(t.fake.local, ACME)).toMatchObject({ products: { 'acme-agent': {} } });
  expect(t.fake.scripting.registered.has(ORG_SCRIPT_ID)).toBe(true);
});
