/**
 * The in-page badge's words in the reader's language, as the background publishes them to extension storage
 * (`badge`, from the `_locales` catalogs, see background/badge-text.ts) next to the host records the content
 * script reads in the same storage get. The content script cannot ask the i18n API for a language other than the
 * browser's, and must not wait for the background: so the words wait in storage, already in the language the
 * settings chose (else the browser's), rewritten when that changes, counts in each language's plural form.
 * Kept small: this module is in the content script, which every vendor page pays for.
 */
import type { Locale } from './locales.ts';

/** The badge's words in one language (`rated1`..`rated7`: the line when that many of the 8 ratings were captured). */
export interface BadgeText {
  ask: string;
  close: string;
  fold: string;
  /** The PSF mark's tooltip: the framework's name. */
  framework: string;
  hide: string;
  hint: string;
  keep: string;
  /** A search result mark's name: `{name}` and `{line}` as the badge's two lines say them. */
  mark: string;
  /** A search result mark's tooltip's last line: the framework's and PSF Lens's names. */
  markSource: string;
  none: string;
  own: string;
  unrated: string;
  /** The first line on a page about several products: `{n}` of them (always 2 or more), `{vendor}`'s. */
  several: string;
  severalBy: string;
  [rated: `rated${number}`]: string;
}

/**
 * What the background publishes: the badge's words, the language and the version of PSF Lens they are of (so a
 * change of either is seen), and the toolbar title's words for the background itself.
 */
export interface PublishedText extends BadgeText {
  locale: Locale;
  version: string;
  toolbar: Record<string, { message: string }>;
}

/**
 * A badge line as stored (rule-store.ts `badgeLine`): the words' keys from the outermost in, then the ratings'
 * counts in PSF's own terms, the same in every language. `['own', 'rated4', '1 Strong · 3 Gap']` reads
 * "Your organisation's rating: 4 of 8 domains rated: 1 Strong · 3 Gap".
 */
export const lineText = (line: readonly string[], text: BadgeText): string =>
  line.reduceRight((inner, key) => text[key as 'own'].replace('{line}', inner));
