// What the background's listeners do with each event (index.ts on an in-memory browser): each feed runs on its
// own alarm only; a policy change re-arms the alarms; a change of the user's settings reconciles the search
// marks; a tab's new address of a rated page gets the content script; a run's first start in Firefox renews the
// open tabs' badges; a closed tab's state is dropped.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { removeBadges } from '../../../src/background/cut-off-badges.ts';
import { SEARCH_MARKS_ID } from '../../../src/background/search-marks.ts';
import { searchOrigins } from '../../../src/core/search-links.ts';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../../src/shared/settings.ts';
import {
  FEED_STATUS_KEY,
  ORG_FEED_STATUS_KEY,
  RULES_CHECKED_KEY,
  SETTINGS_KEY,
  tabStateKey,
} from '../../../src/shared/storage-keys.ts';
import { fakeBrowser } from '../helpers/fake-browser.ts';

const MANIFEST = {
  version: '1.2.3',
  content_scripts: [{ js: ['assets/content.js'], run_at: 'document_idle', matches: ['https://openai.com/*'] }],
};

let fake: ReturnType<typeof fakeBrowser>;
const fire = (event: string, ...args: unknown[]) => fake.events.get(event)?.fire(...args);
const settle = () => new Promise((done) => setTimeout(done, 30));
const alarmCalls = () => fake.calls.filter((c) => c.path.startsWith('alarms.')).length;

beforeEach(async () => {
  fake = fakeBrowser(MANIFEST);
  vi.resetModules();
  vi.doMock('webextension-polyfill', () => ({ default: fake.browser }));
  vi.stubGlobal('fetch', fake.fetch);
  await import('../../../src/background/index.ts');
  await vi.waitFor(() => expect(fake.local.data.get(RULES_CHECKED_KEY)).toBeDefined(), { timeout: 5000 });
});
afterEach(() => {
  vi.doUnmock('webextension-polyfill');
  vi.unstubAllGlobals();
});

test('each feed runs on its own alarm, and no other alarm runs either', async () => {
  const { FEED_ALARM, ORG_FEED_ALARM } = await import('../../../src/background/browser-settings.ts');
  await fire('alarms.onAlarm', { name: 'someone-else' });
  await settle();
  expect(fake.local.data.has(FEED_STATUS_KEY) || fake.local.data.has(ORG_FEED_STATUS_KEY)).toBe(false);
  await fire('alarms.onAlarm', { name: FEED_ALARM });
  await vi.waitFor(() => expect(fake.local.data.get(FEED_STATUS_KEY)).toMatchObject({ lastOutcome: { kind: 'off' } }));
  expect(fake.local.data.has(ORG_FEED_STATUS_KEY)).toBe(false);
  await fire('alarms.onAlarm', { name: ORG_FEED_ALARM });
  await vi.waitFor(() =>
    expect(fake.local.data.get(ORG_FEED_STATUS_KEY)).toMatchObject({ lastOutcome: { kind: 'off' } }),
  );
});

test('a policy change re-arms the alarms; a change in another area does not', async () => {
  await settle();
  const before = alarmCalls();
  await fire('storage.onChanged', { [SETTINGS_KEY]: {} }, 'sync');
  await settle();
  expect(alarmCalls()).toBe(before);
  await fire('storage.onChanged', { feedUrl: {} }, 'managed');
  await vi.waitFor(() => expect(alarmCalls()).toBe(before + 2));
});

test('the search marks follow a change of the user’s settings in local storage, and nothing else', async () => {
  for (const origin of searchOrigins()) fake.granted.add(origin);
  await fake.local.set({ [SETTINGS_KEY]: { version: SETTINGS_VERSION, ...DEFAULT_SETTINGS, searchMarks: true } });
  await fire('storage.onChanged', { [SETTINGS_KEY]: {} }, 'sync');
  await fire('storage.onChanged', { other: {} }, 'local');
  await settle();
  expect(fake.scripting.registered.has(SEARCH_MARKS_ID)).toBe(false);
  await fire('storage.onChanged', { [SETTINGS_KEY]: {} }, 'local');
  await vi.waitFor(() => expect(fake.scripting.registered.has(SEARCH_MARKS_ID)).toBe(true));
});

test('a tab’s new address of a rated page gets the content script; an update without an address does nothing', async () => {
  const injected = () => fake.calls.filter((c) => c.path === 'scripting.executeScript').map((c) => c.args[0]);
  await fire('tabs.onUpdated', 6, { status: 'complete' });
  await fire('tabs.onUpdated', 7, { url: 'https://openai.com/careers' });
  await settle();
  expect(injected()).toEqual([]);
  await fire('tabs.onUpdated', 5, { url: 'https://openai.com/codex/' });
  await vi.waitFor(() => expect(injected()).toEqual([{ target: { tabId: 5 }, files: ['assets/content.js'] }]));
});

