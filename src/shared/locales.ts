/** The languages PSF Lens speaks, and the settings' choice among them (a module with no code, for the settings). */
export const LOCALES = ['en', 'de', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];
/** The browser's language ('auto'), or one of PSF Lens's. */
export type LanguageSetting = 'auto' | Locale;
