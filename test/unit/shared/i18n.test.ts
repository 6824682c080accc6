/**
 * PSF Lens's words in three languages: the language chosen (setting, else the browser's, else English), whole
 * sentences with their slots filled, plurals and dates the language's way, English under anything a catalog lacks.
 */
import { describe, expect, test } from 'vitest';
import { pickLocale, translator, type LanguageSetting } from '../../../src/shared/i18n.ts';
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
])('%s', (_name, setting, browser, want) => {
  expect(pickLocale(setting, browser)).toBe(want);
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
])('the stored language: %s', (_name, stored, want) => {
  expect(storedLanguage(stored)).toBe(want);
});