/** index.ts started again on a browser whose open tabs are these; `worker`: as Chromium runs it, in a service worker. */
async function startWithTabs(worker: boolean) {
  fake = fakeBrowser(MANIFEST, {
    'tabs.query': async () => [
      { id: 3, url: 'https://openai.com/codex/' },
      { id: 4, url: 'https://openai.com/careers' },
      { id: 8 },
    ],
  });
  vi.resetModules();
  vi.doMock('webextension-polyfill', () => ({ default: fake.browser }));
  vi.stubGlobal('fetch', fake.fetch);
  if (worker) vi.stubGlobal('ServiceWorkerGlobalScope', class {});
  await import('../../../src/background/index.ts');
  return () =>
    fake.calls.filter((c) => c.path === 'scripting.executeScript' || c.path === 'tabs.create').map((c) => c.args[0]);
}

test('installing shows the badge in the tabs already open on a rated page, then opens the welcome page', async () => {
  const order = await startWithTabs(true);
  await fire('runtime.onInstalled', { reason: 'update' });
  await vi.waitFor(() => expect(fake.local.data.get(RULES_CHECKED_KEY)).toBeDefined(), { timeout: 5000 });
  await settle();
  expect(order(), 'an update in Chromium injects nothing and opens nothing').toEqual([]);
  await fire('runtime.onInstalled', { reason: 'install' });
  await vi.waitFor(() => expect(order()).toHaveLength(2));
  expect(order()).toEqual([
    { target: { tabId: 3 }, files: ['assets/content.js'] },
    { url: 'chrome-extension://psflensid/src/options/index.html#/welcome' },
  ]);
});

test('in Firefox, a run’s first start takes the old badges off every open tab it may see and brings the script to the rated ones; a later wake does not', async () => {
  const order = await startWithTabs(false);
  await vi.waitFor(() => expect(fake.local.data.get(RULES_CHECKED_KEY)).toBeDefined(), { timeout: 5000 });
  await settle();
  /** index.ts started again: a new run (an update, switched on again: storage.session emptied) or a later wake. */
  const restart = async (newRun: boolean) => {
    if (newRun) fake.session.data.clear();
    const before = order().length;
    vi.resetModules();
    await import('../../../src/background/index.ts');
    await settle();
    await vi.waitFor(() => expect(order().length).toBeGreaterThanOrEqual(before + (newRun ? 3 : 0)));
    await settle();
    return order().slice(before);
  };
  // The function by its name: the background's copy of the module is another than this test's.
  const named = (await restart(true)).map((call) => {
    const { func, ...rest } = call as { func?: () => unknown };
    return func ? { ...rest, func: func.name } : rest;
  });
  expect(named).toEqual([
    { target: { tabId: 3 }, func: removeBadges.name },
    { target: { tabId: 4 }, func: removeBadges.name },
    { target: { tabId: 3 }, files: ['assets/content.js'] },
  ]);
  expect(await restart(false), 'a later wake of the same run').toEqual([]);
});

test('the welcome page opens even when the open tabs cannot be listed', async () => {
  fake = fakeBrowser(MANIFEST, {
    'tabs.query': async () => Promise.reject(new Error('tabs unavailable')),
  });
  vi.resetModules();
  vi.doMock('webextension-polyfill', () => ({ default: fake.browser }));
  vi.stubGlobal('fetch', fake.fetch);
  const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
  await import('../../../src/background/index.ts');
  await fire('runtime.onInstalled', { reason: 'install' });
  const opened = () => fake.calls.filter((c) => c.path === 'tabs.create');
  await vi.waitFor(() => expect(opened()).toHaveLength(1), { timeout: 5000 });
  expect(logged).toHaveBeenCalledWith('PSF Lens could not show its badge in the open tabs:', expect.any(Error));
  logged.mockRestore();
});

test('a closed tab’s state is dropped', async () => {
  await fake.session.set({ [tabStateKey(5)]: { url: 'https://openai.com/codex/' }, [tabStateKey(6)]: {} });
  await fire('tabs.onRemoved', 5);
  await vi.waitFor(() => expect(fake.session.data.has(tabStateKey(5))).toBe(false));
  expect(fake.session.data.has(tabStateKey(6))).toBe(true);
});
