/** The feed's state as the background records it and the settings page shows it. */
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
 * What a feed's last attempt found, recorded as a code and its values so the settings page says it in its
 * reader's language (feed-note-text.tsx). `reason` is the feed check's own technical account (HTTP status, byte
 * caps, signature), which stays English.
 */
export type FeedNote =
  | { code: 'off' }
  | { code: 'team-off' }
  | { code: 'no-key' }
  | { code: 'updated'; version: string }
  | { code: 'up-to-date'; version: string }
  | { code: 'kept'; version: string; reason: string };

export interface FeedOutcome {
  kind: 'updated' | 'not-modified' | 'refused' | 'failed' | 'off';
  note?: FeedNote;
  /** What versions before notes recorded: an English sentence. Kept in storage across updates, and still shown. */
  message?: string;
}
