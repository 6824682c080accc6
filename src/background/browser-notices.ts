/** Rating-change notifications (notifications.ts) over the real browser, in the reader's language. */
import browser from 'webextension-polyfill';
import { SETTINGS_KEY } from '../shared/storage-keys.ts';
import { languageTranslator, type Translator } from '../shared/i18n.ts';
import { storedLanguage } from '../shared/page-language.ts';
import { readCatalog } from './browser-storage.ts';
import type { Db } from './db.ts';
import { watchedNotifier } from './notifications.ts';

/**
 * The words of the reader's language now: the settings', else the browser's, which the i18n API holds without a
 * read (so a catalog that cannot be read costs the notice its language, never the notice).
 */
async function settingsWords(): Promise<Translator> {
  const { [SETTINGS_KEY]: stored } = await browser.storage.local.get(SETTINGS_KEY);
  return languageTranslator(storedLanguage(stored), browser.i18n, readCatalog).catch(() =>
    // Stryker disable next-line StringLiteral: no language named ('') is the browser's language, as 'auto' is.
    languageTranslator('auto', browser.i18n, readCatalog),
  );
}

/** A notification for each watched product whose ratings an update changed. */
export const browserNotifier = (db: () => Promise<Db>) =>
  watchedNotifier(db, settingsWords, async (notice) => {
    await browser.notifications.create(notice.id, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('icons/icon-128.png'),
      title: notice.title,
      message: notice.message,
    });
  });
