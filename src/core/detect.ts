/**
 * The detection engine: which product, if any, a page is about.
 * Match rules are compiled once into an index by host, then by path segment (a trie), so a lookup reads only
 * the rules along the page's own path, however many products share a host (github.com): never the whole
 * dataset. Page signals (title, canonical link, meta) are read lazily, only when the URL is not enough.
 */
import type { MatchRule, Product } from './model.ts';
import { bareHost, isLocaleSegment, parsePageUrl, pathSegments, type PageUrl } from './url.ts';

export interface CompiledRule {
  productId: string;
  host: string;
  segments: string[];
  /** Phrases the page must name; empty when the URL alone decides. */
  signals: string[];
  /** The path must be this page exactly (a vendor's home page), not a prefix. */
  exact: boolean;
  /** Where the rule applies, e.g. "/codex on openai.com". */
  label: string;
}

export interface DetectionIndex {
  hasHost(host: string): boolean;
  /** The rules that may match the page (its host's, along its path), in match order. */
  rulesFor(page: PageUrl): readonly CompiledRule[];
}

/** The full index, which also lists each host's rules in match order (for publishing them per host). */
export interface CompiledIndex extends DetectionIndex {
  byHost: Map<string, CompiledRule[]>;
  ruleCount: number;
}

export interface PageSignals {
  title?: string;
  canonical?: string;
  /** og:title and application-name meta values. */
  meta?: string[];
}

export type Confidence = 'high' | 'medium';

export type Detection =
  | {
      kind: 'match';
      productId: string;
      confidence: Confidence;
      via: 'url' | 'canonical' | 'signals';
      reason: string;
    }
  | { kind: 'no-match'; reason: string }
  | { kind: 'invalid-url'; reason: string };

/** Where a rule applies, as a person reads it: "/codex on openai.com". */
export function ruleLabel(rule: MatchRule): string {
  const host = bareHost(rule.host);
  const path = rule.path && rule.path !== '/' ? rule.path : '';
  if (rule.exact) return path ? `the page ${path} on ${host}` : `the home page of ${host}`;
  return path ? `${path} on ${host}` : `${host} (whole site)`;
}

/**
 * Match order: longer paths first; at equal length an exact page before a prefix, and a rule the URL decides
 * alone before one that needs signals. Rules that compare equal are equally specific: a tie.
 */
function compareRules(a: CompiledRule, b: CompiledRule): number {
  return (
    b.segments.length - a.segments.length ||
    Number(b.exact) - Number(a.exact) ||
    Math.sign(a.signals.length) - Math.sign(b.signals.length)
  );
}

/** An index over one host's rules, already in match order: what the content script reads from storage. */
export function hostIndex(host: string, rules: readonly CompiledRule[]): DetectionIndex {
  return { hasHost: (h) => h === host, rulesFor: (page) => (page.host === host ? rules : []) };
}

interface PathNode {
  rules: CompiledRule[];
  children: Map<string, PathNode>;
}

const newNode = (): PathNode => ({ rules: [], children: new Map() });

/** Rules stored at the node of their last path segment; whole-host rules at the root. */
function collect(root: PathNode, segments: readonly string[], offset: number, out: Set<CompiledRule>): void {
  let node: PathNode | undefined = root;
  for (let i = offset; node; i++) {
    for (const rule of node.rules) out.add(rule);
    const segment = segments[i];
    node = segment === undefined ? undefined : node.children.get(segment);
  }
}

export function compileIndex(products: readonly Pick<Product, 'id' | 'match'>[]): CompiledIndex {
  const byHost = new Map<string, CompiledRule[]>();
  const tries = new Map<string, PathNode>();
  let ruleCount = 0;
  for (const product of products) {
    for (const rule of product.match) {
      const compiled: CompiledRule = {
        productId: product.id,
        host: bareHost(rule.host),
        segments: pathSegments(rule.path ?? '/'),
        signals: rule.signals ?? [],
        exact: rule.exact === true,
        label: ruleLabel(rule),
      };
      byHost.set(compiled.host, [...(byHost.get(compiled.host) ?? []), compiled]);
      let node = tries.get(compiled.host) ?? newNode();
      tries.set(compiled.host, node);
      for (const segment of compiled.segments) {
        const child: PathNode = node.children.get(segment) ?? newNode();
        node.children.set(segment, child);
        node = child;
      }
      node.rules.push(compiled);
      ruleCount++;
    }
  }
  for (const list of byHost.values()) list.sort(compareRules);
  return {
    byHost,
    ruleCount,
    hasHost: (host) => tries.has(host),
    rulesFor(page) {
      const root = tries.get(page.host);
      if (!root) return [];
      const found = new Set<CompiledRule>();
      collect(root, page.segments, 0, found);
      const first = page.segments[0];
      if (first !== undefined && isLocaleSegment(first)) collect(root, page.segments, 1, found);
      return [...found].sort(compareRules);
    },
  };
}

