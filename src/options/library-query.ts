/**
 * The library's search, filters and sort: a plain value that lives in the URL's hash query, and the pure
 * functions that apply it. "Not captured" is never treated as a rating: a filter on a rating first asks
 * whether the rating was captured at all.
 */
import { compareDates, periodOf } from '../core/dates.ts';
import { DOMAIN_IDS, type DomainId, type Rating } from '../core/model.ts';
import type { Entry } from '../core/export.ts';
import type { MessageKey } from '../shared/i18n.ts';

export const CONDITIONS = ['strong', 'partial', 'gap', 'not-gap', 'captured', 'not-captured'] as const;
export type Condition = (typeof CONDITIONS)[number];

/** Each condition's words in the catalogs ("is Strong"): the rating words stay the PSF's own. */
export const CONDITION_LABEL: Record<Condition, MessageKey> = {
  strong: 'library_isStrong',
  partial: 'library_isPartial',
  gap: 'library_isGap',
  'not-gap': 'library_isNotGap',
  captured: 'library_isCaptured',
  'not-captured': 'library_isNotCaptured',
};

export const SORTS = ['newest', 'oldest', 'name'] as const;
export type Sort = (typeof SORTS)[number];

export const SORT_LABEL: Record<Sort, MessageKey> = {
  newest: 'library_sortNewest',
  oldest: 'library_sortOldest',
  name: 'library_sortName',
};

export interface LibraryQuery {
  q: string;
  vendor: string;
  category: string;
  domain: DomainId | '';
  condition: Condition | '';
  sort: Sort;
}

export const EMPTY_QUERY: LibraryQuery = { q: '', vendor: '', category: '', domain: '', condition: '', sort: 'newest' };

function oneOf<T extends string>(list: readonly T[], value: string | null): T | undefined {
  return list.find((item) => item === value);
}

export function parseQuery(params: URLSearchParams): LibraryQuery {
  return {
    q: params.get('q') ?? '',
    vendor: params.get('vendor') ?? '',
    category: params.get('category') ?? '',
    domain: oneOf(DOMAIN_IDS, params.get('domain')) ?? '',
    condition: oneOf(CONDITIONS, params.get('rating')) ?? '',
    sort: oneOf(SORTS, params.get('sort')) ?? EMPTY_QUERY.sort,
  };
}

/** Only what differs from the defaults, so a plain library link stays `#/library`. */
export function queryString(query: LibraryQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.vendor) params.set('vendor', query.vendor);
  if (query.category) params.set('category', query.category);
  if (query.domain) params.set('domain', query.domain);
  if (query.condition) params.set('rating', query.condition);
  if (query.sort !== EMPTY_QUERY.sort) params.set('sort', query.sort);
  return params.toString();
}

export function isFiltered(query: LibraryQuery): boolean {
  return Boolean(query.q.trim() || query.vendor || query.category || (query.domain && query.condition));
}

export function ratingMatches(rating: Rating | undefined, condition: Condition): boolean {
  switch (condition) {
    case 'strong':
      return rating === 'Strong';
    case 'partial':
      return rating === 'Partial';
    case 'gap':
      return rating === 'Gap';
    case 'not-gap':
      return rating !== undefined && rating !== 'Gap';
    case 'captured':
      return rating !== undefined;
    case 'not-captured':
      return rating === undefined;
  }
}

function matches(entry: Entry, query: LibraryQuery): boolean {
  const { product, assessment } = entry;
  const words = query.q.toLowerCase().match(/\S+/g) ?? [];
  const fields = [product.name, product.vendor, product.category, assessment?.title];
  if (!words.every((word) => fields.some((field) => field?.toLowerCase().includes(word)))) return false;
  if (query.vendor && product.vendor !== query.vendor) return false;
  if (query.category && product.category !== query.category) return false;
  if (query.domain && query.condition && !ratingMatches(assessment?.ratings[query.domain], query.condition))
    return false;
  return true;
}

function byName(a: Entry, b: Entry): number {
  return a.product.name.localeCompare(b.product.name, 'en', { sensitivity: 'base' });
}

/** The entries the query keeps, in its order. Unknown dates go last whichever way dates are sorted. */
export function applyQuery(entries: readonly Entry[], query: LibraryQuery): Entry[] {
  const kept = entries.filter((entry) => matches(entry, query));
  if (query.sort === 'name') return kept.sort(byName);
  const newest = query.sort === 'newest';
  return kept.sort((a, b) => {
    const [da, db] = [a.assessment?.published, b.assessment?.published];
    const [knownA, knownB] = [periodOf(da) !== null, periodOf(db) !== null];
    if (knownA !== knownB) return knownA ? -1 : 1;
    return (newest ? compareDates(db, da) : compareDates(da, db)) || byName(a, b);
  });
}
