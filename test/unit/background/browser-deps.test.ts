// The handlers' dependencies over the browser's own APIs (an in-memory browser here): the toolbar's badge, the
// stored lists and tab states, the bundled dataset's fetch, and the organisation's changes reaching the pages'
// records and the registered content script.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, expect, test, vi } from 'vitest';
import type { BrowserDeps } from '../../../src/background/browser-deps.ts';
import { setWatched, writeOrgDataset } from '../../../src/background/db.ts';
import { ORG_SCRIPT_ID } from '../../../src/background/org-sites.ts';
import { readRecord } from '../../../src/background/publish.ts';
import { toolbarTranslator } from '../../../src/background/badge-text.ts';
import { toolbarLook } from '../../../src/background/toolbar.ts';
import { matchPatterns } from '../../../src/core/match-patterns.ts';
import { draftsDataset } from '../../../src/core/org-draft.ts';
import { compileIndex } from '../../../src/core/detect.ts';
import { latestByProduct } from '../../../src/core/latest.ts';
import { hostRecords } from '../../../src/shared/rule-store.ts';
import {
  BADGE_TEXT_KEY,
  HIDDEN_SITES_KEY,
  RECENT_PRODUCTS_KEY,
  SETTINGS_KEY,
  tabStateKey,
} from '../../../src/shared/storage-keys.ts';
import { publishedText } from '../helpers/badge-text.ts';
import { bundled } from '../helpers/dataset.ts';
import { fakeBrowser } from '../helpers/fake-browser.ts';
import { acmeDraft } from '../helpers/org.ts';

const MANIFEST = {
  version: '1.2.3',
  content_scripts: [{ js: ['assets/content.js'], run_at: 'document_idle', matches: ['https://openai.com/*'] }],
};

async function start(fetch?: (url: string) => Promise<Response>) {
  const fake = fakeBrowser(MANIFEST);
  vi.stubGlobal('indexedDB', new IDBFactory());
  vi.resetModules();
  vi.doMock('webextension-polyfill', () => ({ default: fake.browser }));
  vi.stubGlobal('fetch', fetch ?? fake.fetch);
  const { browserDeps } = await import('../../../src/background/browser-deps.ts');
  const deps: BrowserDeps = browserDeps();
  return { fake, deps, called: (path: string) => fake.calls.filter((c) => c.path === path).map((c) => c.args) };
}

afterEach(() => {
  vi.doUnmock('webextension-polyfill');
  vi.unstubAllGlobals();
});

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
  const detection = { confidence: 'high', via: 'url', reason: 'matched /index/gpt-4-1 on openai.com' } as const;
  await fake.session.set({
    [tabStateKey(7)]: { url: 'https://openai.com/index/gpt-4-1/', productIds: ['gpt-4-1'], detection },
    [tabStateKey(8)]: { url: 'https://openai.com/index/gpt-4-1/', productIds: ['gone'], detection },
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

test('a rating-change notification in the settings’ language, read from its catalog', async () => {
  const { deps, fake, called } = await start();
  await fake.local.set({ [SETTINGS_KEY]: { version: 1, language: 'fr' } });
  await deps.dataset.ensure();
  await setWatched(await deps.db(), 'openai-codex', true);
  const next = bundled();
  next.version = '2026.12.01';
  next.assessments.find((a) => a.productId === 'openai-codex')!.ratings.D4 = 'Partial';
  await deps.dataset.installFeed(next, 'https://feed.example/d.json');
  expect(called('notifications.create')).toEqual([
    [
      'psf-lens:openai-codex:2026.12.01',
      expect.objectContaining({
        title: 'Notes PSF modifiées : OpenAI Codex',
        message: 'D4 Observability : Gap → Partial',
      }),
    ],
  ]);
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

test('an organisation’s change republishes the pages’ records with its products and registers its granted sites', async () => {
  const { deps, fake } = await start();
  await deps.dataset.ensure();
  const own = draftsDataset([acmeDraft({ D3: 'Gap' })], bundled().domains, {
    version: '2026.11.20.1',
    published: '2026-11-20',
    publisher: 'Acme',
  });
  await writeOrgDataset(await deps.db(), { id: 'acme', name: 'Acme', importedAt: 1, dataset: own });
  const patterns = matchPatterns(own.products);
  for (const p of patterns) fake.granted.add(p);
  await deps.org?.changed();
  expect(await readRecord(fake.local, 'https://acme.example/')).toMatchObject({ products: { 'acme-agent': {} } });
  expect(fake.scripting.registered.get(ORG_SCRIPT_ID)).toMatchObject({
    matches: patterns,
    js: ['assets/content.js'],
    runAt: 'document_idle',
  });
});
