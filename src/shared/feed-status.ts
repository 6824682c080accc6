/** The feed's state as the background records it and the settings page shows it. */
export interface FeedStatus {
  etag: string | null;
  /** The feed address that gave `etag`: a changed address starts without one. */
  etagFor?: string | null;
  lastAttempt: number | null;
  lastSuccess: number | null;
  /** What the last attempt did, said for the user. */
  lastOutcome: { kind: 'updated' | 'not-modified' | 'refused' | 'failed' | 'off'; message: string } | null;
  failures: number;
  nextAttempt: number | null;
}
