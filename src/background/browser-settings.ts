/** Settings and the feed runner over the real browser: storage.local, storage.managed, alarms, fetch, WebCrypto. */
import browser from 'webextension-polyfill';
import type { FeedStatus } from '../shared/feed-status.ts';
import { parseDataset } from '../core/schema.ts';
import { effectiveSettings, managedDatasets, migrateSettings, SETTINGS_VERSION, type Settings } from '../shared/settings.ts';
import type { DatasetKeeper } from './dataset.ts';
import { createFeedRunner, EMPTY_STATUS } from './feed-runner.ts';
import type { SettingsDeps } from './settings-handlers.ts';

export const FEED_ALARM = 'psf-lens-feed';

/** Managed storage throws where no policy exists (and in Firefox without one): that means nothing is managed. */
async function readManaged(): Promise<Record<string, unknown>> {
  try {
    return await browser.storage.managed.get(null);
  } catch {
    return {};
  }
}

async function readUser(): Promise<Settings> {
  const { settings } = await browser.storage.local.get('settings');
  return migrateSettings(settings);
}

async function readStatus(): Promise<FeedStatus> {
  const { feedStatus } = await browser.storage.local.get('feedStatus');
  return feedStatus && typeof feedStatus === 'object' ? { ...EMPTY_STATUS, ...(feedStatus as FeedStatus) } : { ...EMPTY_STATUS };
}

export function browserSettings(keeper: DatasetKeeper): SettingsDeps {
  const read = async () => effectiveSettings(await readUser(), await readManaged(), parseDataset);
  const runner = createFeedRunner({
    settings: async () => (await read()).settings,
    status: { get: readStatus, set: (feedStatus) => browser.storage.local.set({ feedStatus }) },
    keeper,
    io: { fetch: (input, init) => fetch(input, init), subtle: crypto.subtle },
    schedule: async (when) => {
      await browser.alarms.clear(FEED_ALARM);
      if (when !== null) browser.alarms.create(FEED_ALARM, { when });
    },
    now: Date.now,
  });
  return {
    read,
    managedDatasets: async () => managedDatasets(await readManaged(), parseDataset).valid,
    readUser,
    writeUser: (settings) => browser.storage.local.set({ settings: { version: SETTINGS_VERSION, ...settings } }),
    feed: { run: () => runner.run(), status: readStatus, reschedule: () => runner.reschedule() },
  };
}
