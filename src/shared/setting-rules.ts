/**
 * The limits a feed's settings keep, in one place for the settings' schema (settings.ts, in the background) and
 * the settings page's own check before a save (options/settings-problems.ts), which must not load the schema's
 * library: the page says the same as the background would, in the page's language.
 */

/** The longest feed address. */
export const FEED_URL_MAX = 2048;

/** A feed is fetched over https only. */
export const FEED_SCHEME = 'https://';

/** A pinned Ed25519 public key, base64: 32 bytes, 44 characters. */
export const FEED_KEY = /^[A-Za-z0-9+/]{43}=$/;

/** How often a feed is checked, in whole hours: at most hourly, at least every 30 days. */
export const INTERVAL_HOURS = { min: 1, max: 24 * 30 } as const;
