/**
 * What the in-page badge needs, published by the background to extension storage one key per host: that host's
 * compiled match rules and, for every product they name, the few words the badge shows. The content script reads
 * only its own host's key and decides and mounts the badge from it alone: no dataset in its bundle, no message
 * on the badge's path, no worker wake-up.
 */
import type { CompiledIndex } from '../core/detect.ts';
import { RECORD_VERSION, type HostRules } from '../core/host-rules.ts';
import { DOMAIN_IDS, type Assessment } from '../core/model.ts';
import { countRatings, headline, type Headline } from '../core/summary.ts';
import { rulesKey } from './storage-keys.ts';

/** One product as the badge and the toolbar show it. */
export interface BadgeFacts {
  name: string;
  vendor: string;
  /** The badge's second line, e.g. "4 of 8 domains rated: 1 Strong · 2 Partial · 1 Gap". */
  line: string;
  /** For the toolbar; null when the product has no published assessment. */
  headline: Headline | null;
}

/** `rules:<host>`: the host's compiled rules, and the badge's facts for each product they name. */
export interface HostRecord {
  /** The host's compiled match rules (core/host-rules.ts). */
  rules: HostRules;
  products: Record<string, BadgeFacts>;
}

/**
 * The badge's line: counts only where all eight ratings were captured; otherwise how many were, so that counts
 * of some domains never read as a verdict on all eight (and a rating not captured is never counted as a Gap).
 */
export function badgeLine(assessment: Pick<Assessment, 'ratings'> | null | undefined): string {
  if (!assessment) return 'No PSF assessment yet';
  const { captured, ...counts } = countRatings(assessment.ratings);
  const parts = (['Strong', 'Partial', 'Gap'] as const)
    .filter((r) => captured === DOMAIN_IDS.length || counts[r] > 0)
    .map((r) => `${counts[r]} ${r}`)
    .join(' · ');
  if (captured === DOMAIN_IDS.length) return parts;
  if (!captured) return 'Assessment published; ratings not captured';
  return `${captured} of ${DOMAIN_IDS.length} domains rated: ${parts}`;
}

/** How the badge names an assessment of the user's organisation. */
export const OWN_PREFIX = "Your organisation's rating: ";

export interface ProductFactsSource {
  id: string;
  name: string;
  vendor: string;
}

/** The storage entries for an index: `rules:<host>` -> that host's record. */
export function hostRecords(
  index: CompiledIndex,
  products: readonly ProductFactsSource[],
  latest: ReadonlyMap<string, Assessment>,
  /** Products whose assessment is the user's organisation's own: the badge says so, never passing it off as PAI's. */
  own: ReadonlySet<string> = new Set(),
): Record<string, HostRecord> {
  const facts = new Map(
    products.map((p) => {
      const assessment = latest.get(p.id);
      return [
        p.id,
        {
          name: p.name,
          vendor: p.vendor,
          line: own.has(p.id) ? `${OWN_PREFIX}${badgeLine(assessment)}` : badgeLine(assessment),
          headline: assessment ? headline(assessment) : null,
        },
      ];
    }),
  );
  const entries: Record<string, HostRecord> = {};
  for (const [host, rules] of index.records) {
    const named: Record<string, BadgeFacts> = {};
    for (const productId of Object.keys(rules.rank)) {
      const fact = facts.get(productId);
      if (fact) named[productId] = fact;
    }
    entries[rulesKey(host)] = { rules, products: named };
  }
  return entries;
}

/** A stored value as a host record, or undefined for anything else (nothing published yet, an older shape). */
export function asHostRecord(value: unknown): HostRecord | undefined {
  const record = value as HostRecord | undefined;
  return record?.rules?.v === RECORD_VERSION && record.products instanceof Object ? record : undefined;
}

/** The badge's two lines for a page about these products (at least one): its name and line, or several by name. */
export function badgeWords(facts: readonly Pick<BadgeFacts, 'name' | 'vendor' | 'line'>[]): {
  name: string;
  line: string;
} {
  const first = facts[0]!;
  if (facts.length === 1) return { name: first.name, line: first.line };
  const owner = facts.every((f) => f.vendor === first.vendor) ? `${first.vendor}: ` : '';
  return { name: `${owner}${facts.length} rated products`, line: facts.map((f) => f.name).join(' · ') };
}
