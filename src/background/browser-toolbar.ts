/** The toolbar button over the real browser: each tab's badge and title, in the badge's published language. */
import browser from 'webextension-polyfill';
import { BADGE_TEXT_KEY, TAB_STATE_PREFIX } from '../shared/storage-keys.ts';
import { languageTranslator, type Translator } from '../shared/i18n.ts';
import { publishBadgeText, toolbarTranslator } from './badge-text.ts';
import { readCatalog, records } from './browser-storage.ts';
import { toolbarState } from './describe.ts';
import { readRecord } from './publish.ts';
import type { TabState } from './types.ts';
import { toolbarLook, type ToolbarState } from './toolbar.ts';

/**
 * The toolbar title's words: those published with the badge's, else (none published yet) the browser's language's,
 * from the i18n API with nothing read.
 */
async function toolbarWords(): Promise<Translator> {
  const { [BADGE_TEXT_KEY]: text } = await browser.storage.local.get(BADGE_TEXT_KEY);
  // Stryker disable next-line StringLiteral: no language named ('') is the browser's language, as 'auto' is.
  return text ? toolbarTranslator(text) : languageTranslator('auto', browser.i18n, readCatalog);
}

export async function setToolbar(tabId: number, state: ToolbarState): Promise<void> {
  const look = toolbarLook(state, await toolbarWords());
  try {
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: look.text }),
      browser.action.setBadgeBackgroundColor({ tabId, color: look.color }),
      // Every browser PSF Lens supports has it (Chromium 110 and later, Firefox 63 and later).
      browser.action.setBadgeTextColor({ tabId, color: '#ffffff' }),
      browser.action.setTitle({ tabId, title: look.title }),
    ]);
  } catch {
    // The tab closed while we answered: nothing to show it on.
  }
}

/**
 * The toolbar titles of the tabs that show a rated product, set again: after the badge's words changed language,
 * so an open page's title follows its badge at once rather than at its next report.
 */
async function retitleTabs(): Promise<void> {
  const tabs = Object.entries(await browser.storage.session.get(null)).filter(([key]) =>
    key.startsWith(TAB_STATE_PREFIX),
  );
  await Promise.all(
    tabs.map(async ([key, value]) => {
      const state = value as TabState;
      const record = await readRecord(records, state.url);
      const items = state.productIds.flatMap((id) => {
        const facts = record?.products[id];
        return facts ? [{ productId: id, ...facts }] : [];
      });
      if (items.length) await setToolbar(Number(key.slice(TAB_STATE_PREFIX.length)), toolbarState(items));
    }),
  );
}

/** The badge's words in the language they should be in now; when they changed, the open tabs' titles follow. */
export async function publishToolbarWords(): Promise<void> {
  const { version } = browser.runtime.getManifest();
  if (await publishBadgeText(browser.storage.local, browser.i18n, readCatalog, version)) await retitleTabs();
}
