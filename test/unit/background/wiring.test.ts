// The background's index.ts against an in-memory browser: every listener is registered once, in the first
// synchronous run (a stopped service worker is woken only by those), and firing events adds none.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { PublishedText } from '../../../src/shared/badge-text.ts';
import {
  BADGE_TEXT_KEY,
  BUNDLE_SYNCED_KEY,
  RULES_CHECKED_KEY,
  RULES_VERSION_KEY,
  SETTINGS_KEY,
} from '../../../src/shared/storage-keys.ts';
import { EXTENSION_ID, fakeBrowser, ORIGIN } from '../helpers/fake-browser.ts';

let fake: ReturnType<typeof fakeBrowser>;

/** Starts the background as the browser does: imports index.ts once, with the fake as webextension-polyfill. */
async function start() {
  fake = fakeBrowser();
  vi.resetModules();
  vi.doMock('webextension-polyfill', () => ({ default: fake.browser }));
  vi.stubGlobal('fetch', fake.fetch);
  await import('../../../src/background/index.ts');
  // Let start-up's own work (loading the dataset, arming the feed) finish.
  await new Promise((done) => setTimeout(done, 50));
}

/** The content script's report from OpenAI Codex's page in tab 5, and its sender. */
const CODEX_PAGE = 'https://openai.com/codex/';
const CODEX_REPORT = {
  type: 'page-product',
  url: CODEX_PAGE,
  productIds: ['openai-codex'],
  detection: { confidence: 'high', via: 'url' },
};
const CODEX_TAB = { id: EXTENSION_ID, url: CODEX_PAGE, tab: { id: 5 }, frameId: 0 };

/**
 * Mocks the background module at `path` (relative to src/background) so that each call of its `name` is heard by
 * `heard`, then runs the real one.
 */
function hearCalls(path: string, name: string, heard: (name: string) => void): void {
  vi.doMock(`../../../src/background/${path}`, async (original) => {
    const real = await original<Record<string, unknown>>();
    const make = real[name] as (...args: unknown[]) => unknown;
    return { ...real, [name]: (...args: unknown[]) => (heard(name), make(...args)) };
  });
}

const counts = () => Object.fromEntries([...fake.events].map(([name, e]) => [name, e.listeners.length]));

beforeEach(start);
afterEach(() => {
  vi.doUnmock('webextension-polyfill');
  vi.unstubAllGlobals();
});

describe('the background at start', () => {
  test('registers the listeners PSF Lens needs, each once', () => {
    const names = [...fake.events.keys()];
    for (const needed of [
      'runtime.onMessage',
      'alarms.onAlarm',
      'storage.onChanged',
      'notifications.onClicked',
      'tabs.onRemoved',
      'runtime.onInstalled',
      'runtime.onStartup',
      'permissions.onAdded',
      'permissions.onRemoved',
    ])
      expect(names, `${needed} must be listened to from the start`).toContain(needed);
    for (const [name, count] of Object.entries(counts())) expect(count, `${name}: one listener`).toBe(1);
  });

  test('registers every listener in its first synchronous run, none after an await', () => {
    for (const [name, event] of fake.events) expect(event.late, `${name} was registered late`).toBe(0);
  });

  test('events add no listeners: policy changes, alarms, clicks and tab events leave the count as it was', async () => {
    const before = counts();
    const fire = (name: string, ...args: unknown[]) => fake.events.get(name)?.fire(...args);
    for (let i = 0; i < 3; i++) {
      await fire('storage.onChanged', { feedUrl: { newValue: 'x' } }, 'managed');
      await fire('storage.onChanged', { settings: { newValue: {} } }, 'local');
      await fire('alarms.onAlarm', { name: 'psf-lens-feed' });
      await fire('notifications.onClicked', 'psf-lens:openai-codex:2026.12.01');
      await fire('tabs.onUpdated', 3, { status: 'complete' }, { id: 3 });
      await fire('tabs.onRemoved', 3, { windowId: 1, isWindowClosing: false });
      await fire('runtime.onInstalled', { reason: 'update' });
      await fire('permissions.onAdded', { origins: ['https://acme.example/*'] });
      await fire('permissions.onRemoved', { origins: ['https://acme.example/*'] });
    }
    expect(counts()).toEqual(before);
  });
});

