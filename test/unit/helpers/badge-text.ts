/** The badge's words as the background publishes them, made from the real catalogs. */
import { badgeText } from '../../../src/background/badge-text.ts';
import { translator } from '../../../src/shared/i18n.ts';
import type { Locale } from '../../../src/shared/locales.ts';
import { localeCatalog } from './setup.ts';

export const TEST_VERSION = '0.0.0-test';

export const publishedText = (locale: Locale = 'en') =>
  badgeText(translator(locale, localeCatalog(locale), localeCatalog('en')), TEST_VERSION);
