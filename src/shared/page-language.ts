/**
 * The language of an extension page, set before it renders: the user's choice in the settings, else the
 * browser's (through the i18n API's own messages; another language's catalog is read from the extension's
 * `_locales`, and if that cannot be read, the browser's language again). The stored setting is read by hand, not
 * through settings.ts, whose schema library would double the popup's script.
 */
import { ext } from './ext.ts';
import { catalogReader, loadLanguage, type Translator } from './i18n.ts';
import { LOCALES, type LanguageSetting } from './locales.ts';
import { SETTINGS_KEY } from './storage-keys.ts';

/** The stored choice, or 'auto' for anything else (nothing stored, an older settings shape, a broken value). */
export function storedLanguage(stored: unknown): LanguageSetting {
  const language = (stored as { language?: unknown } | null | undefined)?.language;
  return (LOCALES as readonly unknown[]).includes(language) ? (language as LanguageSetting) : 'auto';
}

export async function pageLanguage(): Promise<Translator> {
  const { [SETTINGS_KEY]: stored } = await ext.storage.local
    .get(SETTINGS_KEY)
    .catch(() => ({}) as Record<string, unknown>);
  const read = catalogReader((path) => ext.runtime.getURL(path));
  // No catalog read (PSF Lens replaced under an open page): the browser's language, which needs none, not the keys.
  // Stryker disable next-line StringLiteral: no setting at all reads as 'auto'.
  return loadLanguage(storedLanguage(stored), ext.i18n, read).catch(async () => loadLanguage('auto', ext.i18n, read));
}
