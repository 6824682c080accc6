/** The handlers' dependencies, backed by the real browser APIs. */
import browser from 'webextension-polyfill';
import {
  BADGE_TEXT_KEY,
  BUNDLE_SYNCED_KEY,
  HIDDEN_SITES_KEY,
  RECENT_PRODUCTS_KEY,
  RULES_CHECKED_KEY,
  SETTINGS_KEY,
  TAB_STATE_PREFIX,
  tabStateKey,
} from '../shared/storage-keys.ts';
import { catalogReader, languageTranslator, type Translator } from '../shared/i18n.ts';
import { storedLanguage } from '../shared/page-language.ts';
import { publishBadgeText, toolbarTranslator } from './badge-text.ts';
import { browserSearchMarks } from './browser-search-marks.ts';
import { browserSettings } from './browser-settings.ts';
import { openDatabase, readAssessments, readMeta, readProducts, type Db } from './db.ts';
import { orgViews } from './handlers/org.ts';
import { syncOrgScripts } from './org-sites.ts';
import { createRegistrations, type ScriptingApi } from './registration.ts';
import { orgFeedTarget } from './org-feed.ts';
import { publishedVersion, publishRecords, readRecord, type OwnSource, type RecordStore } from './publish.ts';
import type { SpaEntryDeps } from './spa-entry.ts';
import { toolbarState } from './describe.ts';
import { watchedNotifier } from './notifications.ts';
import { createDatasetKeeper } from './dataset.ts';
import type { Deps, StringList, TabState } from './types.ts';
import { toolbarLook, type ToolbarState } from './toolbar.ts';

const POPUP_PAGE = 'src/popup/index.html';

let database: Promise<Db> | null = null;
const db = () => (database ??= openDatabase());

async function readBundled(): Promise<string> {
  const response = await fetch(browser.runtime.getURL('data/psf-dataset.json'));
  if (!response.ok) throw new Error(`bundled dataset unreadable: HTTP ${response.status}`);
  return response.text();
}

const records: RecordStore = {
  get: (keys) => browser.storage.local.get(keys),
  set: (items) => browser.storage.local.set(items),
  remove: (keys) => browser.storage.local.remove(keys),
};

export const WORKSPACE_PAGE = 'src/options/index.html';

const readCatalog = catalogReader((path) => browser.runtime.getURL(path));

/**
 * The words of the reader's language now: the settings', else the browser's, which the i18n API holds without a
 * read (so a catalog that cannot be read costs the notice its language, never the notice).
 */
async function settingsWords(): Promise<Translator> {
  const { [SETTINGS_KEY]: stored } = await browser.storage.local.get(SETTINGS_KEY);
  return languageTranslator(storedLanguage(stored), browser.i18n, readCatalog).catch(() =>
    languageTranslator('auto', browser.i18n, readCatalog),
  );
}

/** A notification for each watched product whose ratings an update changed, in the reader's language. */
const notifyWatched = watchedNotifier(db, settingsWords, async (notice) => {
  await browser.notifications.create(notice.id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title: notice.title,
    message: notice.message,
  });
});

/**
 * The toolbar title's words: those published with the badge's, else (none published yet) the browser's language's,
 * from the i18n API with nothing read.
 */
async function toolbarWords(): Promise<Translator> {
  const { [BADGE_TEXT_KEY]: text } = await browser.storage.local.get(BADGE_TEXT_KEY);
  return text ? toolbarTranslator(text) : languageTranslator('auto', browser.i18n, readCatalog);
}

async function setToolbar(tabId: number, state: ToolbarState): Promise<void> {
  const look = toolbarLook(state, await toolbarWords());
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

/** A list of strings under one storage.local key; anything else stored there reads as empty. */
function storedList(key: string, area: 'local' | 'session' = 'local'): StringList {
  return {
    async get() {
      const { [key]: stored } = await browser.storage[area].get(key);
      return Array.isArray(stored) ? stored.filter((s): s is string => typeof s === 'string') : [];
    },
    set: (values) => browser.storage[area].set({ [key]: values }),
  };
}

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
  searchMarks: { reconcile(): Promise<unknown> };
  /** At every start and when the settings change: the badge's words in the language they should be in. */
  badgeText(): Promise<void>;
}

