/** Settings and the feed runner over the real browser: storage.local, storage.managed, alarms, fetch, WebCrypto. */
import browser from 'webextension-polyfill';
import type { FeedStatus } from '../shared/feed-status.ts';
import { parseDataset } from '../core/schema.ts';
import {
  effectiveSettings,
  managedDatasets,
  migrateSettings,
  SETTINGS_VERSION,
  type Settings,
} from '../shared/settings.ts';
import type { DatasetKeeper } from './dataset.ts';
import { createFeedRunner, EMPTY_STATUS } from './feed-runner.ts';
import type { SettingsDeps } from './settings-handlers.ts';

export const FEED_ALARM = 'psf-lens-feed';

/**
 * Chromium answers the first storage.managed read of a session only once its policy service is up, which
 * measured 2.6 s after start: too long to hold a page's badge for. So the policy is kept in memory once read, and
 * mirrored to storage.local; a caller that cannot wait gets the mirror (the policy as last seen) while the live
 * read finishes. Managed storage throws where no policy exists (and in Firefox without one): nothing is managed.
 */
const MANAGED_WAIT_MS = 150;
let managedLive: Promise<Record<string, unknown>> | null = null;
let managedKnown: Record<string, unknown> | null = null;
let managedSlow = false;

browser.storage.onChanged.addListener((_changes, area) => {
  if (area === 'managed') {
    managedLive = null;
    managedKnown = null;
  }
});

async function readManaged(wait: boolean): Promise<Record<string, unknown>> {
  if (managedKnown) return managedKnown;
  managedLive ??= browser.storage.managed
    .get(null)
    .catch(() => ({}))
    .then(async (value: Record<string, unknown>) => {
      managedKnown = value;
      await browser.storage.local.set({ managedMirror: value });
      return value;
    });
  if (wait) return managedLive;
  // Wait a little once; while the policy service is still slow after that, answer from the mirror at once.
  const quick = managedSlow
    ? null
    : await Promise.race([managedLive, new Promise<null>((done) => setTimeout(() => done(null), MANAGED_WAIT_MS))]);
  if (quick) return quick;
  managedSlow = true;
  const { managedMirror } = await browser.storage.local.get('managedMirror');
  return managedMirror && typeof managedMirror === 'object' ? (managedMirror as Record<string, unknown>) : {};
}

async function readUser(): Promise<Settings> {
  const { settings } = await browser.storage.local.get('settings');
  return migrateSettings(settings);
}

async function readStatus(): Promise<FeedStatus> {
  const { feedStatus } = await browser.storage.local.get('feedStatus');
  return feedStatus && typeof feedStatus === 'object'
    ? { ...EMPTY_STATUS, ...(feedStatus as FeedStatus) }
    : { ...EMPTY_STATUS };
}

export function browserSettings(keeper: DatasetKeeper): SettingsDeps {
  const read = async (options: { wait?: boolean } = {}) =>
    effectiveSettings(await readUser(), await readManaged(options.wait ?? true), parseDataset);
  const runner = createFeedRunner({
    settings: async () => (await read()).settings,
    status: { get: readStatus, set: (feedStatus) => browser.storage.local.set({ feedStatus }) },
    keeper,
    io: { fetch: (input, init) => fetch(input, init), subtle: crypto.subtle },
    schedule: async (when) => {
      await browser.alarms.clear(FEED_ALARM);
      if (when !== null) await browser.alarms.create(FEED_ALARM, { when });
    },
    now: Date.now,
  });
  return {
    read,
    managedDatasets: async (options = {}) =>
      managedDatasets(await readManaged(options.wait ?? true), parseDataset).valid,
    readUser,
    writeUser: (settings) => browser.storage.local.set({ settings: { version: SETTINGS_VERSION, ...settings } }),
    feed: { run: () => runner.run(), status: readStatus, reschedule: () => runner.reschedule() },
  };
}
