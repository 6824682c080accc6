/**
 * The in-page badge's words in the reader's language, published for the content script (see
 * shared/badge-text.ts), with the toolbar title's words for the background itself. Made from the `_locales`
 * catalogs, and made again only when the language they should be in or the version of PSF Lens changes: the
 * settings' language (watched), the browser's (it changes with a browser restart, so checked at every start),
 * or an update that may have changed the catalogs.
 */
import type { BadgeText, PublishedText } from '../shared/badge-text.ts';
import { pickLocale, translator, type Messages, type Translator } from '../shared/i18n.ts';
import type { Locale } from '../shared/locales.ts';
import { storedLanguage } from '../shared/page-language.ts';
import { BADGE_TEXT_KEY, SETTINGS_KEY } from '../shared/storage-keys.ts';

/** How many of the eight ratings a line "n of 8 domains rated" can name: all eight read as counts, none as none. */
const PARTLY_CAPTURED = [1, 2, 3, 4, 5, 6, 7];

/**
 * A page about several products names 2 or more: the catalogs' `_other` form, which English, German and French
 * all use for every count from 2 (a test holds that, so a language where it does not hold is noticed).
 */
const SEVERAL = 'other';

/** One language's words; `{site}`, `{vendor}` and `{n}` are left for the content script to fill. */
export function badgeText(locale: Locale, messages: Messages, english: Messages, version: string): PublishedText {
  const t = translator(locale, messages, english);
  const raw = (key: string) => messages[key]?.message ?? english[key]?.message ?? key;
  const text: BadgeText = {
    ask: t('badge_ask'),
    close: t('badge_close'),
    fold: t('badge_fold'),
    framework: t('badge_framework'),
    hide: t('badge_hide'),
    hint: t('badge_hint'),
    keep: t('badge_keep'),
    none: t('badge_none'),
    own: t('badge_own'),
    unrated: t('badge_unrated'),
    several: raw(`badge_several_${SEVERAL}`),
    severalBy: raw(`badge_severalBy_${SEVERAL}`),
  };
  for (const n of PARTLY_CAPTURED) text[`rated${n}`] = t.plural('badge_rated', n);
  const toolbar = Object.fromEntries(
    Object.keys(english)
      .filter((key) => key.startsWith('toolbar_'))
      .map((key) => [key, { message: raw(key) }]),
  );
  return { ...text, locale, version, toolbar };
}

export interface TextStore {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/**
 * Publishes the badge's words in the language the settings choose (else the browser's, `uiLanguage`), unless
 * those of this language and `version` are there already; says whether it wrote them. `read` fetches one of PSF
 * Lens's own catalogs.
 */
export async function publishBadgeText(
  store: TextStore,
  read: (path: string) => Promise<Messages>,
  uiLanguage: string,
  version: string,
): Promise<boolean> {
  const stored = await store.get([BADGE_TEXT_KEY, SETTINGS_KEY]);
  const locale = pickLocale(storedLanguage(stored[SETTINGS_KEY]), uiLanguage);
  const current = stored[BADGE_TEXT_KEY] as Partial<PublishedText> | undefined;
  if (current?.locale === locale && current.version === version) return false;
  const english = await read('_locales/en/messages.json');
  const messages = locale === 'en' ? english : await read(`_locales/${locale}/messages.json`).catch(() => english);
  await store.set({ [BADGE_TEXT_KEY]: badgeText(locale, messages, english, version) });
  return true;
}

/** The toolbar title's words, in the language of the published badge words. */
export function toolbarTranslator(published: unknown): Translator {
  const text = published as Partial<PublishedText>;
  return translator(text.locale ?? 'en', text.toolbar ?? {});
}
