/**
 * The pages load their language at start (src/shared/i18n.ts); code run alone speaks English, from the same
 * catalog the extension ships. A test of another language sets its own translator.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTranslator, translator, type Messages } from '../../../src/shared/i18n.ts';

export const localeCatalog = (locale: string) =>
  JSON.parse(
    readFileSync(
      resolve(dirname(fileURLToPath(import.meta.url)), `../../../public/_locales/${locale}/messages.json`),
      'utf8',
    ),
  ) as Messages;

setTranslator(translator('en', localeCatalog('en')));
