/**
 * What the in-page badge needs, published by the background to extension storage: for each host, its compiled
 * match rules cut into parts by path (core/record-parts.ts) and, beside each part, the few words the badge shows
 * for every product the part names. A page reads its host's own part and the few its path can reach, and decides
 * and mounts the badge from them alone: no dataset in its bundle, no message on the badge's path, no worker
 * wake-up, and a read that stays small however many products share the host.
 */
import type { CompiledIndex } from '../core/detect.ts';
import { RECORD_VERSION, type HostRules, type PathNode } from '../core/host-rules.ts';
import { partPaths, splitRules } from '../core/record-parts.ts';
import { DOMAIN_IDS, type Assessment } from '../core/model.ts';
import { countRatings, headline, type Headline } from '../core/summary.ts';
import { lineText, type BadgeText } from './badge-text.ts';
import { rulesKey } from './storage-keys.ts';

/** One product as the badge and the toolbar show it. */
export interface BadgeFacts {
  name: string;
  vendor: string;
  /**
   * The badge's second line in no language yet (badge-text.ts `lineText` says it in the reader's): e.g.
   * `['rated4', '1 Strong · 2 Partial · 1 Gap']` for "4 of 8 domains rated: 1 Strong · 2 Partial · 1 Gap".
   */
  line: string[];
  /** For the toolbar; null when the product has no published assessment. */
  headline: Headline | null;
}

/**
 * A host's record as a lookup reads it: its compiled match rules (core/host-rules.ts) and the badge's facts for
 * each product they name. Stored in parts (`StoredHead`, `StoredPart`); `pageRecord` joins the parts a page reads.
 */
export interface HostRecord {
  rules: HostRules;
  products: Record<string, BadgeFacts>;
}

/** `rules:<host>/<s1>[/<s2>]`: the rules under one path prefix (a trie from the host's root), and their words. */
export interface StoredPart {
  root: PathNode;
  rank: Record<string, number>;
  products: Record<string, BadgeFacts>;
}

/** `rules:<host>`: the host's own part, and what every page of the host reads. */
export interface StoredHead extends StoredPart {
  v: typeof RECORD_VERSION;
  host: string;
  shared: boolean;
}

/**
 * The badge's line: counts only where all eight ratings were captured; otherwise how many were, so that counts
 * of some domains never read as a verdict on all eight (and a rating not captured is never counted as a Gap).
 * The counts use PSF's own terms (Strong, Partial, Gap), untranslated; the rest is the badge's words' keys.
 */
export function badgeLine(assessment: Pick<Assessment, 'ratings'> | null | undefined): string[] {
  if (!assessment) return ['none', ''];
  const { captured, ...counts } = countRatings(assessment.ratings);
  const parts = (['Strong', 'Partial', 'Gap'] as const)
    .filter((r) => captured === DOMAIN_IDS.length || counts[r] > 0)
    .map((r) => `${counts[r]} ${r}`)
    .join(' · ');
  if (captured === DOMAIN_IDS.length) return [parts];
  if (!captured) return ['unrated', ''];
  return [`rated${captured}`, parts];
}

export interface ProductFactsSource {
  id: string;
  name: string;
  vendor: string;
}

/** The storage entries for an index: `rules:<host>` -> that host's own part, `rules:<host>/<path>` -> the others. */
export function hostRecords(
  index: CompiledIndex,
  products: readonly ProductFactsSource[],
  latest: ReadonlyMap<string, Assessment>,
  /** Products whose assessment is the user's organisation's own: the badge says so, never passing it off as PAI's. */
  own: ReadonlySet<string> = new Set(),
): Record<string, StoredHead | StoredPart> {
  const facts = new Map(
    products.map((p) => {
      const assessment = latest.get(p.id);
      return [
        p.id,
        {
          name: p.name,
          vendor: p.vendor,
          line: own.has(p.id) ? ['own', ...badgeLine(assessment)] : badgeLine(assessment),
          headline: assessment ? headline(assessment) : null,
        },
      ];
    }),
  );
  const entries: Record<string, StoredHead | StoredPart> = {};
  for (const [host, rules] of index.records) {
    for (const { path, root, products: ids } of splitRules(rules)) {
      const rank: Record<string, number> = {};
      const products: Record<string, BadgeFacts> = {};
      for (const id of ids) {
        rank[id] = rules.rank[id] ?? 0;
        const fact = facts.get(id);
        if (fact) products[id] = fact;
      }
      entries[rulesKey(host + path)] = path
        ? { root, rank, products }
        : { v: rules.v, host, shared: rules.shared, root, rank, products };
    }
  }
  return entries;
}

/** chrome.storage.local's quota (QUOTA_BYTES) in an extension without the unlimitedStorage permission. */
export const STORAGE_QUOTA = 10 * 1024 * 1024;

/**
 * What entries take of that quota, counted as Chromium's getBytesInUse counts it (the same figure to the byte for
 * the bundled dataset's records): each key and its value as JSON, in UTF-8.
 * Past half the quota (the rest is room for the organisation's own products, the settings and a growing dataset)
 * the build asks for unlimitedStorage, which Chromium grants without a prompt: publishing past the quota fails,
 * and then no page shows a badge.
 */
export function storedBytes(entries: Record<string, unknown>): number {
  const utf8 = new TextEncoder();
  let bytes = 0;
  for (const [key, value] of Object.entries(entries)) bytes += utf8.encode(key + JSON.stringify(value)).length;
  return bytes;
}

/** The storage keys a page's lookup reads: its host's own part, then the parts its path can reach. */
export const recordKeys = (host: string, segments: readonly string[]) =>
  ['', ...partPaths(segments)].map((path) => rulesKey(host + path));

/**
 * A page's record from the values read at `recordKeys`: the host's own part with the others found beside it, or
 * undefined while the host's own part is not published (or is in an older shape).
 */
export function pageRecord(
  host: string,
  segments: readonly string[],
  values: Record<string, unknown>,
): HostRecord | undefined {
  const [own, ...keys] = recordKeys(host, segments);
  // The key names the host, so the head is this host's; its version says it is in this shape.
  const head = values[own!] as StoredHead | undefined;
  if (head?.v !== RECORD_VERSION) return undefined;
  const parts = [head, ...keys.map((key) => values[key] as StoredPart).filter(Boolean)];
  return {
    rules: { ...head, more: parts.slice(1).map((p) => p.root), rank: Object.assign({}, ...parts.map((p) => p.rank)) },
    products: Object.assign({}, ...parts.map((p) => p.products)),
  };
}

/**
 * The badge's two lines for a page about these products (at least one): its name and line, or several by name;
 * with the words they were said in, which the badge also speaks.
 */
export function badgeWords(
  facts: readonly Pick<BadgeFacts, 'name' | 'vendor' | 'line'>[],
  text: BadgeText,
): { name: string; line: string; text: BadgeText } {
  const first = facts[0]!;
  if (facts.length === 1) return { name: first.name, line: lineText(first.line, text), text };
  const name = facts.every((f) => f.vendor === first.vendor) ? text.severalBy : text.several;
  return {
    // The vendor last, and as a function's result: a name with `{n}` or `$&` in it stays as it is.
    name: name.replace('{n}', `${facts.length}`).replace('{vendor}', () => first.vendor),
    line: facts.map((f) => f.name).join(' · '),
    text,
  };
}
