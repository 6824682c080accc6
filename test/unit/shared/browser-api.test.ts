/**
 * The pages' side of the message protocol, over the browser's own API (`browser` where there is one, else
 * `chrome`), and the page's language read from the settings before anything renders.
 */
import { afterEach, expect, test, vi } from 'vitest';
import { localeCatalog } from '../helpers/setup.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

/** The modules loaded afresh over a stand-in browser API named `name`. */
async function over(name: 'browser' | 'chrome', api: Record<string, unknown>) {
  vi.resetModules();
  vi.stubGlobal(name, api);
  return {
    ...(await import('../../../src/shared/send.ts')),
    ...(await import('../../../src/shared/page-language.ts')),
    ...(await import('../../../src/shared/i18n.ts')),
  };
}

test('send: the request with its type, and the reply’s value', async () => {
  const sendMessage = vi.fn(async () => ({ ok: true, value: { kind: 'ok' } }));
  const { send } = await over('chrome', { runtime: { sendMessage } });
  await expect(send('set-site-hidden', { site: 'openai.com', hidden: true })).resolves.toEqual({ kind: 'ok' });
  expect(sendMessage).toHaveBeenCalledWith({ site: 'openai.com', hidden: true, type: 'set-site-hidden' });
});

test('send: an error the background sends back is thrown here, in its words', async () => {
  const { send } = await over('chrome', {
    runtime: { sendMessage: async () => ({ ok: false, error: 'psf-lens-error {"code":"assessment-gone"}' }) },
  });
  await expect(send('library', {})).rejects.toThrow('psf-lens-error {"code":"assessment-gone"}');
});

test('send: no answer at all (no listener yet) is an error naming the message', async () => {
  const { send } = await over('chrome', { runtime: { sendMessage: async () => undefined } });
  await expect(send('library', {})).rejects.toThrow('no answer to library');
});

test('Firefox’s `browser` is used where both exist', async () => {
  const fromBrowser = vi.fn(async () => ({ ok: true, value: 'browser' }));
  const fromChrome = vi.fn(async () => ({ ok: true, value: 'chrome' }));
  vi.stubGlobal('chrome', { runtime: { sendMessage: fromChrome } });
  const { send } = await over('browser', { runtime: { sendMessage: fromBrowser } });
  await expect(send('library', {})).resolves.toBe('browser');
  expect(fromChrome).not.toHaveBeenCalled();
});

/** A browser in `uiLanguage` whose storage holds `stored` as the settings (or fails to be read). */
function browserWith(uiLanguage: string, stored: Promise<Record<string, unknown>>) {
  const english = localeCatalog('en');
  return {
    storage: { local: { get: vi.fn(() => stored) } },
    i18n: { getUILanguage: () => uiLanguage, getMessage: (key: string) => english[key]?.message ?? '' },
    runtime: { getURL: (path: string) => `chrome-extension://psf-lens/${path}` },
  };
}

test('pageLanguage: the language the settings chose, read from its catalog', async () => {
  const api = browserWith('en-US', Promise.resolve({ settings: { version: 1, language: 'de' } }));
  const fetch = vi.fn(async (url: string) => {
    const locale = /_locales\/(\w+)\//.exec(url)?.[1] ?? '';
    return new Response(JSON.stringify(localeCatalog(locale)));
  });
  vi.stubGlobal('fetch', fetch);
  const { pageLanguage, t } = await over('chrome', api);
  const words = await pageLanguage();
  expect(words.locale).toBe('de');
  expect(t('data_none')).toBe(localeCatalog('de').data_none?.message);
  expect(api.storage.local.get).toHaveBeenCalledWith('settings');
  expect(fetch.mock.calls.map(([url]) => url).sort()).toEqual([
    'chrome-extension://psf-lens/_locales/de/messages.json',
    'chrome-extension://psf-lens/_locales/en/messages.json',
  ]);
});

test('pageLanguage: settings that cannot be read leave the browser’s language, nothing fetched', async () => {
  const fetch = vi.fn();
  vi.stubGlobal('fetch', fetch);
  const { pageLanguage } = await over('chrome', browserWith('en-GB', Promise.reject(new Error('storage gone'))));
  expect((await pageLanguage()).locale).toBe('en');
  expect(fetch).not.toHaveBeenCalled();
});

test('pageLanguage: no catalog can be read, the browser’s language from its messages, never the keys', async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
  );
  const { pageLanguage, t } = await over(
    'chrome',
    browserWith('en-GB', Promise.resolve({ settings: { version: 1, language: 'de' } })),
  );
  expect((await pageLanguage()).locale).toBe('en');
  expect(t('data_none')).toBe(localeCatalog('en').data_none?.message);
});
