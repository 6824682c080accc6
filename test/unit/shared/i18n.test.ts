/**
 * PSF Lens's words in three languages: the language chosen (setting, else the browser's, else English), whole
 * sentences with their slots filled, plurals and dates the language's way, English under anything a catalog lacks.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  browserLocale,
  loadLanguage,
  pickLocale,
  setTranslator,
  t,
  translator,
  type LanguageSetting,
  type MessageKey,
} from '../../../src/shared/i18n.ts';
import { storedLanguage } from '../../../src/shared/page-language.ts';
import { localeCatalog } from '../helpers/setup.ts';

const en = localeCatalog('en');
const de = localeCatalog('de');
const fr = localeCatalog('fr');

test.each<[string, LanguageSetting | undefined, string | undefined, string]>([
  ['the browser’s German', 'auto', 'de-DE', 'de'],
  ['the browser’s Swiss French', 'auto', 'fr_CH', 'fr'],
  ['a language PSF Lens does not speak', 'auto', 'ja', 'en'],
  ['no browser language', undefined, undefined, 'en'],
  ['the setting over the browser', 'fr', 'de-DE', 'fr'],
  ['English chosen under a German browser', 'en', 'de', 'en'],
  ['an empty browser language', 'auto', '', 'en'],
])('%s', (_name, setting, browser, want) => {
  expect(pickLocale(setting, browser)).toBe(want);
  if (setting === 'auto' || setting === undefined) expect(browserLocale(browser)).toBe(want);
});

describe('translator', () => {
  test('fills each slot by name, in the order the language puts them', () => {
    const info = { date: '2026-12-01', ago: '3 hours ago', host: 'feed.example' };
    expect(translator('en', en)('data_feed', info)).toBe(
      'PSF data of 2026-12-01, updated 3 hours ago from feed.example',
    );
    expect(translator('de', de, en)('data_feed', { ...info, ago: 'vor 3 Stunden' })).toBe(
      'PSF-Daten vom 2026-12-01, vor 3 Stunden aktualisiert von feed.example',
    );
  });

  test('plurals by the language’s rules, the count formatted its way', () => {
    expect(translator('en', en).plural('first_all', 1)).toBe('The 1 action in the checklist');
    expect(translator('en', en).plural('first_all', 12)).toBe('All 12 actions in the checklist');
    expect(translator('de', de, en).plural('first_all', 1)).toBe('Die 1 Maßnahme in der Checkliste');
    expect(translator('de', de, en).plural('first_all', 1500)).toBe('Alle 1.500 Maßnahmen in der Checkliste');
    // French puts 0 and 1 in the singular.
    expect(translator('fr', fr, en).plural('verdict_gapIn', 0, { gaps: 0, list: '' })).toMatch(/domaine noté sur 0/);
  });

  test('dates the language’s way, never the browser’s', () => {
    const at = Date.UTC(2026, 11, 1, 12, 0);
    expect(translator('de', de, en).date(at)).toMatch(/01\.12\.2026/);
    expect(translator('en', en).date(at)).toMatch(/Dec 1, 2026/);
    expect(translator('fr', fr, en).date(at)).toMatch(/1 déc\. 2026/);
    expect(translator('en', en).date(at)).not.toMatch(/:/);
  });

  test('a date and time: the date in words, then the hour and minutes', () => {
    const at = Date.UTC(2026, 11, 1, 12, 0);
    expect(translator('en', en).dateTime(at)).toMatch(/^Dec 1, 2026, \d{1,2}:\d{2}/);
    expect(translator('de', de, en).dateTime(at)).toMatch(/^01\.12\.2026, \d{2}:\d{2}$/);
  });

  test('a count whose plural form the catalog lacks takes its `_other` form', () => {
    const only = { items_other: { message: '{n} items' } };
    expect(translator('en', only).plural('items' as 'first_all', 1)).toBe('1 items');
  });

  test('a key no catalog has reads as the key, in place of nothing', () => {
    expect(translator('de', {}, {})('no_such_key' as MessageKey)).toBe('no_such_key');
  });

  test('a key the language lacks is said in English; an unknown slot is left visible, not dropped', () => {
    const partial = { data_none: { message: 'PSF-Daten: nicht geladen' } };
    const t = translator('de', partial, en);
    expect(t('data_none')).toBe('PSF-Daten: nicht geladen');
    expect(t('popup_loading')).toBe('Loading the assessment…');
    expect(t('launcher_none')).toBe('No product in the library matches “{query}”.');
  });
});

test.each([
  ['nothing stored', undefined, 'auto'],
  ['German chosen', { version: 1, language: 'de' }, 'de'],
  ['a language PSF Lens does not speak', { language: 'ja' }, 'auto'],
  ['not an object', 'de', 'auto'],
  ['null', null, 'auto'],
])('the stored language: %s', (_name, stored, want) => {
  expect(storedLanguage(stored)).toBe(want);
});

describe('the page’s words follow the language set at its start', () => {
  afterEach(() => {
    setTranslator(translator('en', en));
    vi.unstubAllGlobals();
  });

  test('t, t.plural, t.date, t.dateTime and t.locale all speak the language set last', () => {
    const at = Date.UTC(2026, 11, 1, 12, 0);
    setTranslator(translator('de', de, en));
    expect(t.locale).toBe('de');
    expect(t('data_none')).toBe(translator('de', de, en)('data_none'));
    expect(t.plural('first_all', 1500)).toBe('Alle 1.500 Maßnahmen in der Checkliste');
    expect(t.date(at)).toMatch(/01\.12\.2026/);
    expect(t.dateTime(at)).toBe(translator('de', de, en).dateTime(at));
    setTranslator(translator('fr', fr, en));
    expect(t.locale).toBe('fr');
    expect(t.date(at)).toMatch(/1 déc\. 2026/);
  });

  test('loadLanguage sets the words and the document’s language', async () => {
    const documentElement = { lang: '' };
    vi.stubGlobal('document', { documentElement });
    const i18n = { getUILanguage: () => 'en-GB', getMessage: () => '' };
    const read = async (path: string) => (path.includes('/fr/') ? fr : en);
    const loaded = await loadLanguage('fr', i18n, read);
    expect(loaded.locale).toBe('fr');
    expect(t.locale).toBe('fr');
    expect(documentElement.lang).toBe('fr');
  });

  test('loadLanguage where there is no document (the worker) sets the words alone', async () => {
    const i18n = { getUILanguage: () => 'de-DE', getMessage: (key: string) => de[key]?.message ?? '' };
    const loaded = await loadLanguage('auto', i18n, async () => ({}));
    expect(loaded.locale).toBe('de');
    expect(t('data_none')).toBe(de.data_none?.message);
  });
});
