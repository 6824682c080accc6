/**
 * Where a page's and the worker's words come from: in the browser's own language, from the browser's i18n API with
 * no catalog fetched; in another language the settings name, from that language's catalog with English under it.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { catalogReader, languageTranslator, translator, type Messages } from '../../../src/shared/i18n.ts';
import { LOCALES } from '../../../src/shared/locales.ts';
import { fakeBrowserI18n, localeCatalog } from '../helpers/setup.ts';

const read = vi.fn(async (path: string) => localeCatalog(/_locales\/(\w+)\//.exec(path)?.[1] ?? 'en'));

afterEach(() => {
  read.mockClear();
  vi.unstubAllGlobals();
});

describe('in the browser’s language', () => {
  test.each([
    ['auto', 'de-DE', 'de'],
    ['auto', 'fr', 'fr'],
    ['auto', 'ja', 'en'],
    ['de', 'de-AT', 'de'],
    ['en', 'en-GB', 'en'],
  ] as const)('setting %s, browser %s: %s from getMessage, nothing fetched', async (setting, ui, locale) => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const i18n = fakeBrowserI18n(ui);
    const t = await languageTranslator(setting, i18n, read);
    const fromCatalog = translator(locale, localeCatalog(locale), localeCatalog('en'));
    expect(t.locale).toBe(locale);
    expect(t('data_feed', { date: '2026-12-01', ago: '3 h', host: 'feed.example' })).toBe(
      fromCatalog('data_feed', { date: '2026-12-01', ago: '3 h', host: 'feed.example' }),
    );
    for (const n of [1, 2, 1500]) expect(t.plural('first_all', n)).toBe(fromCatalog.plural('first_all', n));
    expect(i18n.asked).toContain('first_all_one');
    expect(read).not.toHaveBeenCalled();
    expect(fetch).not.toHaveBeenCalled();
  });

  test('a key the browser does not know reads as the key, as with a catalog', async () => {
    const t = await languageTranslator('auto', fakeBrowserI18n('de'), read);
    expect(t('no_such_key' as 'data_feed')).toBe('no_such_key');
  });
});

describe('another language the settings name', () => {
  test('its catalog with English under it; the browser’s messages are not asked', async () => {
    const i18n = fakeBrowserI18n('de-DE');
    const t = await languageTranslator('fr', i18n, read);
    expect(t.locale).toBe('fr');
    expect(t.plural('first_all', 2)).toBe(translator('fr', localeCatalog('fr')).plural('first_all', 2));
    expect(read.mock.calls.map(([path]) => path).sort()).toEqual([
      '_locales/en/messages.json',
      '_locales/fr/messages.json',
    ]);
    expect(i18n.asked).toEqual([]);
  });

  test('English under a German browser reads the English catalog only', async () => {
    const t = await languageTranslator('en', fakeBrowserI18n('de'), read);
    expect(t('data_feed', { date: 'd', ago: 'a', host: 'h' })).toBe(
      translator('en', localeCatalog('en'))('data_feed', { date: 'd', ago: 'a', host: 'h' }),
    );
    expect(read).toHaveBeenCalledTimes(1);
  });

  test('a catalog that cannot be read: English rather than nothing', async () => {
    const broken = async (path: string): Promise<Messages> => {
      if (path.includes('/de/')) throw new Error('HTTP 404');
      return localeCatalog('en');
    };
    const t = await languageTranslator('de', fakeBrowserI18n('fr'), broken);
    expect(t.plural('first_all', 12)).toBe('All 12 actions in the checklist');
  });
});

test.each(LOCALES)('%s: no message holds a `$`, which getMessage would read as a placeholder', (locale) => {
  const catalog = localeCatalog(locale);
  for (const [key, entry] of Object.entries(catalog)) expect(entry?.message, key).not.toContain('$');
});

test('catalogReader: a catalog by its extension URL, a failed read named by its path', async () => {
  const fetch = vi.fn(async (url: string) =>
    url.endsWith('/en/messages.json')
      ? new Response(JSON.stringify({ a: { message: 'A' } }))
      : new Response('', { status: 404 }),
  );
  vi.stubGlobal('fetch', fetch);
  const readCatalog = catalogReader((path) => `chrome-extension://psf/${path}`);
  expect(await readCatalog('_locales/en/messages.json')).toEqual({ a: { message: 'A' } });
  expect(fetch).toHaveBeenCalledWith('chrome-extension://psf/_locales/en/messages.json');
  await expect(readCatalog('_locales/xx/messages.json')).rejects.toThrow('_locales/xx/messages.json: HTTP 404');
});
