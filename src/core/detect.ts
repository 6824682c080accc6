/**
 * The detection engine: which product, if any, a page is about.
 *
 * API for every context:
 * - `compileIndex(products, assessments)` (background, command line) compiles the dataset once into one JSON
 *   `HostRules` per host (`index.records`); a lookup reads only its host's record and walks the rules along the
 *   page's own path, however many products share the host.
 * - `hostIndex(site, rules)` wraps one stored record (the content script's own host) as an index.
 * - `detect(index, url, readSignals)` names the product a page is about; `detectAll` every product it is
 *   equally about, best first (the same first product as `detect`).
 *
 * The URL decides. On a shared host (GitHub, PyPI, npm, Hugging Face...) the page's title and meta are never
 * read; on a vendor's own host they may only confirm a rule that asks for them (`signals`), never add a product
 * the URL does not name, and the canonical link is never followed. A page several products share opens on the
 * one with the most captured ratings (then the first by id), in the extension and the command line alike.
 */
import { compileRecords, type ProductRules } from './compile.ts';
import { RECORD_VERSION, matchRecord, rulesAlong, type Found, type HostRules, type PageText } from './host-rules.ts';
import type { Assessment } from './model.ts';
import { parsePageUrl, type PageUrl } from './url.ts';

export { ruleLabel } from './compile.ts';
export { namesPhrase } from './host-rules.ts';

/** What a page says about itself: read only on a vendor's own host, only when the URL leaves a choice. */
export type PageSignals = PageText;

export interface DetectionIndex {
  /** The record of a host, or undefined when no rated product lives there. */
  record(host: string): HostRules | undefined;
}

/** The whole dataset compiled: every host's record, for publishing them one per host. */
export interface CompiledIndex extends DetectionIndex {
  records: Map<string, HostRules>;
  ruleCount: number;
}

export type Confidence = 'high' | 'medium';

/**
 * A product the page is about, as the page decides it: no sentence, so the content script carries none. Where
 * PSF Lens tells the user why, it words the matched rule in the user's language (core/matched-rule.ts).
 */
export interface PageMatch {
  kind: 'match';
  productId: string;
  confidence: Confidence;
  via: 'url' | 'signals';
  /** The phrase the page named, when its rule asked for one. */
  phrase?: string;
}

/** `reason`: the command line's English account of the decision. */
export type Detection =
  (PageMatch & { reason: string }) | { kind: 'no-match'; reason: string } | { kind: 'invalid-url'; reason: string };

export type Match = Extract<Detection, { kind: 'match' }>;

export function compileIndex(
  products: readonly ProductRules[],
  assessments?: readonly Pick<Assessment, 'id' | 'productId' | 'published' | 'ratings'>[],
): CompiledIndex {
  const records = compileRecords(products, assessments);
  const ruleCount = products.reduce((n, p) => n + p.match.length + (p.exclude?.length ?? 0), 0);
  return { records, ruleCount, record: (host) => records.get(host) };
}

/**
 * An index over one stored record: what the content script reads from storage. A record of another version
 * (left by an older PSF Lens until the background publishes again) matches nothing rather than misreading.
 */
export function hostIndex(site: string, rules: HostRules | undefined): DetectionIndex {
  const usable = rules?.v === RECORD_VERSION && rules.host === site ? rules : undefined;
  return { record: (host) => (host === usable?.host ? usable : undefined) };
}

function toMatch({ rule, phrase }: Found): PageMatch {
  return {
    kind: 'match',
    productId: rule.p,
    confidence: phrase ? 'medium' : 'high',
    via: phrase ? 'signals' : 'url',
    phrase,
  };
}

/** Every product a page is equally about, best first: one at least. */
type Matches = [Match, ...Match[]];
type Result = Matches | Exclude<Detection, Match>;

/** The matches of a page's path in its host's record, best first: what the content script calls, no miss explained. */
export function pageMatches(
  record: HostRules,
  segments: readonly string[],
  readSignals: () => PageSignals,
): PageMatch[] {
  return matchRecord(record, segments, readSignals).map(toMatch);
}

function matchPage(index: DetectionIndex, page: PageUrl | null, readSignals: () => PageSignals): Result {
  if (!page) return { kind: 'invalid-url', reason: 'not an http(s) URL' };
  const record = index.record(page.host);
  if (!record) return { kind: 'no-match', reason: `no rated product on ${page.host}` };
  const found = matchRecord(record, page.segments, readSignals).map((f) => ({
    ...toMatch(f),
    reason: `matched ${f.rule.l}${f.phrase ? ` and the page names “${f.phrase}”` : ''}`,
  }));
  return found.length
    ? (found as Matches)
    : { kind: 'no-match', reason: `no rated product at this path on ${page.host}` };
}

/** The product a page is about. `readSignals` is called at most once, and only where the URL leaves a choice. */
export function detect(index: DetectionIndex, url: string, readSignals: () => PageSignals = () => ({})): Detection {
  const result = matchPage(index, parsePageUrl(url), readSignals);
  return Array.isArray(result) ? result[0] : result;
}

/** Every product a page is equally about (usually one; several on a vendor's home page), best first. */
export function detectAll(index: DetectionIndex, url: string, readSignals: () => PageSignals = () => ({})): Result {
  const page = parsePageUrl(url);
  const result = matchPage(index, page, readSignals);
  const record = page && index.record(page.host);
  if (Array.isArray(result) || !record) return result;
  // Where a rule would have matched with the page's words, say which rule and which words.
  const waiting = rulesAlong(record, page.segments).find((r) => r.s);
  if (!waiting?.s) return result;
  const names = waiting.s.map((p) => `“${p}”`).join(' or ');
  return { kind: 'no-match', reason: `the address fits ${waiting.l}, but the page must also name ${names}` };
}
