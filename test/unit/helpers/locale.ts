/**
 * The pages load their language at start (src/shared/i18n.ts); code run alone speaks English, from the same
 * catalog the extension ships. A test of another language sets its own translator.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { browserLocale, setTranslator, translator, type BrowserI18n, type Messages } from '../../../src/shared/i18n.ts';

export const localeCatalog = (locale: string) =>
  JSON.parse(
    readFileSync(
      resolve(dirname(fileURLToPath(import.meta.url)), `../../../public/_locales/${locale}/messages.json`),
      'utf8',
    ),
  ) as Messages;

setTranslator(translator('en', localeCatalog('en')));

/**
 * The browser's i18n API as Chromium answers it for a browser in `uiLanguage`: the messages of PSF Lens's catalog in
 * that language, else English's (the manifest's default_locale), else ''. It counts the messages asked for.
 */
export function fakeBrowserI18n(uiLanguage: string): BrowserI18n & { asked: string[] } {
  const own = localeCatalog(browserLocale(uiLanguage));
  const english = localeCatalog('en');
  const asked: string[] = [];
  return {
    asked,
    getUILanguage: () => uiLanguage,
    getMessage(key) {
      asked.push(key);
      return own[key]?.message ?? english[key]?.message ?? '';
    },
  };
}
