// What the background does when its own start-up work fails (index.ts on an in-memory browser): each failure is
// reported in the worker's console under its own words, and the extension goes on answering.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { BUNDLE_SYNCED_KEY, SETTINGS_KEY } from '../../../src/shared/storage-keys.ts';
import { EXTENSION_ID, fakeBrowser, ORIGIN } from '../helpers/fake-browser.ts';

let errors: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  errors = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  errors.mockRestore();
  vi.doUnmock('webextension-polyfill');
  vi.unstubAllGlobals();
});

/** Starts index.ts on a fresh browser whose package answers 404 for the paths `missing` picks. */
async function start(missing: (path: string) => boolean, overrides: Record<string, unknown> = {}) {
  const fake = fakeBrowser(undefined, overrides);
  vi.stubGlobal('indexedDB', new IDBFactory());
  vi.resetModules();
  vi.doMock('webextension-polyfill', () => ({ default: fake.browser }));
  vi.stubGlobal('fetch', async (url: string) =>
    missing(url.slice(ORIGIN.length)) ? new Response('', { status: 404 }) : fake.fetch(url),
  );
  await import('../../../src/background/index.ts');
  return fake;
}

const logged = (words: string) => vi.waitFor(() => expect(errors).toHaveBeenCalledWith(words, expect.any(Error)));

test('a dataset that cannot be loaded is reported; pages are still answered, with the reason', async () => {
  const fake = await start((path) => path === 'data/psf-dataset.json');
  await logged('PSF Lens could not load its dataset:');
  const [reply] = (await fake.events
    .get('runtime.onMessage')
    ?.fire({ type: 'tab-view', tabId: 3 }, { id: EXTENSION_ID, url: `${ORIGIN}src/popup/index.html` })) ?? [undefined];
  expect(reply).toMatchObject({ ok: true, value: { kind: 'no-dataset' } });
});

test('search marks that cannot be brought in line are reported', async () => {
  const refused = async () => Promise.reject(new Error('scripting unavailable'));
  const fake = await start(() => false, { 'scripting.getRegisteredContentScripts': refused });
  await fake.events.get('runtime.onStartup')?.fire();
  await logged('PSF Lens search marks:');
});

test('badge words that cannot be published after a change of language are reported', async () => {
  const fake = await start((path) => path.startsWith('_locales/'));
  await vi.waitFor(() => expect(fake.local.data.get(BUNDLE_SYNCED_KEY)).toBeDefined());
  expect(errors).not.toHaveBeenCalled();
  await fake.local.set({ [SETTINGS_KEY]: { version: 1, language: 'de' } });
  await fake.events.get('storage.onChanged')?.fire({ [SETTINGS_KEY]: {} }, 'local');
  await logged('PSF Lens could not publish the badge words:');
});

/** Waits `ms` of the real clock while setTimeout is faked (setImmediate is not). */
const realPause = (ms: number) =>
  new Promise<void>((resolve) => {
    const end = Date.now() + ms;
    const tick = () => (Date.now() >= end ? resolve() : setImmediate(tick));
    tick();
  });

test('a start that never settles holds PSF Lens’s pages 5 s at most, then they are answered', async () => {
  // The bundled dataset's read never ends: the start waits on it for ever.
  vi.useFakeTimers({ toFake: ['setTimeout'] });
  try {
    const fake = fakeBrowser();
    vi.stubGlobal('indexedDB', new IDBFactory());
    vi.resetModules();
    vi.doMock('webextension-polyfill', () => ({ default: fake.browser }));
    vi.stubGlobal('fetch', (url: string) =>
      url.endsWith('data/psf-dataset.json') ? new Promise<Response>(() => {}) : fake.fetch(url),
    );
    await import('../../../src/background/index.ts');
    let reply: unknown;
    void fake.events
      .get('runtime.onMessage')
      ?.fire({ type: 'settings' }, { id: EXTENSION_ID, url: `${ORIGIN}src/options/index.html` })
      .then(([first]) => (reply = first));
    await vi.advanceTimersByTimeAsync(4900);
    // Time enough for the answer's own reads, had it not been held.
    await realPause(300);
    expect(reply).toBeUndefined();
    await vi.advanceTimersByTimeAsync(100);
    await vi.waitFor(() => expect(reply).toMatchObject({ ok: true }));
  } finally {
    vi.useRealTimers();
  }
});
