/**
 * The badge's words as the background publishes them: from the catalogs, in the language the settings choose
 * (else the browser's, else English), each count in its language's plural form, and written again only when the
 * language or the version of PSF Lens changes.
 */
import { describe, expect, test, vi } from 'vitest';
import { badgeText, publishBadgeText, toolbarTranslator } from '../../../src/background/badge-text.ts';
import type { PublishedText } from '../../../src/shared/badge-text.ts';
import { LOCALES } from '../../../src/shared/locales.ts';
import { BADGE_TEXT_KEY, SETTINGS_KEY } from '../../../src/shared/storage-keys.ts';
import { publishedText, TEST_VERSION } from '../helpers/badge-text.ts';
import { memoryStore } from '../helpers/records.ts';
import { fakeBrowserI18n, localeCatalog } from '../helpers/setup.ts';
import { translator } from '../../../src/shared/i18n.ts';

const read = vi.fn(async (path: string) => localeCatalog(/_locales\/(\w+)\//.exec(path)?.[1] ?? 'en'));

async function published(stored: Record<string, unknown>, uiLanguage: string, version = TEST_VERSION) {
  const { store, data, writes } = memoryStore(stored);
  await publishBadgeText(store, fakeBrowserI18n(uiLanguage), read, version);
  return { text: data.get(BADGE_TEXT_KEY) as PublishedText | undefined, writes, store };
}

describe('the language', () => {
  test.each([
    ['the browser’s, with nothing chosen', undefined, 'de-DE', 'de'],
    ['the browser’s, the settings say auto', { version: 1, language: 'auto' }, 'fr-CA', 'fr'],
    ['the settings’ over the browser’s', { version: 1, language: 'fr' }, 'de', 'fr'],
    ['English chosen under a German browser', { version: 1, language: 'en' }, 'de', 'en'],
    ['English for a browser language PSF Lens does not speak', undefined, 'ja', 'en'],
    ['English for a broken setting', { language: 'xx' }, 'en-GB', 'en'],
  ])('%s', async (_what, settings, uiLanguage, locale) => {
    const { text } = await published({ [SETTINGS_KEY]: settings }, uiLanguage);
    expect(text?.locale).toBe(locale);
    expect(text).toEqual(publishedText(locale as 'en'));
  });
});

describe('written again only when it would change', () => {
  test('the same language and version: nothing written, no catalog read', async () => {
    read.mockClear();
    const settings = { [SETTINGS_KEY]: { language: 'fr' } };
    const { text } = await published(settings, 'de');
    const again = await published({ ...settings, [BADGE_TEXT_KEY]: text }, 'de-AT');
    expect(again.writes).toEqual([]);
    expect(read).toHaveBeenCalledTimes(2); // the first time only: English, then French
  });

  test('a new language (settings or browser) or a new version of PSF Lens: written again', async () => {
    const { text } = await published({}, 'de');
    expect((await published({ [BADGE_TEXT_KEY]: text, [SETTINGS_KEY]: { language: 'fr' } }, 'de')).text?.locale).toBe(
      'fr',
    );
    expect((await published({ [BADGE_TEXT_KEY]: text }, 'en-US')).text?.locale).toBe('en');
    expect((await published({ [BADGE_TEXT_KEY]: text }, 'de', '9.9.9')).text?.version).toBe('9.9.9');
  });

  test('in the browser’s language the words come from the browser, no catalog read', async () => {
    for (const [settings, uiLanguage] of [
      [undefined, 'de-DE'],
      [{ language: 'auto' }, 'fr'],
      [{ language: 'fr' }, 'fr-CA'],
      [undefined, 'ja'],
    ] as const) {
      read.mockClear();
      const { text } = await published({ [SETTINGS_KEY]: settings }, uiLanguage);
      expect(read, uiLanguage).not.toHaveBeenCalled();
      expect(text?.locale, uiLanguage).toBe(uiLanguage === 'ja' ? 'en' : uiLanguage.slice(0, 2));
    }
  });

  test('a catalog that cannot be read: the badge speaks English rather than nothing', async () => {
    const { store, data } = memoryStore({ [SETTINGS_KEY]: { language: 'de' } });
    const broken = async (path: string) => {
      if (path.includes('/de/')) throw new Error('HTTP 404');
      return localeCatalog('en');
    };
    await publishBadgeText(store, fakeBrowserI18n('fr'), broken, TEST_VERSION);
    expect((data.get(BADGE_TEXT_KEY) as PublishedText).hint).toBe(publishedText('en').hint);
  });
});

describe('the words', () => {
  test.each(LOCALES)('%s: every badge_ message of the catalog is published, none left out', (locale) => {
    const text = publishedText(locale);
    const catalog = localeCatalog(locale);
    for (const key of Object.keys(catalog).filter((k) => /^badge_[a-zA-Z]+$/.test(k) && k !== 'badge_rated')) {
      expect(text[key.slice('badge_'.length) as 'hint'], key).toBe(catalog[key]?.message);
    }
    expect(Object.keys(text.toolbar).sort()).toEqual(Object.keys(catalog).filter((k) => k.startsWith('toolbar_')));
  });

  test('“n of 8 domains rated” in each language’s plural form for n from 1 to 7', () => {
    expect(publishedText('en').rated1).toBe('1 of 8 domains rated: {line}');
    expect(publishedText('fr').rated1).toBe('1 domaine sur 8 noté\u00a0: {line}');
    expect(publishedText('fr').rated7).toBe('7 domaines sur 8 notés\u00a0: {line}');
    expect(publishedText('de').rated3).toBe('3 von 8 Domänen eingestuft: {line}');
    for (const locale of LOCALES)
      for (let n = 1; n <= 7; n++) expect(publishedText(locale)[`rated${n}`]).toContain(`${n}`);
  });

  test.each(LOCALES)(
    '%s: a page names several products (2 or more), and every count from 2 takes the “other” form',
    (locale) => {
      const rules = new Intl.PluralRules(locale);
      for (let n = 2; n <= 10_000; n++) expect(rules.select(n), `${locale} ${n}`).toBe('other');
      const catalog = localeCatalog(locale);
      expect(publishedText(locale).several).toBe(catalog.badge_several_other?.message);
      expect(publishedText(locale).severalBy).toBe(catalog.badge_severalBy_other?.message);
    },
  );

  test('a slot the content script fills is left for it', () => {
    const text = badgeText(translator('de', localeCatalog('de'), localeCatalog('en')), TEST_VERSION);
    expect(text.ask).toBe('PSF Lens auf {site} ausblenden?');
    expect(text.own).toBe('Bewertung Ihrer Organisation: {line}');
  });
});

describe('the toolbar’s words', () => {
  test('words published without a language (by an older PSF Lens) are read as English', () => {
    const { locale: _none, ...older } = publishedText('en');
    const t = toolbarTranslator(older);
    expect(t.locale).toBe('en');
    expect(t.plural('toolbar_captured', 1, { counts: '1 Strong' })).toBe(
      toolbarTranslator(publishedText('en')).plural('toolbar_captured', 1, { counts: '1 Strong' }),
    );
  });

  test.each(LOCALES)('%s: every toolbar word is published, each plural form by name', (locale) => {
    const catalog = localeCatalog(locale);
    const toolbar = Object.keys(catalog).filter((k) => k.startsWith('toolbar_'));
    expect(toolbar.length).toBeGreaterThan(0);
    for (const key of toolbar) expect(publishedText(locale).toolbar[key]?.message, key).toBe(catalog[key]?.message);
  });
});
