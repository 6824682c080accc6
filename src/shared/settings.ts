/**
 * PSF Lens's settings: versioned, with a migration from every older shape, and managed values (set by an
 * administrator through browser policy) winning over the user's. Pure: storage is the caller's.
 */
import * as v from 'valibot';
import { LOCALES, type LanguageSetting } from './locales.ts';
import { FEED_KEY, FEED_SCHEME, FEED_URL_MAX, INTERVAL_HOURS } from './setting-rules.ts';

export const SETTINGS_VERSION = 1;

export interface Settings {
  /** HTTPS address of a signed dataset feed; empty: the bundled dataset only. */
  feedUrl: string;
  /** Base64 Ed25519 public key the feed's signature must verify against. */
  feedPublicKey: string;
  /** The in-page badge; the toolbar icon and popup work either way. */
  badgeEnabled: boolean;
  updateIntervalHours: number;
  /** HTTPS address of the organisation's signed feed of its own assessments (the team's shared view); empty: none. */
  orgFeedUrl: string;
  /** Base64 Ed25519 public key of the organisation's feed: its own key, never the PSF feed's. */
  orgFeedPublicKey: string;
  /** Marks beside search results that lead to rated products; needs the user's grant of the engines' hosts. */
  searchMarks: boolean;
  /** The language of PSF Lens's pages: the browser's ('auto'), or English, German or French. */
  language: LanguageSetting;
}

export const DEFAULT_SETTINGS: Settings = {
  feedUrl: '',
  feedPublicKey: '',
  badgeEnabled: true,
  updateIntervalHours: 24,
  orgFeedUrl: '',
  orgFeedPublicKey: '',
  searchMarks: false,
  language: 'auto',
};
export const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];
/**
 * What an administrator's policy may set. Search marks are the user's alone: they need the user's own grant of
 * the search engines' hosts, which no policy gives. The language is the user's own too.
 */
export const MANAGED_KEYS = SETTING_KEYS.filter((key) => key !== 'searchMarks' && key !== 'language');

/**
 * Each setting's rule, built where it is used and dropped after, so that none of it stays in the service worker's
 * heap. A feed's address and key follow the same rules for the PSF feed and the organisation's.
 */
function fields() {
  const feedUrl = v.union([
    v.literal(''),
    v.pipe(
      v.string(),
      v.maxLength(FEED_URL_MAX),
      v.url('the feed address must be a URL'),
      v.startsWith(FEED_SCHEME, 'the feed address must be https:'),
    ),
  ]);
  const feedKey = v.union([
    v.literal(''),
    v.pipe(v.string(), v.regex(FEED_KEY, 'the public key must be a base64 Ed25519 key (44 characters)')),
  ]);

  return {
    feedUrl,
    feedPublicKey: feedKey,
    badgeEnabled: v.boolean(),
    searchMarks: v.boolean(),
    language: v.picklist(['auto', ...LOCALES], 'the language must be auto, en, de or fr'),
    updateIntervalHours: v.pipe(
      v.number(),
      v.integer(),
      v.minValue(INTERVAL_HOURS.min, 'update at most every hour'),
      v.maxValue(INTERVAL_HOURS.max, 'update at least every 30 days'),
    ),
    orgFeedUrl: feedUrl,
    orgFeedPublicKey: feedKey,
  };
}

/** A partial settings object: every field optional, unknown fields refused. Used for saves and managed policy. */
export const SettingsPatchSchema = v.lazy(() => {
  const rules = fields();
  return v.strictObject(
    Object.fromEntries(SETTING_KEYS.map((k) => [k, v.optional(rules[k])])) as {
      [K in keyof Settings]: v.OptionalSchema<ReturnType<typeof fields>[K], undefined>;
    },
  );
});

