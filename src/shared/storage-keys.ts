/**
 * Every key PSF Lens keeps in extension storage, in one place, so no two modules can disagree on a name and a
 * new key is seen next to the others. IndexedDB (the dataset and the user's data) is the background's, in `db.ts`.
 */

/** storage.local: the user's settings (versioned, see settings.ts). */
export const SETTINGS_KEY = 'settings';
/** storage.local: sites where the user hid the in-page badge. */
export const HIDDEN_SITES_KEY = 'hiddenSites';
/** storage.local: the products the user viewed lately, newest first: product ids only, never an address. */
export const RECENT_PRODUCTS_KEY = 'recentProducts';
/** storage.local: the feed's last outcome and next attempt. */
export const FEED_STATUS_KEY = 'feedStatus';
/** storage.local: the organisation's team feed's last outcome and next attempt. */
export const ORG_FEED_STATUS_KEY = 'orgFeedStatus';
/** storage.local: the administrator's policy as last read, for answers that cannot wait for the policy service. */
export const MANAGED_MIRROR_KEY = 'managedMirror';
/** storage.local: what the in-page badge needs, one key per host (`rules:<host>`, see rule-store.ts). */
export const RULES_PREFIX = 'rules:';
export const rulesKey = (host: string) => `${RULES_PREFIX}${host}`;
/**
 * storage.local: the in-page badge's words (and the toolbar title's) in the language chosen, see badge-text.ts.
 * A short name: the content script, which every vendor page pays for, carries it.
 */
export const BADGE_TEXT_KEY = 'badge';
/**
 * storage.local: the dataset version the published host records were made from, written after them: a worker
 * stopped between storing a dataset and publishing its records is seen at the next start, which publishes again.
 */
export const RULES_VERSION_KEY = 'rulesVersion';
/**
 * storage.local: the records' version (RULES_VERSION_KEY) as last found equal to the stored dataset's. While the two
 * agree, a worker's start has nothing to repair and leaves the database closed.
 */
export const RULES_CHECKED_KEY = 'rulesChecked';
/** storage.local: the version of PSF Lens whose bundled dataset was last loaded (install and update). */
export const BUNDLE_SYNCED_KEY = 'bundleSynced';
/** storage.local: the dataset an update brought that could not be stored, and the one kept (see dataset.ts). */
export const BUNDLE_PROBLEM_KEY = 'bundleProblem';
/** storage.session: set at PSF Lens's first start in a run (emptied by an update, by switching it on, by the browser's start). */
export const RUN_STARTED_KEY = 'started';
/** storage.session: what a tab's content script last reported (`tab:<id>`), so a restarted worker still knows. */
export const TAB_STATE_PREFIX = 'tab:';
export const tabStateKey = (tabId: number) => `${TAB_STATE_PREFIX}${tabId}`;