/** The organisation's own products and their latest assessments: every organisation dataset, PAI's excluded later. */
async function ownSource(deps: Deps): Promise<OwnSource> {
  const views = await orgViews(deps);
  return {
    products: views.flatMap((v) => v.dataset.products),
    assessments: views.flatMap((v) => v.dataset.assessments),
  };
}

/** The manifest's content script, as dynamic registrations copy it. */
function manifestScript() {
  const [script] = browser.runtime.getManifest().content_scripts ?? [];
  const js = script?.js?.[0];
  return js ? { js, runAt: script?.run_at, matches: script?.matches ?? [] } : null;
}

// One sync at a time: two concurrent registrations of one script id would fail.
let sites: Promise<unknown> = Promise.resolve();

function syncSites(deps: Deps): Promise<void> {
  const next = sites.then(async () => {
    const [own, rated] = await Promise.all([ownSource(deps), deps.db().then(readProducts)]);
    const ratedIds = new Set(rated.map((p) => p.id));
    await syncOrgScripts({
      products: async () => own.products.filter((p) => !ratedIds.has(p.id)),
      granted: async () => (await browser.permissions.getAll()).origins ?? [],
      script: manifestScript(),
      scripting: browser.scripting as unknown as ScriptingApi,
    });
  });
  sites = next.catch((error: unknown) => console.error('PSF Lens could not register its organisation sites:', error));
  return next;
}

/** After the organisation's assessments change: publish the pages' records again, then follow with the scripts. */
async function orgChanged(deps: Deps & { syncOrgSites(): Promise<void> }): Promise<void> {
  const database = await deps.db();
  const meta = await readMeta(database);
  if (meta) {
    const [products, assessments] = await Promise.all([readProducts(database), readAssessments(database)]);
    await publishRecords(records, { version: meta.version, products, assessments }, await ownSource(deps));
  }
  await deps.syncOrgSites();
}

/** The content script's file in this build (crxjs names it), as the manifest lists it. */
function contentScriptFile(): string | undefined {
  return browser.runtime.getManifest().content_scripts?.[0]?.js?.[0];
}

export function browserDeps(): BrowserDeps {
  // The organisation's products are published with PAI's, so a new dataset keeps them on their pages.
  const dataset = createDatasetKeeper(
    db,
    readBundled,
    async (source) => publishRecords(records, source, await ownSource(self)),
    notifyWatched,
  );
  const org = { changed: () => orgChanged(self) };
  const settings = browserSettings(
    dataset,
    orgFeedTarget(db, () => org.changed()),
  );
  // One queue for every content script PSF Lens registers at run time.
  const registrations = createRegistrations(browser.scripting as unknown as ScriptingApi);
  const self: BrowserDeps = {
    db,
    dataset,
    settings,
    org,
    syncOrgSites: () => syncSites(self),
    managedChanged: () => settings.managedChanged(),
    searchMarks: browserSearchMarks(settings, registrations),
    async badgeText() {
      const { version } = browser.runtime.getManifest();
      if (await publishBadgeText(browser.storage.local, browser.i18n, readCatalog, version)) await retitleTabs();
    },
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
        await dataset.resume(published);
      } else {
        await dataset.syncBundled();
        await browser.storage.local.set({ [BUNDLE_SYNCED_KEY]: version });
        // Registered scripts persist across sessions; grants and organisation changes sync them as they happen. So
        // they are brought in line on install and update only, not at each of the many starts of a worker.
        await syncSites(self);
      }
      await browser.storage.local.set({ [RULES_CHECKED_KEY]: await publishedVersion(records) });
    },
    records: { read: (url) => readRecord(records, url) },
    spaEntry: {
      record: (url) => readRecord(records, url),
      async inject(tabId) {
        const file = contentScriptFile();
        if (file) await browser.scripting.executeScript({ target: { tabId }, files: [file] });
      },
    },
    hiddenSites: storedList(HIDDEN_SITES_KEY),
    // Which rated products were seen is about the user's browsing: kept for this browser session only.
    recent: storedList(RECENT_PRODUCTS_KEY, 'session'),
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
  return self;
}