/** Any stored shape to the current one: unknown or broken fields fall back to their defaults, nothing throws. */
export function migrateSettings(stored: unknown): Settings {
  const out: Settings = { ...DEFAULT_SETTINGS };
  // With nothing to read, the rules are not built: a worker of a browser with no settings stored (every fresh
  // install) then never compiles the schema library's code they use, about 78 KB of its heap.
  // Stryker disable next-line ConditionalExpression,LogicalOperator,BooleanLiteral: it saves only that work.
  if (!stored || typeof stored !== 'object') return out;
  const raw = { ...(stored as Record<string, unknown>) };
  // Version 0 (before settings were versioned) kept the feed under `feed: { url, publicKey }`.
  if (raw.version === undefined) {
    const feed = raw.feed as { url?: unknown; publicKey?: unknown } | null | undefined;
    raw.feedUrl ??= feed?.url;
    raw.feedPublicKey ??= feed?.publicKey;
  }
  const rules = fields();
  for (const key of SETTING_KEYS) {
    const parsed = v.safeParse(rules[key], raw[key]);
    if (parsed.success) (out as unknown as Record<string, unknown>)[key] = parsed.output;
  }
  return out;
}

/**
 * Organisation datasets set by policy (`organisationDatasets: [{ name, json }]`, the dataset as JSON text, since
 * browser policy schemas cannot describe it): each one checked by the dataset rules, the invalid ones named.
 */
export function managedDatasets(
  managed: unknown,
  parse: (text: string) => { kind: 'valid' } | { kind: 'invalid'; issues: { path: string; message: string }[] },
) {
  const raw = (managed as { organisationDatasets?: unknown } | null | undefined)?.organisationDatasets;
  const valid: { name: string; json: string }[] = [];
  const ignored: string[] = [];
  if (!Array.isArray(raw)) return { valid, ignored };
  raw.forEach((item: unknown, i) => {
    const entry = (item ?? {}) as { name?: unknown; json?: unknown };
    const name =
      typeof entry.name === 'string' && entry.name.trim() ? entry.name.trim() : `organisation dataset ${i + 1}`;
    if (typeof entry.json !== 'string')
      return void ignored.push(`organisationDatasets[${i}] (${name}): no "json" text`);
    const result = parse(entry.json);
    if (result.kind === 'invalid') {
      const first = result.issues[0];
      const reason = first ? `${first.path}: ${first.message}` : 'invalid';
      return void ignored.push(`organisationDatasets[${i}] (${name}): ${reason}`);
    }
    valid.push({ name, json: entry.json });
  });
  return { valid, ignored };
}

/** Managed values that are valid override the user's; invalid ones are ignored and reported. */
export function applyManaged(
  user: Settings,
  managed: unknown,
): { settings: Settings; managed: (keyof Settings)[]; ignored: string[] } {
  const settings = { ...user };
  const keys: (keyof Settings)[] = [];
  const ignored: string[] = [];
  // Built only for a policy that names a setting: see migrateSettings.
  let rules: ReturnType<typeof fields> | undefined;
  // No policy, or anything but an object, has none of the settings' names.
  for (const [key, value] of Object.entries(managed ?? {})) {
    if (!(MANAGED_KEYS as string[]).includes(key)) continue;
    rules ??= fields();
    const parsed = v.safeParse(rules[key as keyof Settings], value);
    if (!parsed.success) {
      ignored.push(`${key}: ${parsed.issues[0].message}`);
      continue;
    }
    (settings as unknown as Record<string, unknown>)[key] = parsed.output;
    keys.push(key as keyof Settings);
  }
  return { settings, managed: keys, ignored };
}

type Parse = Parameters<typeof managedDatasets>[1];

/** The settings in force: the user's with the managed ones over them, and every managed value that was ignored. */
export function effectiveSettings(user: Settings, managed: unknown, parse: Parse) {
  const applied = applyManaged(user, managed);
  return { ...applied, ignored: [...applied.ignored, ...managedDatasets(managed, parse).ignored] };
}
