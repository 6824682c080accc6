/**
 * Component tests wait for the background's answers through fake-indexeddb. Testing Library's default of
 * 1 s for findBy and waitFor is shorter than a busy 2-core machine sometimes needs, which made passing
 * tests fail by the clock; a wrong answer still fails, only later.
 *
 * The pages load their language at start (src/shared/i18n.ts); components rendered alone speak English, from the
 * same catalog the extension ships. A test of another language sets its own translator.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configure } from '@testing-library/preact';
import { setTranslator, translator, type Messages } from '../../../src/shared/i18n.ts';

configure({ asyncUtilTimeout: 5000 });

export const localeCatalog = (locale: string) =>
  JSON.parse(
    readFileSync(
      resolve(dirname(fileURLToPath(import.meta.url)), `../../../public/_locales/${locale}/messages.json`),
      'utf8',
    ),
  ) as Messages;

setTranslator(translator('en', localeCatalog('en')));
