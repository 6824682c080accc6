/** What a dataset update changed in the ratings: per product, per domain, from what to what. Pure. */
import { DOMAIN_IDS, type Assessment, type DomainId, type Rating } from './model.ts';
import { latestByProduct } from './latest.ts';

export interface RatingChange {
  domain: DomainId;
  /** Null: not captured (or no assessment) before. */
  from: Rating | null;
  to: Rating | null;
}

export interface ProductChange {
  productId: string;
  changes: RatingChange[];
}

/** One entry of a product's rating history, recorded when an update changed its ratings. */
export interface HistoryEntry extends ProductChange {
  at: number;
  version: string;
  source: 'bundled' | 'feed';
}

export function ratingChanges(before: readonly Assessment[], after: readonly Assessment[]): ProductChange[] {
  const old = latestByProduct(before);
  const now = latestByProduct(after);
  const out: ProductChange[] = [];
  for (const productId of [...new Set([...old.keys(), ...now.keys()])].sort()) {
    const changes = DOMAIN_IDS.flatMap((domain) => {
      const from = old.get(productId)?.ratings[domain] ?? null;
      const to = now.get(productId)?.ratings[domain] ?? null;
      return from === to ? [] : [{ domain, from, to }];
    });
    if (changes.length) out.push({ productId, changes });
  }
  return out;
}

export function describeChange(change: RatingChange, domainName: (id: DomainId) => string): string {
  const word = (r: Rating | null) => r ?? 'not captured';
  return `${change.domain} ${domainName(change.domain)}: ${word(change.from)} → ${word(change.to)}`;
}
