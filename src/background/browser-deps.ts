/** The handlers' dependencies, backed by the real browser APIs. */
import browser from 'webextension-polyfill';
import { compileIndex } from '../core/detect.ts';
import { ruleEntries } from '../shared/rule-store.ts';
import { HIDDEN_SITES_KEY, RULES_PREFIX, tabStateKey } from '../shared/storage-keys.ts';
import { browserSettings } from './browser-settings.ts';
import type { ProductChange } from '../core/history.ts';
import { openDatabase, readProducts, type Db, type DatasetMeta } from './db.ts';
import { watchedNotices } from './notifications.ts';
import { createDatasetKeeper } from './dataset.ts';
import type { Deps, TabState } from './types.ts';
import { toolbarLook, type ToolbarState } from './toolbar.ts';

const POPUP_PAGE = 'src/popup/index.html';

let database: Promise<Db> | null = null;
const db = () => (database ??= openDatabase());

async function readBundled(): Promise<string> {
  const response = await fetch(browser.runtime.getURL('data/psf-dataset.json'));
  if (!response.ok) throw new Error(`bundled dataset unreadable: HTTP ${response.status}`);
  return response.text();
}

/** Replaces the content script's match rules in storage with those of the dataset in the database. */
async function publishRules(database: Db): Promise<void> {
  const entries = ruleEntries(compileIndex(await readProducts(database)));
  const stale = Object.keys(await browser.storage.local.get(null)).filter(
    (key) => key.startsWith(RULES_PREFIX) && !(key in entries),
  );
  await browser.storage.local.set(entries);
  if (stale.length) await browser.storage.local.remove(stale);
}

export const WORKSPACE_PAGE = 'src/options/index.html';

/** A notification for each watched product whose ratings an update changed. */
async function notifyWatched(changes: ProductChange[], meta: DatasetMeta): Promise<void> {
  for (const notice of await watchedNotices(await db(), changes, meta)) {
    await browser.notifications.create(notice.id, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('icons/icon-128.png'),
      title: notice.title,
      message: notice.message,
    });
  }
}

async function setToolbar(tabId: number, state: ToolbarState): Promise<void> {
  const look = toolbarLook(state);
  try {
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: look.text }),
      browser.action.setBadgeBackgroundColor({ tabId, color: look.color }),
      browser.action.setBadgeTextColor?.({ tabId, color: '#ffffff' }),
      browser.action.setTitle({ tabId, title: look.title }),
    ]);
  } catch {
    // The tab closed while we answered: nothing to show it on.
  }
}

/** `managedChanged` is for the storage.onChanged listener that index.ts registers. */
export function browserDeps(): Deps & { managedChanged(): Promise<void> } {
  const dataset = createDatasetKeeper(db, readBundled, publishRules, notifyWatched);
  const settings = browserSettings(dataset);
  return {
    db,
    dataset,
    settings,
    managedChanged: () => settings.managedChanged(),
    hiddenSites: {
      async get() {
        const { [HIDDEN_SITES_KEY]: hiddenSites } = await browser.storage.local.get(HIDDEN_SITES_KEY);
        return Array.isArray(hiddenSites) ? hiddenSites.filter((s): s is string => typeof s === 'string') : [];
      },
      set: (sites) => browser.storage.local.set({ [HIDDEN_SITES_KEY]: sites }),
    },
    tabs: {
      async url(tabId) {
        try {
          return (await browser.tabs.get(tabId)).url;
        } catch {
          return undefined;
        }
      },
      async getState(tabId) {
        const stored = await browser.storage.session.get(tabStateKey(tabId));
        return stored[tabStateKey(tabId)] as TabState | undefined;
      },
      setState: (tabId, state) => browser.storage.session.set({ [tabStateKey(tabId)]: state }),
      clearState: (tabId) => browser.storage.session.remove(tabStateKey(tabId)),
    },
    toolbar: setToolbar,
    async openDetails(tabId) {
      try {
        await browser.action.openPopup();
      } catch {
        // Where the popup cannot be opened from here (no user gesture in Firefox), show it in a tab.
        await browser.tabs.create({ url: browser.runtime.getURL(`${POPUP_PAGE}?tabId=${tabId}`) });
      }
    },
  };
}
