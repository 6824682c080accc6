/**
 * The background: only wiring. Every listener is registered here, once, synchronously at start-up, since the
 * worker may be stopped at any moment and only listeners registered in its first turn wake it again.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { browserDeps, WORKSPACE_PAGE } from './browser-deps.ts';
import { FEED_ALARM, ORG_FEED_ALARM } from './browser-settings.ts';
import { createHandlers } from './handlers/index.ts';
import { lookupHandlers } from './handlers/lookup.ts';
import { onNoticeClicked } from './browser-notices.ts';
import { noticeProduct } from './notifications.ts';
import { route } from './router.ts';
import type { Handlers } from './types.ts';
import { CONTENT_MESSAGES, type ContentMessageType } from '../shared/protocol.ts';
import { SETTINGS_KEY } from '../shared/storage-keys.ts';
import { injectOpenTabs, onTabAddress } from './spa-entry.ts';
import { renewAtFirstStart } from './cut-off-badges.ts';

/** The longest an answer waits for the worker's start-up work. */
const START_WAIT_MS = 5000;

const deps = browserDeps();
const self = { id: browser.runtime.id, origin: browser.runtime.getURL('') };

// At every start, install and update included: loads the bundled dataset once per version of PSF Lens (and then
// registers the organisation's sites), and publishes the badge's records again where a worker stopped half-way.
const started = deps.resume().catch((error: unknown) => console.error('PSF Lens could not load its dataset:', error));
// PSF Lens's pages wait for that start (a few storage reads on a usual wake; the new dataset after an update), so a
// page opened right after an update reads the dataset it brought, not the one it replaces. Bounded, so a start that
// never settles cannot silence the extension.
const startedOrLate = Promise.race([started, new Promise((resolve) => setTimeout(resolve, START_WAIT_MS))]);

// Firefox: an update, or PSF Lens switched off and on again, leaves the old run's badges dead in the open tabs (see
// cut-off-badges.ts): at a run's first start they go. The records already published serve to find the rated tabs;
// the new script follows the new dataset's records as they come.
if (deps.cutOff)
  void renewAtFirstStart(deps.cutOff, () => browser.tabs.query({})).catch((error: unknown) =>
    console.error('PSF Lens could not renew its badge in the open tabs:', error),
  );

/**
 * A content script's messages need nothing of the start: each is checked against its host's published record, the
 * one its page read. So the toolbar follows the badge at once, also on the first page after install, while the
 * install is still storing the dataset (seconds, for a large one).
 */
function fromPageScript(message: unknown): boolean {
  return (CONTENT_MESSAGES as readonly unknown[]).includes((message as { type?: unknown } | null)?.type);
}

/**
 * The content script's messages have their own handlers (the lookup's, which must answer every one of them: the type
 * says so). The others, for PSF Lens's pages, are made at the first page's message: most wakes of the worker are a
 * vendor page's report, and compiling every page's handlers there held 5 KB of its heap for nothing.
 */
const pageScriptHandlers: Pick<Handlers, ContentMessageType> = lookupHandlers(deps);
let allHandlers: Handlers | undefined;

browser.runtime.onMessage.addListener(async (message: unknown, sender: Runtime.MessageSender) => {
  if (fromPageScript(message)) return route(pageScriptHandlers, message, sender, self);
  await startedOrLate;
  return route((allHandlers ??= createHandlers(deps)), message, sender, self);
});

// The feeds run on their alarms; an administrator's policy changing arms them again.
browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === FEED_ALARM) void deps.settings.feed.run();
  if (alarm.name === ORG_FEED_ALARM) void deps.settings.orgFeed.run();
});
// Search result marks: registered while switched on and granted, unregistered as soon as either goes. Registered
// scripts persist, so they are brought in line when the settings or the grants change, and when the browser starts
// and PSF Lens is installed or updated, not at each of the worker's many wakes (3 KB of its heap each time).
const reconcileSearchMarks = () =>
  void deps.searchMarks.reconcile().catch((error: unknown) => console.error('PSF Lens search marks:', error));
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'managed') void deps.managedChanged();
  if (area === 'local' && SETTINGS_KEY in changes) {
    reconcileSearchMarks();
    // A new language for the badge's words (nothing is written while the language stays).
    deps.badgeText().catch((error: unknown) => console.error('PSF Lens could not publish the badge words:', error));
  }
});
// Alarms outlive the worker, and Chromium may drop them when the browser restarts: armed again when the browser
// starts, when PSF Lens is installed or updated, and when the settings or the policy change, not at every wake-up.
// The search marks' registration at the same moments.
const rearm = () => {
  void Promise.all([deps.settings.feed.reschedule(), deps.settings.orgFeed.reschedule()]);
  reconcileSearchMarks();
};
browser.runtime.onStartup.addListener(rearm);

// Once, when PSF Lens is installed (never on an update or a browser update), once the dataset is in: the badge in
// the tabs already open on a rated page (often the one PSF Lens was installed from), then the welcome page. Opened
// at the install itself, the welcome page's start competed with the install's work for the machine, and so with the
// badge of a vendor page opened meanwhile; now it opens on a dataset already there, without a loading state.
browser.runtime.onInstalled.addListener(({ reason }) => {
  rearm();
  if (reason === 'install')
    void startedOrLate.then(async () => {
      await browser.tabs
        .query({})
        .then((tabs) => injectOpenTabs(deps.spaEntry, tabs))
        .catch((error: unknown) => console.error('PSF Lens could not show its badge in the open tabs:', error));
      await browser.tabs.create({ url: browser.runtime.getURL(`${WORKSPACE_PAGE}#/welcome`) });
    });
});

// A rating-change notification opens the product's page in the workspace, with its history.
onNoticeClicked(async (id) => {
  const productId = noticeProduct(id);
  if (productId)
    await browser.tabs.create({
      url: browser.runtime.getURL(`${WORKSPACE_PAGE}#/product/${encodeURIComponent(productId)}`),
    });
});

// Chromium has no filter for this event: it wakes the worker for every tab's update, without the address
// unless PSF Lens may see it, so anything without an address returns at once. Firefox filters it itself.
browser.tabs.onUpdated.addListener((tabId, change) => {
  void onTabAddress(deps.spaEntry, tabId, change.url);
});

// The organisation's own products' sites and the search result marks: their scripts run only while the user
// grants the hosts (withdrawn in the browser's own settings too).
const permissionsChanged = () => {
  void deps.syncOrgSites();
  reconcileSearchMarks();
};
browser.permissions.onAdded.addListener(permissionsChanged);
browser.permissions.onRemoved.addListener(permissionsChanged);

browser.tabs.onRemoved.addListener((tabId) => {
  void deps.tabs.clearState(tabId);
});
