/**
 * The in-page badge's words in the reader's language, published for the content script (see
 * shared/badge-text.ts), with the toolbar title's words for the background itself. Made through the browser's
 * i18n API in its own language (a `_locales` catalog is read only for another language the settings name), and
 * made again only when the language they should be in or the version of PSF Lens changes: the settings' language
 * (watched), the browser's (it changes with a browser restart, so checked at every start), or an update that may
 * have changed the catalogs.
 */
import type { BadgeText, PublishedText } from '../shared/badge-text.ts';
import {
  languageTranslator,
  pickLocale,
  translator,
  type BrowserI18n,
  type MessageKey,
  type ReadCatalog,
  type Translator,
} from '../shared/i18n.ts';
import { storedLanguage } from '../shared/page-language.ts';
import { BADGE_TEXT_KEY, SETTINGS_KEY } from '../shared/storage-keys.ts';

/** How many of the eight ratings a line "n of 8 domains rated" can name: all eight read as counts, none as none. */
const PARTLY_CAPTURED = [1, 2, 3, 4, 5, 6, 7];

/**
 * A page about several products names 2 or more: the catalogs' `_other` form, which English, German and French
 * all use for every count from 2 (a test holds that, so a language where it does not hold is noticed).
 */
const SEVERAL = 'other';

/**
 * The toolbar title's words, each plural form by name: the i18n API cannot list a catalog's keys (a test holds
 * this list to the catalogs' `toolbar_` keys).
 */
const TOOLBAR_KEYS = [
  'toolbar_assessed',
  'toolbar_captured_one',
  'toolbar_captured_other',
  'toolbar_noRatings',
  'toolbar_notAssessed',
  'toolbar_notCaptured_one',
  'toolbar_notCaptured_other',
  'toolbar_several_one',
  'toolbar_several_other',
];

/** One language's words; `{site}`, `{vendor}` and `{n}` are left for the content script to fill. */
export function badgeText(t: Translator, version: string): PublishedText {
  // A message as the catalog has it, plural forms included, its slots left unfilled.
  const raw = (key: string) => t(key as MessageKey);
  const text: BadgeText = {
    ask: t('badge_ask'),
    close: t('badge_close'),
    fold: t('badge_fold'),
    framework: t('badge_framework'),
    hide: t('badge_hide'),
    hint: t('badge_hint'),
    keep: t('badge_keep'),
    mark: t('badge_mark'),
    markSource: t('badge_markSource'),
    none: t('badge_none'),
    own: t('badge_own'),
    unrated: t('badge_unrated'),
    several: raw(`badge_several_${SEVERAL}`),
    severalBy: raw(`badge_severalBy_${SEVERAL}`),
  };
  for (const n of PARTLY_CAPTURED) text[`rated${n}`] = t.plural('badge_rated', n);
  const toolbar = Object.fromEntries(TOOLBAR_KEYS.map((key) => [key, { message: raw(key) }]));
  return { ...text, locale: t.locale, version, toolbar };
}

export interface TextStore {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/**
 * Publishes the badge's words in the language the settings choose (else the browser's), unless those of this
 * language and `version` are there already. `read` fetches one of PSF Lens's own catalogs, needed only when the
 * settings name a language other than the browser's. Says whether it wrote them.
 */
export async function publishBadgeText(
  store: TextStore,
  i18n: BrowserI18n,
  read: ReadCatalog,
  version: string,
): Promise<boolean> {
  const stored = await store.get([BADGE_TEXT_KEY, SETTINGS_KEY]);
  const setting = storedLanguage(stored[SETTINGS_KEY]);
  const current = stored[BADGE_TEXT_KEY] as Partial<PublishedText> | undefined;
  if (current?.locale === pickLocale(setting, i18n.getUILanguage()) && current.version === version) return false;
  await store.set({ [BADGE_TEXT_KEY]: badgeText(await languageTranslator(setting, i18n, read), version) });
  return true;
}

/** The toolbar title's words, in the language of the published badge words. */
export function toolbarTranslator(published: unknown): Translator {
  const text = published as Partial<PublishedText>;
  return translator(text.locale ?? 'en', text.toolbar ?? {});
}
