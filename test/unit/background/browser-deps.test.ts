// The handlers' dependencies over the browser's own APIs (an in-memory browser here): the toolbar's badge, the
// notifications, the stored lists and tab states, the popup, the bundled dataset's fetch and a worker's start. The
// organisation's sites: browser-org.test.ts.
import { IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { afterEach, expect, test, vi } from 'vitest';
import { readMeta } from '../../../src/background/db.ts';
import { setWatched } from '../../../src/background/db-user.ts';
import { toolbarTranslator } from '../../../src/background/badge-text.ts';
import { toolbarLook } from '../../../src/background/toolbar.ts';
import { compileIndex } from '../../../src/core/detect.ts';
import { latestByProduct } from '../../../src/core/latest.ts';
import { hostRecords } from '../../../src/shared/rule-store.ts';
import {
  BADGE_TEXT_KEY,
  BUNDLE_PROBLEM_KEY,
  BUNDLE_SYNCED_KEY,
  HIDDEN_SITES_KEY,
  RECENT_PRODUCTS_KEY,
  RULES_CHECKED_KEY,
  RULES_PREFIX,
  RULES_VERSION_KEY,
  SETTINGS_KEY,
  tabStateKey,
} from '../../../src/shared/storage-keys.ts';
import { publishedText } from '../helpers/badge-text.ts';
import { bundled } from '../helpers/dataset.ts';
import { MANIFEST, startBrowserDeps, stopBrowserDeps, type StartOptions } from '../helpers/browser-deps.ts';
import { ORIGIN, type fakeBrowser } from '../helpers/fake-browser.ts';
import type { BrowserDeps } from '../../../src/background/browser-deps.ts';

type FakeBrowser = ReturnType<typeof fakeBrowser>;

async function start(fetch?: StartOptions['fetch']) {
  return startBrowserDeps({ fetch });
}

afterEach(stopBrowserDeps);

test('the toolbar gets the look of its state on that tab: text, colours and title', async () => {
  const { deps, called } = await start();
  const state = { kind: 'not-assessed', productName: 'Acme Agent' } as const;
  await deps.toolbar(4, state);
  const look = toolbarLook(state, toolbarTranslator(publishedText('en')));
  expect(called('action.setBadgeText')).toEqual([[{ tabId: 4, text: look.text }]]);
  expect(called('action.setBadgeBackgroundColor')).toEqual([[{ tabId: 4, color: look.color }]]);
  expect(called('action.setBadgeTextColor')).toEqual([[{ tabId: 4, color: '#ffffff' }]]);
  // No words published yet: English, from the catalog.
  expect(called('action.setTitle')).toEqual([[{ tabId: 4, title: 'PSF Lens: Acme Agent has no PSF assessment yet' }]]);
});

test('the toolbar’s title in the language of the badge’s published words', async () => {
  const { deps, fake, called } = await start();
  await fake.local.set({ [BADGE_TEXT_KEY]: publishedText('de') });
  await deps.toolbar(5, { kind: 'not-assessed', productName: 'Acme Agent' });
  expect(called('action.setTitle')).toEqual([
    [{ tabId: 5, title: 'PSF Lens: Acme Agent hat noch keine PSF-Bewertung' }],
  ]);
});

test('the badge’s words in a new language: the open tabs’ toolbar titles follow at once', async () => {
  const { deps, fake, called } = await start();
  const d = bundled();
  await fake.local.set(hostRecords(compileIndex(d.products), d.products, latestByProduct(d.assessments)));
  const detection = { confidence: 'high', via: 'url' } as const;
  await fake.session.set({
    [tabStateKey(7)]: { url: 'https://openai.com/index/gpt-4-1/', productIds: ['gpt-4-1'], detection },
    [tabStateKey(8)]: { url: 'https://openai.com/index/gpt-4-1/', productIds: ['gone'], detection },
    // A tab on a site that has no record (any more), and the session's other entries: no title to set.
    [tabStateKey(9)]: { url: 'https://example.org/', productIds: ['gpt-4-1'], detection },
    [RECENT_PRODUCTS_KEY]: ['gpt-4-1'],
  });
  const titles = () => called('action.setTitle').map(([look]) => look);
  await deps.badgeText();
  expect(titles()).toEqual([{ tabId: 7, title: 'PSF Lens: GPT-4.1, 2 Strong · 6 not captured' }]);
  await deps.badgeText(); // the same language again: nothing written, no title set
  expect(titles()).toHaveLength(1);
  await fake.local.set({ [SETTINGS_KEY]: { version: 1, language: 'de' } });
  await deps.badgeText();
  expect(titles()[1]).toEqual({ tabId: 7, title: 'PSF Lens: GPT-4.1, 2 Strong · 6 nicht erfasst' });
  expect(titles()).toHaveLength(2);
});

/** A reader of `language` who watches Codex, and a feed update that changes Codex's D4 from Gap to Partial. */
async function codexReassessedFor(deps: BrowserDeps, fake: FakeBrowser, language: string): Promise<void> {
  await fake.local.set({ [SETTINGS_KEY]: { version: 1, language } });
  await deps.dataset.ensure();
  await setWatched(await deps.db(), 'openai-codex', true);
  const next = bundled();
  next.version = '2026.12.01';
  next.assessments.find((a) => a.productId === 'openai-codex')!.ratings.D4 = 'Partial';
  await deps.dataset.installFeed(next, 'https://feed.example/d.json');
}

test('a rating-change notification in the settings’ language, read from its catalog', async () => {
  const { deps, fake, called } = await start();
  await codexReassessedFor(deps, fake, 'fr');
  expect(called('notifications.create')).toEqual([
    [
      'psf-lens:openai-codex:2026.12.01',
      {
        type: 'basic',
        iconUrl: `${ORIGIN}icons/icon-128.png`,
        title: 'Notes PSF modifiées\u00a0: OpenAI Codex',
        message: 'D4 Observability\u00a0: Gap → Partial',
      },
    ],
  ]);
});

test('in a service worker the notification is the web’s, shown through its registration, with the id as its tag', async () => {
  const showNotification = vi.fn(async () => {});
  vi.stubGlobal('registration', { showNotification });
  const { deps, fake, called } = await start();
  await codexReassessedFor(deps, fake, 'en');
  expect(showNotification.mock.calls).toEqual([
    [
      'PSF ratings changed: OpenAI Codex',
      {
        body: 'D4 Observability: Gap → Partial',
        icon: `${ORIGIN}icons/icon-128.png`,
        tag: 'psf-lens:openai-codex:2026.12.01',
      },
    ],
  ]);
  expect(called('notifications.create')).toEqual([]);
});

test('the stored lists keep strings only, hidden sites where they last, recent products for the session', async () => {
  const { deps, fake } = await start();
  await fake.local.set({ [HIDDEN_SITES_KEY]: ['openai.com', 3, null, 'crewai.com'] });
  expect(await deps.hiddenSites.get()).toEqual(['openai.com', 'crewai.com']);
  await fake.local.set({ [HIDDEN_SITES_KEY]: 'openai.com' });
  expect(await deps.hiddenSites.get()).toEqual([]);
  await deps.hiddenSites.set(['x.example']);
  expect(fake.local.data.get(HIDDEN_SITES_KEY)).toEqual(['x.example']);
  await deps.recent.set(['langchain']);
  expect(fake.session.data.get(RECENT_PRODUCTS_KEY)).toEqual(['langchain']);
  expect(fake.local.data.has(RECENT_PRODUCTS_KEY)).toBe(false);
  expect(await deps.recent.get()).toEqual(['langchain']);
});

test('a tab’s state lives in session storage under its own key until cleared', async () => {
  const { deps, fake } = await start();
  const state = { url: 'https://openai.com/codex/', productIds: ['openai-codex'], detection: {} as never };
  await deps.tabs.setState(9, state);
  expect(fake.session.data.get(tabStateKey(9))).toEqual(state);
  expect(await deps.tabs.getState(9)).toEqual(state);
  expect(await deps.tabs.getState(8)).toBeUndefined();
  await deps.tabs.clearState(9);
  expect(fake.session.data.has(tabStateKey(9))).toBe(false);
  expect(await deps.tabs.url(9), 'a tab the browser no longer has').toBeUndefined();
});

test('a bundled dataset the package cannot serve is an error that names the HTTP status', async () => {
  const { deps } = await start(async () => new Response('', { status: 404 }));
  await expect(deps.dataset.ensure()).rejects.toThrow('bundled dataset unreadable: HTTP 404');
});

/** PSF Lens's package, except for its language catalogs, which cannot be read. */
const withoutCatalogs: StartOptions['fetch'] = async (url, packaged) =>
  url.includes('/_locales/') ? new Response('', { status: 404 }) : packaged(url);

test('a notice whose language’s catalog cannot be read is shown all the same, in the browser’s language', async () => {
  const { deps, fake, called } = await start(withoutCatalogs);
  await codexReassessedFor(deps, fake, 'fr');
  expect(called('notifications.create')).toEqual([
    [
      'psf-lens:openai-codex:2026.12.01',
      expect.objectContaining({
        title: 'PSF ratings changed: OpenAI Codex',
        message: 'D4 Observability: Gap → Partial',
      }),
    ],
  ]);
});

test('a tab the browser has answers with its address', async () => {
  const { deps } = await startBrowserDeps({
    overrides: { 'tabs.get': async (tabId: number) => ({ id: tabId, url: `https://openai.com/codex/?tab=${tabId}` }) },
  });
  expect(await deps.tabs.url(6)).toBe('https://openai.com/codex/?tab=6');
});

test('a toolbar for a tab that closed meanwhile is dropped without an error', async () => {
  const closed = async () => Promise.reject(new Error('No tab with id: 4'));
  const { deps } = await startBrowserDeps({ overrides: { 'action.setBadgeText': closed } });
  await expect(deps.toolbar(4, { kind: 'none' })).resolves.toBeUndefined();
});

test('the details open in the popup where the browser can open it, else in a tab of their own', async () => {
  const opened = await startBrowserDeps();
  await opened.deps.openDetails(3);
  expect(opened.called('action.openPopup')).toEqual([[]]);
  expect(opened.called('tabs.create')).toEqual([]);
  stopBrowserDeps();
  const noGesture = async () => Promise.reject(new Error('openPopup requires a user gesture'));
  const refused = await startBrowserDeps({ overrides: { 'action.openPopup': noGesture } });
  await refused.deps.openDetails(3);
  expect(refused.called('tabs.create')).toEqual([[{ url: `${ORIGIN}src/popup/index.html?tabId=3` }]]);
});

test('the first start of a version loads its dataset, notes the version and the records it checked', async () => {
  const { deps, fake } = await start();
  await deps.resume();
  const meta = await readMeta(await deps.db());
  expect(meta?.source).toBe('bundled');
  expect(fake.local.data.get(BUNDLE_SYNCED_KEY)).toBe('1.2.3');
  expect(fake.local.data.get(RULES_VERSION_KEY)).toBe(meta?.version);
  expect(fake.local.data.get(RULES_CHECKED_KEY)).toBe(meta?.version);
  expect(fake.local.data.get(BADGE_TEXT_KEY)).toMatchObject({ locale: 'en', version: '1.2.3' });
});

test('an update whose dataset cannot be stored: the one before stays, it is recorded, the next start tries again', async () => {
  const manifest = { ...MANIFEST };
  let text = JSON.stringify(bundled());
  const { deps, fake } = await startBrowserDeps({
    manifest,
    fetch: async (url, packaged) => (url.endsWith('data/psf-dataset.json') ? new Response(text) : packaged(url)),
  });
  await deps.resume();
  const before = bundled().version;
  // PSF Lens updated, with a newer dataset than the browser has room for.
  manifest.version = '1.2.4';
  text = JSON.stringify({ ...bundled(), version: '2099.01.01' });
  const full = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  const put = vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(() => {
    throw full;
  });
  await expect(deps.resume()).rejects.toBe(full);
  put.mockRestore();
  expect((await readMeta(await deps.db()))?.version).toBe(before);
  expect(fake.local.data.get(BUNDLE_SYNCED_KEY), 'not marked as loaded: the next start tries again').toBe('1.2.3');
  expect(fake.local.data.get(BUNDLE_PROBLEM_KEY)).toEqual({
    version: '2099.01.01',
    kept: before,
    problem: { code: 'storage-full' },
  });
  expect(await deps.dataset.bundleProblem()).toEqual(fake.local.data.get(BUNDLE_PROBLEM_KEY));

  await deps.resume();
  expect((await readMeta(await deps.db()))?.version).toBe('2099.01.01');
  expect(fake.local.data.get(BUNDLE_SYNCED_KEY)).toBe('1.2.4');
  expect(fake.local.data.has(BUNDLE_PROBLEM_KEY), 'stored: nothing left to say').toBe(false);
});

test.each([
  ['a note of another shape', { version: '2099.01.01', kept: 7, problem: { code: 'storage-full' } }],
  ['an unknown problem', { version: '2099.01.01', kept: '2026.11.01', problem: { code: 'gone' } }],
  ['not a note', 'full'],
])('%s stored under the bundle’s note reads as none', async (_, stored) => {
  const { deps, fake } = await start();
  await fake.local.set({ [BUNDLE_PROBLEM_KEY]: stored });
  expect(await deps.dataset.bundleProblem()).toBeUndefined();
});

test('a start after records half-published publishes the stored dataset’s again', async () => {
  const { deps, fake } = await start();
  await deps.resume();
  const version = fake.local.data.get(RULES_VERSION_KEY);
  fake.local.data.set(RULES_VERSION_KEY, '1999.01.01');
  await deps.resume();
  expect(fake.local.data.get(RULES_VERSION_KEY)).toBe(version);
  expect(fake.local.data.get(RULES_CHECKED_KEY)).toBe(version);
});

test('a start that finds the records and their note gone publishes the stored dataset’s again', async () => {
  const { deps, fake } = await start();
  await deps.resume();
  const version = fake.local.data.get(RULES_VERSION_KEY);
  const published = [...fake.local.data.keys()].filter((k) => k.startsWith(RULES_PREFIX));
  for (const key of [...published, RULES_VERSION_KEY, RULES_CHECKED_KEY]) fake.local.data.delete(key);
  await deps.resume();
  expect(fake.local.data.get(RULES_VERSION_KEY)).toBe(version);
  expect(Object.keys((await deps.records.read('https://openai.com/codex/'))?.products ?? {})).toEqual(['openai-codex']);
});

test('badge words that cannot be published are reported; the dataset loads all the same', async () => {
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  const { deps, fake } = await start(withoutCatalogs);
  await fake.local.set({ [SETTINGS_KEY]: { version: 1, language: 'de' } });
  await deps.resume();
  expect(errors).toHaveBeenCalledWith('PSF Lens could not publish the badge words:', expect.any(Error));
  expect(fake.local.data.has(BADGE_TEXT_KEY)).toBe(false);
  expect(fake.local.data.get(RULES_CHECKED_KEY)).toBe((await readMeta(await deps.db()))?.version);
  errors.mockRestore();
});

test('the toolbar and an in-place navigation read the records published for a page', async () => {
  const { deps } = await start();
  await deps.resume();
  for (const read of [deps.records.read, deps.spaEntry.record]) {
    expect(Object.keys((await read('https://openai.com/codex/'))?.products ?? {})).toEqual(['openai-codex']);
    expect(await read('https://example.org/')).toBeUndefined();
  }
});
