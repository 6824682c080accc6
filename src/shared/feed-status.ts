/** The feed's state as the background records it and the settings page shows it. */
import type { SignatureProblem } from '../core/signature.ts';

export interface FeedStatus {
  etag: string | null;
  /** The feed address that gave `etag`: a changed address starts without one. */
  etagFor?: string | null;
  lastAttempt: number | null;
  lastSuccess: number | null;
  /** What the last attempt did. */
  lastOutcome: FeedOutcome | null;
  failures: number;
  nextAttempt: number | null;
}

/**
 * Why a feed check kept the installed dataset, as a code and its values. `detail` is a library's or the browser's
 * own words (the crypto library's, a network error's), which stay as they are, or the dataset rules' first problem
 * in the rules' English, which the settings page says in its reader's language (options/feed-text.tsx).
 */
export type FeedProblem =
  | SignatureProblem
  | { code: 'not-url' }
  | { code: 'not-https' }
  | { code: 'http'; status: number }
  | { code: 'no-signature'; url: string; status: number }
  | { code: 'feed-over-cap'; max: number }
  | { code: 'signature-over-cap'; max: number }
  | { code: 'feed-truncated'; size: number; declared: number }
  | { code: 'signature-truncated'; size: number; declared: number }
  | { code: 'rules'; count: number; path: string; detail: string }
  | { code: 'rollback'; version: string; installed: string }
  | { code: 'timeout'; seconds: number }
  /** No network, or the server refused, redirected or broke off the request: fetch's own failure. */
  | { code: 'connection' }
  | { code: 'unreadable'; detail: string }
  /** The dataset passed every check but the browser had no room left to store it. */
  | { code: 'storage-full' }
  /** The dataset passed every check but storing it failed: `detail` is the browser's words. */
  | { code: 'not-stored'; detail: string };

/**
 * What a feed's last attempt found, recorded as a code and its values so the settings page says it in its
 * reader's language (options/feed-text.tsx).
 */
export type FeedNote =
  | { code: 'off' }
  | { code: 'team-off' }
  | { code: 'no-key' }
  | { code: 'updated'; version: string }
  | { code: 'up-to-date'; version: string }
  /** The feed serves an older version than the one an update of PSF Lens bundled: nothing wrong, the newer stays. */
  | { code: 'behind'; version: string; installed: string }
  | { code: 'kept'; version: string; problem: FeedProblem };

export interface FeedOutcome {
  kind: 'updated' | 'not-modified' | 'refused' | 'failed' | 'off';
  note?: FeedNote;
  /** What versions before notes recorded: an English sentence. Kept in storage across updates, and still shown. */
  message?: string;
}

/** Why a dataset that passed every check could not be stored: no room left, or the browser's own words. */
export type StoreProblem = Extract<FeedProblem, { code: 'storage-full' | 'not-stored' }>;

export function storeProblem(error: unknown): StoreProblem {
  if (error instanceof Error && error.name === 'QuotaExceededError') return { code: 'storage-full' };
  return { code: 'not-stored', detail: error instanceof Error ? error.message : String(error) };
}

/**
 * The dataset an update of PSF Lens brought that could not be stored (`version`), the one still in use (`kept`),
 * and why: recorded for the settings page until a later start stores it or keeps another by the keeper's rules.
 */
export interface BundleProblem {
  version: string;
  kept: string;
  problem: StoreProblem;
}
