/**
 * PSF Lens's words in the user's language: English, German or French, from the extension's `_locales` catalogs
 * (public/_locales/<lang>/messages.json, which the browser's i18n API also reads for the manifest's name and
 * description). The language follows the browser's (`i18n.getUILanguage`) unless the settings name one. In the
 * browser's language the words come from the i18n API's getMessage, which already holds that catalog (with English
 * under it), so nothing is fetched; getMessage cannot be told another language, so a language the settings name
 * instead is read from its catalog. Either way the lookup is this small typed wrapper: whole sentences with named
 * slots, plurals and dates through `Intl`, never words glued together. Dataset text (names, findings, actions)
 * stays English and is marked `lang="en"`.
 */
type Catalog = typeof import('../../public/_locales/en/messages.json');
type CatalogKey = Extract<keyof Catalog, string>;

/** Keys with plural forms (`<key>_one`, `<key>_other`) are asked for by their base through `plural`. */
type PluralBase<K> = K extends `${infer B}_other` ? B : never;
export type PluralKey = PluralBase<CatalogKey>;
export type MessageKey = Exclude<CatalogKey, `${PluralKey}_${Intl.LDMLPluralRule}`>;

import { LOCALES, type LanguageSetting, type Locale } from './locales.ts';

export { LOCALES, type LanguageSetting, type Locale };

/** A catalog as the browser reads it: `{ key: { message, description? } }`. */
export type Messages = Record<string, { message: string } | undefined>;
type Values = Record<string, string | number>;

/** The browser's language when PSF Lens speaks it ('de-AT' and 'de_CH' are German), else English. */
export function browserLocale(browserLanguage: string | undefined): Locale {
  const base = browserLanguage?.toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly (string | undefined)[]).includes(base) ? (base as Locale) : 'en';
}

/** The UI language: the setting's, else the browser's (see browserLocale). */
export function pickLocale(setting: LanguageSetting | undefined, browserLanguage: string | undefined): Locale {
  return setting && setting !== 'auto' ? setting : browserLocale(browserLanguage);
}

export interface Translator {
  locale: Locale;
  (key: MessageKey, values?: Values): string;
  /** A sentence with a count, in the language's plural form for it (`{n}` is the count). */
  plural(key: PluralKey, n: number, values?: Values): string;
  /** A moment as a date and time, the language's way. */
  dateTime(ms: number): string;
  /** A moment as a date, the language's way. */
  date(ms: number): string;
}

/** A message's raw text by its key, or undefined where no catalog has it. */
type Lookup = (key: string) => string | undefined;

/** `messages` is the locale's catalog; `fallback` (English) answers what it lacks. */
export function translator(locale: Locale, messages: Messages, fallback: Messages = messages): Translator {
  return translatorOf(locale, (key) => messages[key]?.message ?? fallback[key]?.message);
}

function translatorOf(locale: Locale, lookup: Lookup): Translator {
  const text = (key: string, values: Values = {}) => {
    const raw = lookup(key) ?? key;
    return raw.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
  };
  const rules = new Intl.PluralRules(locale);
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const dateOnly = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const t = ((key: MessageKey, values?: Values) => text(key, values)) as Translator;
  t.locale = locale;
  t.plural = (key, n, values = {}) => {
    const form = `${key}_${rules.select(n)}`;
    const chosen = lookup(form) !== undefined ? form : `${key}_other`;
    return text(chosen, { ...values, n: n.toLocaleString(locale) });
  };
  t.dateTime = (ms) => dateTime.format(ms);
  t.date = (ms) => dateOnly.format(ms);
  return t;
}

let current: Translator = translator('en', {});

/** The page's language, set once at start before anything renders (see loadLanguage). */
export function setTranslator(next: Translator): void {
  current = next;
}

/** The page's words: `t('popup_loading')`, `t.plural('first_all', 5)`. */
export const t: Translator = Object.assign(((key: MessageKey, values?: Values) => current(key, values)) as Translator, {
  plural: (key: PluralKey, n: number, values?: Values) => current.plural(key, n, values),
  dateTime: (ms: number) => current.dateTime(ms),
  date: (ms: number) => current.date(ms),
});
Object.defineProperty(t, 'locale', { get: () => current.locale });

/** What PSF Lens asks of the browser's i18n API (chrome.i18n, browser.i18n). */
export interface BrowserI18n {
  getUILanguage(): string;
  /** A message of PSF Lens's catalog in the browser's language, else English's; '' for an unknown key. */
  getMessage(key: string): string;
}

/** Reads one of PSF Lens's catalogs, e.g. `_locales/de/messages.json`. */
export type ReadCatalog = (path: string) => Promise<Messages>;

/** A catalog read from PSF Lens's own files; `url` makes a path into its extension URL (runtime.getURL). */
export function catalogReader(url: (path: string) => string): ReadCatalog {
  return async (path) => {
    const response = await fetch(url(path));
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return (await response.json()) as Messages;
  };
}

/**
 * The words in the language `setting` chooses. In the browser's own language they come from `i18n.getMessage`
 * and nothing is read (PSF Lens's messages use `{slot}` names and no `$`, so getMessage returns the raw text this
 * wrapper formats; a test holds that). In another language they come from its catalog, with English's under it
 * for anything it lacks, and English alone if that catalog cannot be read.
 */
export async function languageTranslator(
  setting: LanguageSetting,
  i18n: BrowserI18n,
  read: ReadCatalog,
): Promise<Translator> {
  const locale = pickLocale(setting, i18n.getUILanguage());
  if (locale === browserLocale(i18n.getUILanguage())) {
    return translatorOf(locale, (key) => i18n.getMessage(key) || undefined);
  }
  const english = await read('_locales/en/messages.json');
  const messages = locale === 'en' ? english : await read(`_locales/${locale}/messages.json`).catch(() => english);
  return translator(locale, messages, english);
}

/** Loads the page's language at start (see languageTranslator) and sets the document's language. */
export async function loadLanguage(
  setting: LanguageSetting,
  i18n: BrowserI18n,
  read: ReadCatalog,
): Promise<Translator> {
  const next = await languageTranslator(setting, i18n, read);
  setTranslator(next);
  if (typeof document !== 'undefined') document.documentElement.lang = next.locale;
  return next;
}
