/**
 * One host's match rules in compiled form, and the matcher that reads them. This is the part of detection that
 * runs in the page, so it stays small: every costly step (globs parsed, specificity scored, ranks counted,
 * exclusions placed) happened in `compileRecords`. A record is plain JSON: the background publishes one per
 * host to extension storage, the content script reads its own host's and calls `matchRecord`.
 */
import { isLocaleSegment } from './url.ts';

/** Bumped whenever the record's shape changes: a reader ignores a record of another version. */
export const RECORD_VERSION = 3;

export interface RuleRef {
  /** The product. */
  p: string;
  /** Specificity: the highest wins, equal values tie. */
  k: number;
  /** Where the rule applies, as a person reads it: "/codex on openai.com". */
  l: string;
  /** An exclusion: a page it fits is never this product, whatever its other rules say. */
  x?: 1;
  /** The page's path must end at this rule's last segment (a vendor's home page). */
  e?: 1;
  /** Phrases of which the page must name one (vendor hosts only). */
  s?: string[];
}

/** A path trie: rules end at the node of their last segment; `c` literal children, `g` glob children. */
export interface PathNode {
  r?: RuleRef[];
  c?: Record<string, PathNode>;
  /** Glob children: the regular expression source of a segment pattern, compiled by `globSource`. */
  g?: [string, PathNode][];
}

export interface HostRules {
  v: typeof RECORD_VERSION;
  host: string;
  /** A host many vendors share (GitHub, PyPI...): the URL alone decides, page signals are never read. */
  shared: boolean;
  root: PathNode;
  /**
   * Further tries from the host's root, walked beside `root`: the parts of a host's rules stored apart that a page's
   * path can reach (record-parts.ts). Compiled records hold every rule in `root` and have none.
   */
  more?: PathNode[];
  /** Product -> captured ratings of its latest assessment: a page about several products opens on the highest. */
  rank: Record<string, number>;
}

export interface PageText {
  title?: string;
  /** og:title and application-name meta values. */
  meta?: string[];
}

export interface Found {
  rule: RuleRef;
  /** The phrase the page named, when the rule asked for one. */
  phrase?: string;
}

/**
 * Each glob's pattern compiled once (records are plain JSON and cannot carry a RegExp). Sources start with `^`, so
 * no key is ever an inherited property.
 */
const globs: Record<string, RegExp> = {};

/** Every rule along the page's path; a locale segment the rules do not name is stepped over. */
function walk(node: PathNode, segments: readonly string[], i: number, out: RuleRef[]): void {
  if (node.r) for (const rule of node.r) if ((!rule.e || i === segments.length) && !out.includes(rule)) out.push(rule);
  const segment = segments[i];
  if (segment === undefined) return;
  if (node.c && Object.hasOwn(node.c, segment)) walk(node.c[segment] as PathNode, segments, i + 1, out);
  // V8 caches a regular expression by its source, so building one per test costs little.
  if (node.g)
    for (const [glob, child] of node.g)
      if ((globs[glob] ??= new RegExp(glob)).test(segment)) walk(child, segments, i + 1, out);
  if (isLocaleSegment(segment)) walk(node, segments, i + 1, out);
}

/** The rules whose paths fit the page's, exclusions included. */
export function rulesAlong(rules: Pick<HostRules, 'root' | 'more'>, segments: readonly string[]): RuleRef[] {
  const refs: RuleRef[] = [];
  for (const root of rules.more ? [rules.root, ...rules.more] : [rules.root]) walk(root, segments, 0, refs);
  return refs;
}

/**
 * The products whose rules fit a page's path, the page's words aside (a rule that also asks for them counts by
 * its path), exclusions applied: what the address alone allows, for checking a claim made from inside the page.
 */
export function productsFitting(rules: HostRules, segments: readonly string[]): string[] {
  const refs = rulesAlong(rules, segments);
  const excluded = refs.filter((r) => r.x).map((r) => r.p);
  return [...new Set(refs.filter((r) => !r.x && !excluded.includes(r.p)).map((r) => r.p))];
}

/**
 * A phrase counts only as a whole: "GPT-4.1" is not found in "GPT-4.10" nor in "GPT-4.1-mini" (a letter or digit,
 * or a joiner `-` or `.` followed by one, touching it makes it part of a longer name).
 */
export function namesPhrase(text: string, name: string): boolean {
  const phrase = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return Boolean(name) && new RegExp(`(?<![\\p{L}\\p{N}][-.]?)${phrase}(?![-.]?[\\p{L}\\p{N}])`, 'iu').test(text);
}

/** Whether the page's title or one of its meta names says the phrase. */
// Stryker disable next-line ArrayDeclaration: a filler meta names no product's phrase.
export function pageNames({ title, meta = [] }: PageText, phrase: string): boolean {
  // Stryker disable next-line StringLiteral: an absent title names nothing, and a filler names no product's phrase
  return [title ?? '', ...meta].some((t) => namesPhrase(t, phrase));
}

/**
 * The products a page is about, best first: the most specific rule that fits and is not excluded, and every
 * other product's rule of equal specificity (a page several rated products share). `readText` is called at
 * most once, and never on a shared host.
 */
export function matchRecord(record: HostRules, segments: readonly string[], readText: () => PageText): Found[] {
  const refs = rulesAlong(record, segments);
  const excluded = refs.filter((r) => r.x).map((r) => r.p);
  const ordered = refs.filter((r) => !r.x && !excluded.includes(r.p)).sort((a, b) => b.k - a.k);
  let text: PageText | undefined;
  const read = () => (text ??= readText());
  const found: Found[] = [];
  for (const rule of ordered) {
    if (found.length && rule.k < (found[0] as Found).rule.k) break;
    if (found.some((f) => f.rule.p === rule.p)) continue;
    if (!rule.s) found.push({ rule });
    else if (!record.shared) {
      const phrase = rule.s.find((p) => pageNames(read(), p));
      if (phrase) found.push({ rule, phrase });
    }
  }
  const rank = (f: Found) => record.rank[f.rule.p] ?? 0;
  // Stryker disable next-line EqualityOperator: `found` holds each product once, so two ids are never equal
  return found.sort((a, b) => rank(b) - rank(a) || (a.rule.p < b.rule.p ? -1 : 1));
}
