/** Settings and the feed runner over the real browser: storage.local, storage.managed, alarms, fetch, WebCrypto. */
import browser from 'webextension-polyfill';
import type { FeedStatus } from '../shared/feed-status.ts';
import { FEED_STATUS_KEY, MANAGED_MIRROR_KEY, ORG_FEED_STATUS_KEY, SETTINGS_KEY } from '../shared/storage-keys.ts';
import { parseDataset } from '../core/schema.ts';
import {
  effectiveSettings,
  managedDatasets,
  migrateSettings,
  SETTINGS_VERSION,
  type Settings,
} from '../shared/settings.ts';
import type { DatasetKeeper } from './dataset.ts';
import { createFeedRunner, EMPTY_STATUS, type FeedTarget } from './feed-runner.ts';
import { ORG_FEED } from './org-feed.ts';
import type { SettingsDeps } from './types.ts';

export const FEED_ALARM = 'psf-lens-feed';
export const ORG_FEED_ALARM = 'psf-lens-org-feed';

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
      .then((value: Record<string, unknown>) => {
        known = value;
        // The mirror is for a later worker's callers that cannot wait, not for this answer: not waited for, and a
        // mirror that cannot be written (storage full) costs the mirror only, not every read of the settings.
        browser.storage.local
          .set({ [MANAGED_MIRROR_KEY]: value })
          .catch((error: unknown) => console.error('PSF Lens could not keep the policy as last seen:', error));
        return value;
      });
    if (wait) return live;
    // Wait a little once; while the policy service is still slow after that, answer from the mirror at once.
    const quick = slow
      ? null
      : await Promise.race([live, new Promise<null>((done) => setTimeout(() => done(null), MANAGED_WAIT_MS))]);
    // Stryker disable next-line ConditionalExpression: the mirror holds what the live read has just answered.
    if (quick) return quick;
    slow = true;
    const { [MANAGED_MIRROR_KEY]: mirror } = await browser.storage.local.get(MANAGED_MIRROR_KEY);
    // Stryker disable next-line ConditionalExpression,LogicalOperator: the settings read any non-object as no policy.
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

/** A feed's recorded status under its storage key. */
function statusStore(key: string) {
  return {
    async get(): Promise<FeedStatus> {
      const { [key]: stored } = await browser.storage.local.get(key);
      return stored && typeof stored === 'object'
        ? { ...EMPTY_STATUS, ...(stored as FeedStatus) }
        : { ...EMPTY_STATUS };
    },
    set: (status: FeedStatus) => browser.storage.local.set({ [key]: status }),
  };
}

/**
 * A feed's status as recorded, its next check as the browser has it armed. A feed just saved has its alarm but no
 * attempt recorded yet, and a feed switched off keeps the time of a check that will not come: the alarm knows both.
 */
const statusWithAlarm = (store: ReturnType<typeof statusStore>, name: string) => async (): Promise<FeedStatus> => {
  const [status, armed] = await Promise.all([store.get(), browser.alarms.get(name)]);
  return { ...status, nextAttempt: armed?.scheduledTime ?? null };
};

/** A feed's single alarm, armed for `when` or cleared. */
const alarm = (name: string) => async (when: number | null) => {
  await browser.alarms.clear(name);
  if (when !== null) await browser.alarms.create(name, { when });
};

/** `managedChanged` is for the one storage.onChanged listener, which index.ts registers. */
export function browserSettings(
  keeper: DatasetKeeper,
  orgTarget: FeedTarget,
): SettingsDeps & { managedChanged(): Promise<void> } {
  const managed = managedPolicy();
  const read = async (options: { wait?: boolean } = {}) =>
    effectiveSettings(await readUser(), await managed.read(options.wait ?? true), parseDataset);
  const io = { fetch: (input: RequestInfo | URL, init?: RequestInit) => fetch(input, init), subtle: crypto.subtle };
  const settings = async () => (await read()).settings;
  const psfStatus = statusStore(FEED_STATUS_KEY);
  const orgStatus = statusStore(ORG_FEED_STATUS_KEY);
  const runner = createFeedRunner({
    settings,
    status: psfStatus,
    keeper,
    io,
    schedule: alarm(FEED_ALARM),
    now: Date.now,
  });
  const orgRunner = createFeedRunner({
    settings,
    feed: ORG_FEED,
    status: orgStatus,
    keeper: orgTarget,
    io,
    schedule: alarm(ORG_FEED_ALARM),
    now: Date.now,
  });
  return {
    read,
    managedDatasets: async (options = {}) =>
      managedDatasets(await managed.read(options.wait ?? true), parseDataset).valid,
    readUser,
    writeUser: (settings) => browser.storage.local.set({ [SETTINGS_KEY]: { version: SETTINGS_VERSION, ...settings } }),
    feed: {
      run: () => runner.run(),
      status: statusWithAlarm(psfStatus, FEED_ALARM),
      reschedule: () => runner.reschedule(),
    },
    orgFeed: {
      run: () => orgRunner.run(),
      status: statusWithAlarm(orgStatus, ORG_FEED_ALARM),
      reschedule: () => orgRunner.reschedule(),
    },
    async managedChanged() {
      managed.forget();
      await Promise.all([runner.reschedule(), orgRunner.reschedule()]);
    },
  };
}
