/**
 * Keeps the dataset current from the configured feed: one attempt on the schedule or on demand, the outcome
 * recorded for the user to see, the next attempt scheduled (sooner after a failure, backing off). Without a feed,
 * or when it fails, the dataset already installed keeps serving.
 */
import { storeProblem, type FeedNote, type FeedStatus } from '../shared/feed-status.ts';
import type { Settings } from '../shared/settings.ts';
import type { Dataset } from '../core/model.ts';
import { fetchFeed, type FeedIo, type FeedLimits } from './feed.ts';

export const EMPTY_STATUS: FeedStatus = {
  etag: null,
  etagFor: null,
  lastAttempt: null,
  lastSuccess: null,
  lastOutcome: null,
  failures: 0,
  nextAttempt: null,
};

/** After the n-th failure in a row: 5, 10, 20, 40 ... minutes, never later than the regular interval. */
export function retryDelayMs(failures: number, intervalHours: number): number {
  return Math.min(intervalHours * 3_600_000, 5 * 60_000 * 2 ** Math.max(0, failures - 1));
}

/** Where a runner's dataset goes: the PSF dataset's keeper, or the organisation's team feed copy. */
export interface FeedTarget {
  /**
   * The installed dataset's version (a version no feed is older than when there is none yet), and where it came from
   * when that may be PSF Lens's own package (the PSF dataset's keeper says so; a team feed's copy is always a feed's).
   */
  ensure(feedUrl: string): Promise<{ version: string; source?: 'bundled' | 'feed' }>;
  installFeed(dataset: Dataset, feedUrl: string): Promise<{ version: string }>;
}

/** Which of the settings' feeds a runner keeps, and what it says when none is set. */
export interface FeedChoice {
  url: string;
  publicKey: string;
  off: FeedNote;
}

/** The PSF dataset's feed: the default. The organisation's team feed picks its own keys with the same rules. */
export const PSF_FEED = (s: Settings): FeedChoice => ({
  url: s.feedUrl,
  publicKey: s.feedPublicKey,
  off: { code: 'off' },
});

export interface FeedRunnerDeps {
  settings(): Promise<Settings>;
  feed?: (settings: Settings) => FeedChoice;
  status: { get(): Promise<FeedStatus>; set(status: FeedStatus): Promise<void> };
  keeper: FeedTarget;
  io: FeedIo;
  /** Arms the single feed alarm for `when`, or clears it with null. */
  schedule(when: number | null): Promise<void>;
  now(): number;
  limits?: FeedLimits;
}

/** A failed or refused attempt: the last good dataset stays, and the next try comes sooner, backing off. */
function failed(
  previous: FeedStatus,
  now: number,
  settings: Settings,
  kind: 'refused' | 'failed',
  note: FeedNote,
): FeedStatus {
  const failures = previous.failures + 1;
  return {
    ...previous,
    lastAttempt: now,
    failures,
    nextAttempt: now + retryDelayMs(failures, settings.updateIntervalHours),
    lastOutcome: { kind, note },
  };
}

export function createFeedRunner(deps: FeedRunnerDeps) {
  let running: Promise<FeedStatus> | null = null;

  async function attempt(): Promise<FeedStatus> {
    const settings = await deps.settings();
    const feed = (deps.feed ?? PSF_FEED)(settings);
    const previous = await deps.status.get();
    const now = deps.now();
    if (!feed.url) {
      const off: FeedStatus = {
        ...previous,
        lastOutcome: { kind: 'off', note: feed.off },
        nextAttempt: null,
      };
      await Promise.all([deps.status.set(off), deps.schedule(null)]);
      return off;
    }
    if (!feed.publicKey) {
      const refused: FeedStatus = {
        ...previous,
        lastAttempt: now,
        lastOutcome: { kind: 'refused', note: { code: 'no-key' } },
        nextAttempt: null,
      };
      await Promise.all([deps.status.set(refused), deps.schedule(null)]);
      return refused;
    }
    const installed = await deps.keeper.ensure(feed.url);
    const result = await fetchFeed(
      { url: feed.url, publicKey: feed.publicKey },
      // Another feed's ETag could name different bytes: a 304 from the new address would then keep the wrong data.
      { version: installed.version, etag: previous.etagFor === feed.url ? previous.etag : null },
      deps.io,
      deps.limits,
    );
    const interval = settings.updateIntervalHours * 3_600_000;
    const succeeded = (kind: 'updated' | 'not-modified', etag: string | null, note: FeedNote): FeedStatus => ({
      etag,
      etagFor: feed.url,
      lastAttempt: now,
      lastSuccess: now,
      failures: 0,
      nextAttempt: now + interval,
      lastOutcome: { kind, note },
    });
    let next: FeedStatus;
    switch (result.kind) {
      case 'updated': {
        try {
          const meta = await deps.keeper.installFeed(result.dataset, feed.url);
          next = succeeded('updated', result.etag, { code: 'updated', version: meta.version });
        } catch (error) {
          // Storing the dataset failed part-way (the browser's storage full, a transaction aborted): the installed
          // dataset is whichever the store kept, the failure is recorded like the feed's own, and it is tried again.
          const kept = await deps.keeper.ensure(feed.url).catch(() => installed);
          next = failed(previous, now, settings, 'failed', {
            code: 'kept',
            version: kept.version,
            problem: storeProblem(error),
          });
        }
        break;
      }
      case 'not-modified':
        next = succeeded('not-modified', result.etag, { code: 'up-to-date', version: installed.version });
        break;
      default: {
        // Older than the dataset an update of PSF Lens brought: the feed has not caught up, nothing failed and nothing
        // is retried sooner. Older than one a feed delivered, it is a rollback, refused as such.
        if (result.problem.code === 'rollback' && installed.source === 'bundled') {
          const { version } = result.problem;
          next = succeeded('not-modified', null, { code: 'behind', version, installed: installed.version });
          break;
        }
        next = failed(previous, now, settings, result.kind, {
          code: 'kept',
          version: installed.version,
          problem: result.problem,
        });
      }
    }
    await Promise.all([deps.status.set(next), deps.schedule(next.nextAttempt)]);
    return next;
  }

  return {
    /** One attempt now; concurrent callers share it. */
    run(): Promise<FeedStatus> {
      running ??= attempt().finally(() => {
        running = null;
      });
      return running;
    },
    /** Arms the alarm from the recorded status (at start-up, and after the settings change). */
    async reschedule(): Promise<void> {
      const [settings, status] = await Promise.all([deps.settings(), deps.status.get()]);
      if (!(deps.feed ?? PSF_FEED)(settings).url) return deps.schedule(null);
      const due = status.nextAttempt ?? deps.now();
      await deps.schedule(Math.max(due, deps.now() + 1000));
    },
  };
}
