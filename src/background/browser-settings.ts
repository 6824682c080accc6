/** Settings and the feed runner over the real browser: storage.local, storage.managed, alarms, fetch, WebCrypto. */
import browser from 'webextension-polyfill';
import type { FeedStatus } from '../shared/feed-status.ts';
import { FEED_STATUS_KEY, MANAGED_MIRROR_KEY, SETTINGS_KEY } from '../shared/storage-keys.ts';
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
import type { SettingsDeps } from './types.ts';

export const FEED_ALARM = 'psf-lens-feed';

/**
 * Chromium answers the first storage.managed read of a session only once its policy service is up, which
 * measured 2.6 s after start: too long to hold a page's badge for. So the policy is kept in memory once read, and
 * mirrored to storage.local; a caller that cannot wait gets the mirror (the policy as last seen) while the live
 * read finishes. Managed storage throws where no policy exists (and in Firefox without one): nothing is managed.
 */
const MANAGED_WAIT_MS = 150;

/** The administrator's policy, read once and kept until it changes. */
function managedPolicy() {
  let live: Promise<Record<string, unknown>> | null = null;
  let known: Record<string, unknown> | null = null;
  let slow = false;

  async function read(wait: boolean): Promise<Record<string, unknown>> {
    if (known) return known;
    live ??= browser.storage.managed
      .get(null)
      .catch(() => ({}))
      .then(async (value: Record<string, unknown>) => {
        known = value;
        await browser.storage.local.set({ [MANAGED_MIRROR_KEY]: value });
        return value;
      });
    if (wait) return live;
    // Wait a little once; while the policy service is still slow after that, answer from the mirror at once.
    const quick = slow
      ? null
      : await Promise.race([live, new Promise<null>((done) => setTimeout(() => done(null), MANAGED_WAIT_MS))]);
    if (quick) return quick;
    slow = true;
    const { [MANAGED_MIRROR_KEY]: mirror } = await browser.storage.local.get(MANAGED_MIRROR_KEY);
    return mirror && typeof mirror === 'object' ? (mirror as Record<string, unknown>) : {};
  }

  return {
    read,
    /** The policy changed: the next read asks the browser again. */
    forget() {
      live = null;
      known = null;
    },
  };
}

async function readUser(): Promise<Settings> {
  const { [SETTINGS_KEY]: settings } = await browser.storage.local.get(SETTINGS_KEY);
  return migrateSettings(settings);
}

async function readStatus(): Promise<FeedStatus> {
  const { [FEED_STATUS_KEY]: feedStatus } = await browser.storage.local.get(FEED_STATUS_KEY);
  return feedStatus && typeof feedStatus === 'object'
    ? { ...EMPTY_STATUS, ...(feedStatus as FeedStatus) }
    : { ...EMPTY_STATUS };
}

/** `managedChanged` is for the one storage.onChanged listener, which index.ts registers. */
export function browserSettings(keeper: DatasetKeeper): SettingsDeps & { managedChanged(): Promise<void> } {
  const managed = managedPolicy();
  const read = async (options: { wait?: boolean } = {}) =>
    effectiveSettings(await readUser(), await managed.read(options.wait ?? true), parseDataset);
  const runner = createFeedRunner({
    settings: async () => (await read()).settings,
    status: { get: readStatus, set: (feedStatus) => browser.storage.local.set({ [FEED_STATUS_KEY]: feedStatus }) },
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
      managedDatasets(await managed.read(options.wait ?? true), parseDataset).valid,
    readUser,
    writeUser: (settings) => browser.storage.local.set({ [SETTINGS_KEY]: { version: SETTINGS_VERSION, ...settings } }),
    feed: { run: () => runner.run(), status: readStatus, reschedule: () => runner.reschedule() },
    async managedChanged() {
      managed.forget();
      await runner.reschedule();
    },
  };
}
