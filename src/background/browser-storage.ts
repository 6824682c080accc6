/** What the background keeps in the browser's storage areas: the pages' records, lists of strings, tabs' states. */
import browser from 'webextension-polyfill';
import { catalogReader } from '../shared/i18n.ts';
import type { BundleProblem } from '../shared/feed-status.ts';
import { BUNDLE_PROBLEM_KEY, tabStateKey } from '../shared/storage-keys.ts';
import type { BundleProblemStore } from './dataset.ts';
import type { RecordStore } from './publish.ts';
import type { Deps, StringList, TabState } from './types.ts';

/** The pages' records (rule-store.ts) in storage.local, where the content script reads them. */
export const records: RecordStore = {
  get: (keys) => browser.storage.local.get(keys),
  set: (items) => browser.storage.local.set(items),
  remove: (keys) => browser.storage.local.remove(keys),
};

/** The language catalogs in PSF Lens's own package. */
export const readCatalog = catalogReader((path) => browser.runtime.getURL(path));

/** A list of strings under one storage key; anything else stored there reads as empty. */
export function storedList(key: string, area: 'local' | 'session' = 'local'): StringList {
  return {
    async get() {
      const { [key]: stored } = await browser.storage[area].get(key);
      return Array.isArray(stored) ? stored.filter((s): s is string => typeof s === 'string') : [];
    },
    set: (values) => browser.storage[area].set({ [key]: values }),
  };
}

/** The tabs' addresses from the browser, and what each shows, kept in session storage (gone with the session). */
export const browserTabs: Deps['tabs'] = {
  url: (tabId) =>
    browser.tabs
      .get(tabId)
      .then((tab) => tab.url)
      // The tab closed meanwhile.
      .catch(() => undefined),
  async getState(tabId) {
    const stored = await browser.storage.session.get(tabStateKey(tabId));
    return stored[tabStateKey(tabId)] as TabState | undefined;
  },
  setState: (tabId, state) => browser.storage.session.set({ [tabStateKey(tabId)]: state }),
  clearState: (tabId) => browser.storage.session.remove(tabStateKey(tabId)),
};

/** An update's dataset that could not be stored, in storage.local; anything else stored there reads as none. */
export const bundleProblemStore: BundleProblemStore = {
  async get() {
    const { [BUNDLE_PROBLEM_KEY]: stored } = await browser.storage.local.get(BUNDLE_PROBLEM_KEY);
    const problem = stored as Partial<BundleProblem> | undefined;
    const known = problem?.problem?.code === 'storage-full' || problem?.problem?.code === 'not-stored';
    return typeof problem?.version === 'string' && typeof problem.kept === 'string' && known
      ? (problem as BundleProblem)
      : undefined;
  },
  set: (problem) =>
    problem
      ? browser.storage.local.set({ [BUNDLE_PROBLEM_KEY]: problem })
      : browser.storage.local.remove(BUNDLE_PROBLEM_KEY),
};
