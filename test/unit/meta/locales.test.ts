/**
 * The three catalogs (public/_locales/<lang>/messages.json) say the same things: every key of the English one is
 * in German and French, none of theirs is unknown to it, each keeps its sentence's slots, and nothing would trip
 * the browser's own i18n API. A UI string added in English alone fails here, naming the key and the language.
 */
import { describe, expect, test } from 'vitest';
import { LOCALES } from '../../../src/shared/locales.ts';
import { localeCatalog } from '../helpers/setup.ts';

const en = localeCatalog('en');
const slots = (text: string | undefined) =>
  [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort((a, b) => a.localeCompare(b));
const PLURAL_FORM = /_(zero|one|two|few|many|other)$/;

describe.each(LOCALES.filter((l) => l !== 'en'))('%s', (locale) => {
  const catalog = localeCatalog(locale);

  test('has every English key and no other', () => {
    const missing = Object.keys(en).filter((key) => !catalog[key] && !/_(zero|two|few|many)$/.test(key));
    const unknown = Object.keys(catalog).filter((key) => !en[key] && !PLURAL_FORM.test(key));
    expect(missing, `public/_locales/${locale}/messages.json lacks these: translate them`).toEqual([]);
    expect(unknown, `public/_locales/${locale}/messages.json has keys English lacks`).toEqual([]);
  });

  test('keeps each sentence’s slots (a singular may spell its count out)', () => {
    const changed = Object.keys(en).flatMap((key) => {
      const want = slots(en[key]?.message);
      const got = slots(catalog[key]?.message);
      const ok = key.endsWith('_one') ? got.every((s) => want.includes(s)) : got.join() === want.join();
      return ok ? [] : [`${key}: {${got.join('} {')}} instead of {${want.join('} {')}}`];
    });
    expect(changed).toEqual([]);
  });
});

describe.each(LOCALES)('%s for the browser', (locale) => {
  const catalog = localeCatalog(locale);
  test('no empty message, no $ (the i18n API reads $ as a placeholder), names the browser accepts', () => {
    for (const [key, entry] of Object.entries(catalog)) {
      expect(key, 'a message name').toMatch(/^[A-Za-z0-9_@]+$/);
      expect(entry?.message.trim(), key).toBeTruthy();
      expect(entry?.message, key).not.toContain('$');
    }
    expect(catalog.extName?.message).toBe('PSF Lens');
    expect(catalog.extDescription?.message.length).toBeLessThanOrEqual(132);
  });
});

test('every plural has its singular and its other form in English', () => {
  const bases = Object.keys(en)
    .filter((k) => k.endsWith('_other'))
    .map((k) => k.slice(0, -'_other'.length));
  expect(bases.length).toBeGreaterThan(0);
  for (const base of bases) expect(en[`${base}_one`], base).toBeTruthy();
});

test('the English catalog describes every message for translators', () => {
  const bare = Object.entries(en).filter(([, entry]) => !(entry as { description?: string }).description);
  expect(bare.map(([key]) => key)).toEqual([]);
});

test.each(LOCALES)('%s: keys in alphabetical order, so each page’s strings sit together', (locale) => {
  const keys = Object.keys(localeCatalog(locale));
  expect(keys).toEqual([...keys].sort());
});

test('French: a no-break space before : ; ? ! and » and after «, so none of them starts a line on its own', () => {
  // "Aucun produit ne correspond à « zzz »." wrapped in the popup with "»." alone on the next line.
  const loose = Object.entries(localeCatalog('fr')).flatMap(([key, entry]) =>
    /(?: [:;?!»]|« )/.test(entry?.message ?? '') ? [key] : [],
  );
  expect(loose).toEqual([]);
});
