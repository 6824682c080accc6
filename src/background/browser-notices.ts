/**
 * Rating-change notifications (notifications.ts) over the real browser, in the reader's language. Where PSF Lens
 * runs as a service worker (Chromium), they are the web's notifications, shown through the worker's registration:
 * the extension API's would load its bindings at every wake of the worker only to listen for a click (5 KB of the
 * heap of a worker woken by a page). Firefox runs PSF Lens in a background page, and shows them through its API.
 */
import browser from 'webextension-polyfill';
import { SETTINGS_KEY } from '../shared/storage-keys.ts';
import { languageTranslator, type Translator } from '../shared/i18n.ts';
import { storedLanguage } from '../shared/page-language.ts';
import { readCatalog } from './browser-storage.ts';
import type { Db } from './db.ts';
import { watchedNotifier, type Notice } from './notifications.ts';

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

/** The service worker's registration, where PSF Lens runs as one. */
const worker = () => (globalThis as { registration?: ServiceWorkerRegistration }).registration;

/** A notification click in a service worker (NotificationEvent, of the worker's own types). */
interface NoticeClick extends Event {
  readonly notification: Notification;
  waitUntil(work: Promise<unknown>): void;
}

async function show(notice: Notice): Promise<void> {
  const icon = browser.runtime.getURL('icons/icon-128.png');
  const registration = worker();
  // The same tag replaces a notice still shown, as the same id does in the extension API.
  if (registration) await registration.showNotification(notice.title, { body: notice.message, icon, tag: notice.id });
  else
    await browser.notifications.create(notice.id, {
      type: 'basic',
      iconUrl: icon,
      title: notice.title,
      message: notice.message,
    });
}

/** A notification for each watched product whose ratings an update changed. */
export const browserNotifier = (db: () => Promise<Db>) => watchedNotifier(db, settingsWords, show);

/** Calls `open` with the id of a notification the user clicks. To be called in the background's first run. */
export function onNoticeClicked(open: (id: string) => Promise<unknown>): void {
  if (!worker()) {
    browser.notifications.onClicked.addListener((id) => void open(id));
    return;
  }
  globalThis.addEventListener('notificationclick', (event) => {
    const click = event as NoticeClick;
    click.notification.close();
    // The worker stays up until the page has opened.
    click.waitUntil(open(click.notification.tag));
  });
}
