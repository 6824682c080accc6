/**
 * The language of an extension page, set before it renders: the user's choice in the settings, else the
 * browser's (the i18n API), with that language's catalog loaded from the extension's own `_locales`.
 */
import { ext } from './ext.ts';
import { loadLanguage, pickLocale, type Messages, type Translator } from './i18n.ts';
import { migrateSettings } from './settings.ts';
import { SETTINGS_KEY } from './storage-keys.ts';

async function readCatalog(path: string): Promise<Messages> {
  const response = await fetch(ext.runtime.getURL(path));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as Messages;
}

export async function pageLanguage(): Promise<Translator> {
  const { [SETTINGS_KEY]: stored } = await ext.storage.local
    .get(SETTINGS_KEY)
    .catch(() => ({}) as Record<string, unknown>);
  return loadLanguage(pickLocale(migrateSettings(stored).language, ext.i18n.getUILanguage()), readCatalog);
}
