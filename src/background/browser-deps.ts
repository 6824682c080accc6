/** The handlers' dependencies, backed by the real browser APIs. */
import browser from 'webextension-polyfill';
import { compileIndex } from '../core/detect.ts';
import { RULES_PREFIX, ruleEntries } from '../shared/rule-store.ts';
import { browserSettings } from './browser-settings.ts';
import { describeChange, type ProductChange } from '../core/history.ts';
import { openDatabase, readProducts, readWatchlist, type Db, type DatasetMeta } from './db.ts';
import { createDatasetKeeper } from './dataset.ts';
import type { Deps, TabState } from './handlers.ts';
import { toolbarLook, type ToolbarState } from './toolbar.ts';

const POPUP_PAGE = 'src/popup/index.html';
const tabKey = (tabId: number) => `tab:${tabId}`;

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

/** A notification for each watched product whose ratings an update changed, naming the domains and the change. */
async function notifyWatched(changes: ProductChange[], meta: DatasetMeta): Promise<void> {
  const database = await db();
  const [watched, products] = await Promise.all([readWatchlist(database), readProducts(database)]);
  const domainName = (id: string) => meta.domains.find((d) => d.id === id)?.name ?? id;
  for (const change of changes.filter((c) => watched.includes(c.productId))) {
    const name = products.find((p) => p.id === change.productId)?.name ?? change.productId;
    await browser.notifications.create(`psf-lens:${change.productId}:${meta.version}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('icons/icon-128.png'),
      title: `PSF ratings changed: ${name}`,
      message: change.changes.map((c) => describeChange(c, domainName)).join('\n'),
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

export function browserDeps(): Deps {
  const dataset = createDatasetKeeper(db, readBundled, publishRules, notifyWatched);
  return {
    db,
    dataset,
    settings: browserSettings(dataset),
    hiddenSites: {
      async get() {
        const { hiddenSites } = await browser.storage.local.get('hiddenSites');
        return Array.isArray(hiddenSites) ? hiddenSites.filter((s): s is string => typeof s === 'string') : [];
      },
      set: (sites) => browser.storage.local.set({ hiddenSites: sites }),
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
        const stored = await browser.storage.session.get(tabKey(tabId));
        return stored[tabKey(tabId)] as TabState | undefined;
      },
      setState: (tabId, state) => browser.storage.session.set({ [tabKey(tabId)]: state }),
      clearState: (tabId) => browser.storage.session.remove(tabKey(tabId)),
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