function startsWith(path: string[], prefix: string[], offset: number): boolean {
  if (path.length - offset < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (path[offset + i] !== prefix[i]) return false;
  return true;
}

function pathMatchesAt(rule: CompiledRule, page: PageUrl, offset: number): boolean {
  return (
    startsWith(page.segments, rule.segments, offset) &&
    (!rule.exact || page.segments.length - offset === rule.segments.length)
  );
}

/** Whether a rule's path fits a page's (segment by segment, an optional locale segment first). */
export function pathMatches(rule: CompiledRule, page: PageUrl): boolean {
  const first = page.segments[0];
  return (
    pathMatchesAt(rule, page, 0) || (first !== undefined && isLocaleSegment(first) && pathMatchesAt(rule, page, 1))
  );
}

/** A letter or digit, or a joiner (- or .) followed by one, touching the phrase: then it is part of a longer name. */
const TOUCHES_BEFORE = /(?:[\p{L}\p{N}]|[\p{L}\p{N}][-.])$/u;
const TOUCHES_AFTER = /^(?:[\p{L}\p{N}]|[-.][\p{L}\p{N}])/u;

/** A phrase counts only as a whole: "GPT-4.1" is not found in "GPT-4.10" nor in "GPT-4.1-mini". */
export function namesPhrase(text: string, name: string): boolean {
  const haystack = text.toLowerCase();
  const phrase = name.toLowerCase();
  if (!phrase) return false;
  for (let at = haystack.indexOf(phrase); at !== -1; at = haystack.indexOf(phrase, at + 1)) {
    if (!TOUCHES_BEFORE.test(haystack.slice(0, at)) && !TOUCHES_AFTER.test(haystack.slice(at + phrase.length)))
      return true;
  }
  return false;
}

function signalText(signals: PageSignals): string[] {
  return [signals.title ?? '', ...(signals.meta ?? [])].filter(Boolean);
}

type Match = Extract<Detection, { kind: 'match' }>;

/**
 * The matches of a page's URL, best first: the first rule that matches, then (with `all`) every other
 * product's rule that ties with it, as on a vendor's home page shared by several rated products.
 */
function matchUrl(index: DetectionIndex, page: PageUrl, readSignals: () => PageSignals, all: boolean): Match[] {
  const found: Match[] = [];
  let best: CompiledRule | undefined;
  for (const rule of index.rulesFor(page)) {
    if (best && (!all || compareRules(rule, best) !== 0)) break;
    if (!pathMatches(rule, page) || found.some((m) => m.productId === rule.productId)) continue;
    let phrase: string | undefined;
    if (rule.signals.length) {
      const texts = signalText(readSignals());
      phrase = rule.signals.find((p) => texts.some((t) => namesPhrase(t, p)));
      if (!phrase) continue;
    }
    best ??= rule;
    found.push({
      kind: 'match',
      productId: rule.productId,
      confidence: phrase ? 'medium' : 'high',
      via: phrase ? 'signals' : 'url',
      reason: phrase ? `matched ${rule.label} and the page names “${phrase}”` : `matched ${rule.label}`,
    });
  }
  return found;
}

/**
 * The matches of a page, best first (with `all`, every product tied with the best), or why there is none. The
 * content script calls this rather than detectAll: it needs no explanation of a miss, and ships on every page.
 */
export function detectMatches(
  index: DetectionIndex,
  url: string,
  readSignals: () => PageSignals,
  all: boolean,
): Match[] | Detection {
  const page = parsePageUrl(url);
  if (!page) return { kind: 'invalid-url', reason: 'not an http(s) URL' };
  if (!index.hasHost(page.host)) return { kind: 'no-match', reason: `no rated product on ${page.host}` };
  let cached: PageSignals | undefined;
  const signals = () => (cached ??= readSignals());
  const direct = matchUrl(index, page, signals, all);
  if (direct.length) return direct;
  const canonical = signals().canonical;
  const target = canonical ? parsePageUrl(canonical) : null;
  if (target && target.host === page.host && target.segments.join('/') !== page.segments.join('/')) {
    const viaCanonical = matchUrl(index, target, signals, all);
    if (viaCanonical.length) {
      return viaCanonical.map((m) => ({
        ...m,
        confidence: 'medium',
        via: 'canonical',
        reason: `the page's canonical link ${m.reason}`,
      }));
    }
  }
  return { kind: 'no-match', reason: `no rated product at this path on ${page.host}` };
}

/**
 * Detects the product a page is about. `readSignals` is called at most once, and only when the URL alone
 * cannot decide (a rule that needs signals, or no rule but a canonical link to follow).
 */
export function detect(index: DetectionIndex, url: string, readSignals: () => PageSignals = () => ({})): Detection {
  const result = detectMatches(index, url, readSignals, false);
  return Array.isArray(result) ? (result[0] as Match) : result;
}

/**
 * Every product a page is equally about (usually one; several on a vendor's home page), best first. Where
 * nothing matches but a rule would have with the page's words, the reason says which rule and which words.
 */
export function detectAll(
  index: DetectionIndex,
  url: string,
  readSignals: () => PageSignals = () => ({}),
): Match[] | Exclude<Detection, Match> {
  const result = detectMatches(index, url, readSignals, true) as Match[] | Exclude<Detection, Match>;
  if (Array.isArray(result) || result.kind !== 'no-match') return result;
  const page = parsePageUrl(url);
  const waiting = page && index.rulesFor(page).find((rule) => rule.signals.length && pathMatches(rule, page));
  if (!waiting) return result;
  const names = waiting.signals.map((p) => `“${p}”`).join(' or ');
  return { kind: 'no-match', reason: `the address fits ${waiting.label}, but the page must also name ${names}` };
}
