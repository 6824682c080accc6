/** The handlers' dependencies, backed by the real browser APIs. */
import browser from 'webextension-polyfill';
import {
  BUNDLE_SYNCED_KEY,
  HIDDEN_SITES_KEY,
  RECENT_PRODUCTS_KEY,
  RULES_CHECKED_KEY,
  RUN_STARTED_KEY,
} from '../shared/storage-keys.ts';
import { browserNotifier } from './browser-notices.ts';
import { manifestScript, orgChanged, ownSource, syncSites } from './browser-org.ts';
import { browserSearchMarks } from './browser-search-marks.ts';
import { browserSettings } from './browser-settings.ts';
import { browserTabs, bundleProblemStore, records, storedList } from './browser-storage.ts';
import { publishToolbarWords, setToolbar } from './browser-toolbar.ts';
import { createDatasetKeeper } from './dataset.ts';
import { openDatabase, type Db } from './db.ts';
import { orgFeedTarget } from './org-feed.ts';
import { publishedVersion, publishRecords, readRecord, withdrawRecords } from './publish.ts';
import { createRegistrations, type ScriptingApi } from './registration.ts';
import type { SpaEntryDeps } from './spa-entry.ts';
import { removeBadges, type CutOffDeps } from './cut-off-badges.ts';
import type { Deps } from './types.ts';

const POPUP_PAGE = 'src/popup/index.html';

let database: Promise<Db> | null = null;
const db = () => (database ??= openDatabase());

async function readBundled(): Promise<string> {
  const response = await fetch(browser.runtime.getURL('data/psf-dataset.json'));
  if (!response.ok) throw new Error(`bundled dataset unreadable: HTTP ${response.status}`);
  return response.text();
}

/** The record a page at an address reads: for the toolbar, and for a page that changed address in place. */
const pageRecord = (url: string) => readRecord(records, url);

export const WORKSPACE_PAGE = 'src/options/index.html';

export interface BrowserDeps extends Deps {
  /** For permissions.onAdded and onRemoved: the organisation's sites follow the user's grants. */
  syncOrgSites(): Promise<void>;
  /** For the storage.onChanged listener that index.ts registers. */
  managedChanged(): Promise<void>;
  /**
   * At every worker start and on install: loads the bundled dataset of this version of PSF Lens if it was not
   * loaded yet (a worker stopped during an update's load), and publishes the badge's records again if they are not
   * the stored dataset's.
   */
  resume(): Promise<void>;
  spaEntry: SpaEntryDeps;
  /**
   * Where an update, or switching PSF Lens off and on, stops the old run's content scripts and brings the new one's
   * to the open tabs (Firefox, where PSF Lens runs in a background page, not a service worker): see
   * cut-off-badges.ts. Undefined elsewhere.
   */
  cutOff: CutOffDeps | undefined;
  searchMarks: { reconcile(): Promise<unknown> };
  /** At every start and when the settings change: the badge's words in the language they should be in. */
  badgeText(): Promise<void>;
}

/** `make`'s value, made at the first call. */
function madeOnce<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

const spaEntry: SpaEntryDeps = {
  record: pageRecord,
  async inject(tabId) {
    const script = manifestScript();
    if (script) await browser.scripting.executeScript({ target: { tabId }, files: [script.js] });
  },
};

export function browserDeps(): BrowserDeps {
  // The dataset's keeper, the settings and the search marks are made at their first use. Most of the worker's
  // wakes are a vendor page's report, which uses none of them, and making them at every start held 16 KB of its
  // heap.
  // The organisation's products are published with PAI's, so a new dataset keeps them on their pages.
  const dataset = madeOnce(() =>
    createDatasetKeeper(
      db,
      readBundled,
      async (source) => (source ? publishRecords(records, source, await ownSource(self)) : withdrawRecords(records)),
      browserNotifier(db),
      bundleProblemStore,
    ),
  );
  const org = { changed: () => orgChanged(self) };
  const settings = madeOnce(() =>
    browserSettings(
      dataset(),
      orgFeedTarget(db, () => org.changed()),
    ),
  );
  const searchMarks = madeOnce(() =>
    browserSearchMarks(settings(), createRegistrations(browser.scripting as unknown as ScriptingApi)),
  );
  const self: BrowserDeps = {
    db,
    get dataset() {
      return dataset();
    },
    get settings() {
      return settings();
    },
    org,
    syncOrgSites: () => syncSites(self),
    managedChanged: () => settings().managedChanged(),
    get searchMarks() {
      return searchMarks();
    },
    badgeText: publishToolbarWords,
    async resume() {
      // The badge's words first: a page waits for them as it waits for its host's record. Without them the
      // dataset still loads (the toolbar and the popup work), and the next start or settings change tries again.
      await self
        .badgeText()
        .catch((error: unknown) => console.error('PSF Lens could not publish the badge words:', error));
      const { version } = browser.runtime.getManifest();
      const { [BUNDLE_SYNCED_KEY]: synced, [RULES_CHECKED_KEY]: checked } = await browser.storage.local.get([
        BUNDLE_SYNCED_KEY,
        RULES_CHECKED_KEY,
      ]);
      if (synced === version) {
        const published = await publishedVersion(records);
        // Records already found to match the stored dataset: nothing half-done to repair, and the database stays
        // closed at this start (opening it at each of a worker's many starts held about 35 KB of its heap).
        if (published !== undefined && published === checked) return;
        await dataset().resume(published);
      } else {
        await dataset().syncBundled();
        await browser.storage.local.set({ [BUNDLE_SYNCED_KEY]: version });
        // Registered scripts persist across sessions; grants and organisation changes sync them as they happen. So
        // they are brought in line on install and update only, not at each of the many starts of a worker.
        await syncSites(self);
      }
      await browser.storage.local.set({ [RULES_CHECKED_KEY]: await publishedVersion(records) });
    },
    records: { read: pageRecord },
    spaEntry,
    cutOff:
      'ServiceWorkerGlobalScope' in globalThis
        ? undefined
        : {
            ...spaEntry,
            clear: (tabId) => browser.scripting.executeScript({ target: { tabId }, func: removeBadges }),
            async firstStart() {
              const { [RUN_STARTED_KEY]: started } = await browser.storage.session.get(RUN_STARTED_KEY);
              if (started) return false;
              await browser.storage.session.set({ [RUN_STARTED_KEY]: true });
              return true;
            },
          },
    hiddenSites: storedList(HIDDEN_SITES_KEY),
    // Which rated products were seen is about the user's browsing: kept for this browser session only.
    recent: storedList(RECENT_PRODUCTS_KEY, 'session'),
    tabs: browserTabs,
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
  return self;
}