describe('what the listeners do', () => {
  test('a rating-change notification opens its product’s page in the workspace; another one opens nothing', async () => {
    const clicked = fake.events.get('notifications.onClicked');
    await clicked?.fire('psf-lens:openai-codex:2026.12.01');
    await clicked?.fire('another-extension:thing');
    const opened = fake.calls.filter((c) => c.path === 'tabs.create').map((c) => c.args[0]);
    expect(opened).toEqual([{ url: `${ORIGIN}src/options/index.html#/product/openai-codex` }]);
  });

  test('in a service worker a notification’s click is the worker’s event: it closes the notice and opens the product', async () => {
    fake = fakeBrowser();
    vi.resetModules();
    vi.doMock('webextension-polyfill', () => ({ default: fake.browser }));
    vi.stubGlobal('fetch', fake.fetch);
    vi.stubGlobal('registration', { showNotification: vi.fn() });
    const listeners = new Map<string, (event: unknown) => void>();
    vi.stubGlobal('addEventListener', (type: string, listener: (event: unknown) => void) =>
      listeners.set(type, listener),
    );
    await import('../../../src/background/index.ts');
    expect(fake.events.has('notifications.onClicked'), 'the extension API is not touched').toBe(false);
    const click = (tag: string) => {
      const event = { notification: { tag, close: vi.fn() }, waitUntil: vi.fn() };
      listeners.get('notificationclick')?.(event);
      return event;
    };
    const codex = click('psf-lens:openai-codex:2026.12.01');
    const other = click('another-extension:thing');
    expect(codex.notification.close).toHaveBeenCalledOnce();
    expect(other.notification.close).toHaveBeenCalledOnce();
    await Promise.all([...codex.waitUntil.mock.calls, ...other.waitUntil.mock.calls].map(([work]) => work));
    const opened = fake.calls.filter((c) => c.path === 'tabs.create').map((c) => c.args[0]);
    expect(opened).toEqual([{ url: `${ORIGIN}src/options/index.html#/product/openai-codex` }]);
  });

  test('installing opens the welcome page once; an update or a browser update opens nothing', async () => {
    const installed = fake.events.get('runtime.onInstalled');
    await installed?.fire({ reason: 'update', previousVersion: '0.1.0' });
    await installed?.fire({ reason: 'chrome_update' });
    await installed?.fire({ reason: 'install' });
    const opened = () => fake.calls.filter((c) => c.path === 'tabs.create').map((c) => c.args[0]);
    // It waits for start-up's work, which a busy machine may not have finished.
    await vi.waitFor(() => expect(opened()).toEqual([{ url: `${ORIGIN}src/options/index.html#/welcome` }]));
  });

  test('the welcome page opens once the install’s dataset is in, not while its records are being published', async () => {
    fake = fakeBrowser();
    vi.resetModules();
    vi.doMock('webextension-polyfill', () => ({ default: fake.browser }));
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const read = fake.fetch;
    vi.stubGlobal('fetch', async (...args: Parameters<typeof read>) => (await held, read(...args)));
    await import('../../../src/background/index.ts');
    await fake.events.get('runtime.onInstalled')?.fire({ reason: 'install' });
    await new Promise((done) => setTimeout(done, 50));
    const welcome = () => fake.calls.filter((c) => c.path === 'tabs.create');
    expect(welcome(), 'nothing opens while the bundled dataset is being read').toEqual([]);
    release();
    await vi.waitFor(() => expect(welcome()).toHaveLength(1));
    expect(fake.local.data.get(RULES_VERSION_KEY), 'the records were published first').toBeDefined();
  });

  test('a content script’s report is answered while the install still stores the dataset; a page of PSF Lens waits', async () => {
    fake = fakeBrowser();
    vi.resetModules();
    vi.doMock('webextension-polyfill', () => ({ default: fake.browser }));
    vi.stubGlobal('fetch', fake.fetch);
    // The install held after its records are out and its dataset stored: at the note that the bundle is in.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const set = fake.local.set.bind(fake.local);
    fake.local.set = async (items) => {
      if (BUNDLE_SYNCED_KEY in items) await held;
      return set(items);
    };
    await import('../../../src/background/index.ts');
    await vi.waitFor(() => expect(fake.local.data.get(RULES_VERSION_KEY)).toBeDefined());
    const onMessage = fake.events.get('runtime.onMessage')!;
    const [reply] = await onMessage.fire(CODEX_REPORT, CODEX_TAB);
    expect(reply).toEqual({ ok: true, value: { kind: 'recorded' } });
    const toolbar = fake.calls.filter((c) => c.path === 'action.setBadgeText').map((c) => c.args[0]);
    expect(toolbar).toEqual([{ tabId: 5, text: 'PSF' }]);
    let answered = false;
    const library = onMessage
      .fire({ type: 'library' }, { id: EXTENSION_ID, url: `${ORIGIN}src/options/index.html` })
      .then(([value]) => ((answered = true), value));
    await new Promise((done) => setTimeout(done, 50));
    expect(answered, 'the workspace waits for the install').toBe(false);
    release();
    expect(await library).toMatchObject({ ok: true, value: { kind: 'library' } });
  });

  test('the handlers of PSF Lens’s pages are made at a page’s first message, not at start nor for a content script', async () => {
    fake = fakeBrowser();
    vi.resetModules();
    vi.doMock('webextension-polyfill', () => ({ default: fake.browser }));
    const made = vi.fn();
    hearCalls('handlers/index.ts', 'createHandlers', made);
    vi.stubGlobal('fetch', fake.fetch);
    await import('../../../src/background/index.ts');
    await vi.waitFor(() => expect(fake.local.data.get(RULES_VERSION_KEY)).toBeDefined());
    const onMessage = fake.events.get('runtime.onMessage')!;
    expect(await onMessage.fire(CODEX_REPORT, CODEX_TAB)).toEqual([{ ok: true, value: { kind: 'recorded' } }]);
    expect(made).not.toHaveBeenCalled();
    const workspace = { id: EXTENSION_ID, url: `${ORIGIN}src/options/index.html` };
    expect(await onMessage.fire({ type: 'library' }, workspace)).toMatchObject([{ ok: true }]);
    expect(await onMessage.fire({ type: 'settings' }, workspace)).toMatchObject([{ ok: true }]);
    expect(made).toHaveBeenCalledOnce();
    vi.doUnmock('../../../src/background/handlers/index.ts');
  });

  test('a message from one of PSF Lens’s pages is answered from the dataset loaded at start', async () => {
    const [reply] = (await fake.events
      .get('runtime.onMessage')
      ?.fire({ type: 'library' }, { id: EXTENSION_ID, url: `${ORIGIN}src/options/index.html` })) ?? [undefined];
    expect(reply).toMatchObject({ ok: true, value: { kind: 'library' } });
  });

  test('the badge’s words at start in the browser’s language, and again when the settings choose another', async () => {
    const words = () => fake.local.data.get(BADGE_TEXT_KEY) as PublishedText | undefined;
    await vi.waitFor(() => expect(words()?.locale).toBe('en'));
    expect(words()?.hint).toBe('Details: click, or the PSF Lens icon in the toolbar');
    fake.local.data.set(SETTINGS_KEY, { version: 1, language: 'de' });
    await fake.events.get('storage.onChanged')?.fire({ [SETTINGS_KEY]: { newValue: {} } }, 'local');
    await vi.waitFor(() => expect(words()?.locale).toBe('de'));
    expect(words()?.rated4).toBe('4 von 8 Domänen eingestuft: {line}');
  });

  test('a message that is not an object is refused with the reason, from a page or a tab', async () => {
    const onMessage = fake.events.get('runtime.onMessage')!;
    for (const sender of [
      { id: EXTENSION_ID, url: `${ORIGIN}src/options/index.html` },
      { id: EXTENSION_ID, url: 'https://openai.com/codex/', tab: { id: 5 }, frameId: 0 },
    ])
      for (const message of [null, undefined, 'page-product'])
        expect(await onMessage.fire(message, sender)).toEqual([
          { ok: false, error: 'malformed message: not an object' },
        ]);
  });

  test('a message from another extension is refused', async () => {
    const [reply] = (await fake.events
      .get('runtime.onMessage')
      ?.fire({ type: 'library' }, { id: 'someone-else', url: 'chrome-extension://someone-else/' })) ?? [undefined];
    expect(reply).toEqual({ ok: false, error: 'sender refused' });
  });
});

