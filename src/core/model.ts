/**
 * The PSF Lens data model: what a dataset holds and what the UI shows.
 * Pure types, shared by every context and by the command line.
 */

export const DOMAIN_IDS = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8'] as const;
export type DomainId = (typeof DOMAIN_IDS)[number];

export const RATINGS = ['Strong', 'Partial', 'Gap'] as const;
export type Rating = (typeof RATINGS)[number];

/** A rating that may be missing: `undefined` means the source's rating was not captured. */
export type Ratings = Partial<Record<DomainId, Rating>>;

export interface Domain {
  id: DomainId;
  name: string;
  /** One line, our words: what the domain asks of a deployment. */
  summary: string;
}

/** A domain's name from a dataset's list, or its id where the list lacks it (never an empty label). */
export function domainName(domains: readonly Pick<Domain, 'id' | 'name'>[], id: string): string {
  return domains.find((d) => d.id === id)?.name ?? id;
}

/**
 * Where a product lives on the web. `host` is a lower-case host name without `www.` (the `www.` form is
 * always accepted too). `path` is a path prefix matched on segment boundaries (`/codex` matches `/codex`
 * and `/codex/pricing`, not `/codexes`); a `*` in a segment stands for any run of characters within it
 * (`/project/langchain-*`); absent means the whole host. Locale segments, doc endings (`.html`, `.md`), case and,
 * on PyPI, name separators never matter (docs/dataset-format.md). `signals`, on a vendor's own host only, says
 * the URL alone is not enough: the page's title or meta must also name one of these phrases.
 */
export interface MatchRule {
  host: string;
  path?: string;
  signals?: string[];
  /** Only the page `path` itself, not what lies below it: a vendor's home page (`path: "/"`). */
  exact?: boolean;
}

/** Pages a product's match rules would claim but that are not the product's: an exclusion always wins. */
export type ExcludeRule = Omit<MatchRule, 'signals'>;

export interface Product {
  id: string;
  name: string;
  vendor: string;
  category: string;
  homepage: string;
  match: MatchRule[];
  exclude?: ExcludeRule[];
}

export interface Action {
  /** Stable across dataset updates, so a checklist keeps its state. */
  id: string;
  text: string;
}

export interface DomainDetail {
  findings: string[];
  actions: Action[];
  /** 0-100 score of the model scorecards. */
  score?: number;
  /** Where the rating comes from when it is not the assessment page itself. */
  ratingSource?: string;
}

export interface Counts {
  Strong: number;
  Partial: number;
  Gap: number;
}

export interface ScopeItem {
  artifact: string;
  detail: string;
  date?: string;
}

export interface Variant {
  name: string;
  ratings: Ratings;
  note: string;
}

export interface Conflict {
  domain: DomainId;
  note: string;
  sources: { name: string; url: string; rating: Rating }[];
}

export interface Assessment {
  id: string;
  productId: string;
  title: string;
  url: string;
  /** `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-Qn`, as precise as the source says. */
  published?: string;
  updated?: string;
  psfVersion?: string;
  license: string;
  ratings: Ratings;
  /** The source's own Strong/Partial/Gap counts, shown when individual ratings were not captured. */
  summaryCounts?: Counts;
  /** Overall 0-100 index of the model scorecards. */
  reliabilityIndex?: number;
  overview: string[];
  domains: Partial<Record<DomainId, DomainDetail>>;
  independence?: string;
  basis?: string;
  revisitWhen?: string[];
  scope?: ScopeItem[];
  variants?: Variant[];
  conflicts?: Conflict[];
}

export interface Dataset {
  format: 1;
  /** `YYYY.MM.DD` or `YYYY.MM.DD.N`: newer versions sort later. */
  version: string;
  published: string;
  attribution: { publisher: string; url: string; license: string; licenseUrl: string };
  domains: Domain[];
  products: Product[];
  assessments: Assessment[];
}