describe('a worker that starts again (stopped while idle, woken by a page)', () => {
  /** The background started again in the same browser: its storage and its database are kept. */
  async function restart() {
    vi.resetModules();
    await import('../../../src/background/index.ts');
    await new Promise((done) => setTimeout(done, 50));
  }
  const alarmCalls = (since: number) => fake.calls.slice(since).filter((c) => c.path.startsWith('alarms.')).length;
  // The first start is an install: it publishes the records, stores the dataset and, last, notes the records it
  // checked. Waiting for that last step (not for the records alone) keeps the install's own database work, which
  // a busy machine may delay, out of what the restart is measured on.
  beforeEach(() =>
    vi.waitFor(
      () => {
        expect(fake.local.data.get(RULES_CHECKED_KEY)).toBeDefined();
        expect(fake.local.data.get(RULES_CHECKED_KEY)).toBe(fake.local.data.get(RULES_VERSION_KEY));
      },
      { timeout: 5000 },
    ),
  );

  test('with nothing half-done, it neither opens the database nor arms the alarms again', async () => {
    const open = vi.spyOn(indexedDB, 'open');
    const before = fake.calls.length;
    await restart();
    expect(open).not.toHaveBeenCalled();
    expect(alarmCalls(before)).toBe(0);
    open.mockRestore();
  });

  test('answering a page’s report, it makes neither the dataset’s keeper, nor the settings, nor the search marks', async () => {
    const made: string[] = [];
    const heard = (name: string) => void made.push(name);
    hearCalls('dataset.ts', 'createDatasetKeeper', heard);
    hearCalls('browser-settings.ts', 'browserSettings', heard);
    hearCalls('browser-search-marks.ts', 'browserSearchMarks', heard);
    try {
      await restart();
      const onMessage = fake.events.get('runtime.onMessage')!;
      // The restarted worker's listener is the last one the in-memory browser holds.
      expect((await onMessage.fire(CODEX_REPORT, CODEX_TAB)).at(-1)).toEqual({ ok: true, value: { kind: 'recorded' } });
      expect(made).toEqual([]);
      // A page of PSF Lens, the settings changing: each is made then, once.
      await onMessage.fire({ type: 'settings' }, { id: EXTENSION_ID, url: `${ORIGIN}src/options/index.html` });
      await fake.events.get('storage.onChanged')?.fire({ [SETTINGS_KEY]: { newValue: {} } }, 'local');
      await fake.events.get('storage.onChanged')?.fire({ [SETTINGS_KEY]: { newValue: {} } }, 'local');
      expect(made.sort()).toEqual(['browserSearchMarks', 'browserSettings', 'createDatasetKeeper']);
    } finally {
      for (const path of ['dataset', 'browser-settings', 'browser-search-marks'])
        vi.doUnmock(`../../../src/background/${path}.ts`);
    }
  });

  test('stopped between publishing the records and storing their dataset, it publishes the stored one again', async () => {
    const stored = fake.local.data.get(RULES_VERSION_KEY);
    fake.local.data.set(RULES_VERSION_KEY, '1999.01.01');
    await restart();
    await vi.waitFor(() => expect(fake.local.data.get(RULES_VERSION_KEY)).toBe(stored), { timeout: 5000 });
  });

  test('the browser starting, and an install or update, arm the feeds’ alarms again', async () => {
    const before = fake.calls.length;
    await fake.events.get('runtime.onStartup')?.fire();
    await vi.waitFor(() => expect(alarmCalls(before)).toBeGreaterThan(0));
    const started = alarmCalls(before);
    await fake.events.get('runtime.onInstalled')?.fire({ reason: 'update', previousVersion: '0.1.0' });
    await vi.waitFor(() => expect(alarmCalls(before)).toBeGreaterThan(started));
  });
});
