/**
 * Compiles a dataset's match rules into one `HostRules` per host (see host-rules.ts): the trie of each host's
 * paths, each rule's specificity, exclusions beside the rules they overrule, and each product's rank for ties.
 * Runs in the background and the command line, never in the page.
 */
import { RECORD_VERSION, type HostRules, type PathNode, type RuleRef } from './host-rules.ts';
import { isSharedHost, withAliases } from './match-patterns.ts';
import type { Assessment, ExcludeRule, MatchRule, Product } from './model.ts';
import { latestByProduct } from './latest.ts';
import { countRatings } from './summary.ts';
import { bareHost, pageSegments } from './url.ts';

/** Where a rule applies, as a person reads it: "/codex on openai.com". */
export function ruleLabel(rule: ExcludeRule): string {
  const host = bareHost(rule.host);
  const path = rule.path && rule.path !== '/' ? rule.path : '';
  if (rule.exact) return path ? `the page ${path} on ${host}` : `the home page of ${host}`;
  return path ? `${path} on ${host}` : `${host} (whole site)`;
}

/**
 * Specificity: each literal segment counts more than a glob one, so `/project/langchain-core` beats
 * `/project/langchain-*` and a longer path beats a shorter one; at equal paths an exact page beats a prefix,
 * and a rule the URL decides alone beats one that needs the page's words.
 */
export function specificity(segments: readonly string[], exact: boolean, needsSignals: boolean): number {
  const path = segments.reduce((sum, s) => sum + (s.includes('*') ? 2 : 3), 0);
  return (path * 2 + Number(exact)) * 2 + Number(!needsSignals);
}

export type ProductRules = Pick<Product, 'id' | 'match' | 'exclude'>;

/** A segment pattern as an anchored regular expression: `*` is any run of characters within the segment. */
export function globSource(pattern: string): string {
  return `^${pattern
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*')}$`;
}

function place(root: PathNode, segments: readonly string[], ref: RuleRef): void {
  let node = root;
  for (const segment of segments) {
    if (segment.includes('*')) {
      const source = globSource(segment);
      const glob = node.g?.find(([pattern]) => pattern === source);
      const child: PathNode = glob?.[1] ?? {};
      if (!glob) (node.g ??= []).push([source, child]);
      node = child;
    } else {
      const children: Record<string, PathNode> = (node.c ??= {});
      node = Object.hasOwn(children, segment) ? (children[segment] as PathNode) : (children[segment] = {});
    }
  }
  (node.r ??= []).push(ref);
}

/** Host -> its compiled record. `assessments` give the ranks that order a page several products share. */
export function compileRecords(
  products: readonly ProductRules[],
  assessments?: readonly Pick<Assessment, 'id' | 'productId' | 'published' | 'ratings'>[],
): Map<string, HostRules> {
  const records = new Map<string, HostRules>();
  const latest = assessments ? latestByProduct(assessments) : new Map<string, never>();
  const recordOf = (host: string) => {
    let record = records.get(host);
    if (!record)
      records.set(host, (record = { v: RECORD_VERSION, host, shared: isSharedHost(host), root: {}, rank: {} }));
    return record;
  };
  const add = (product: ProductRules, rule: MatchRule, exclusion: boolean) => {
    const record = recordOf(bareHost(rule.host));
    const segments = pageSegments(record.host, rule.path ?? '');
    const signals = rule.signals?.length ? rule.signals : undefined;
    const ref: RuleRef = {
      p: product.id,
      k: exclusion ? 0 : specificity(segments, rule.exact === true, Boolean(signals)),
      l: exclusion ? `not ${ruleLabel(rule)}` : ruleLabel(rule),
      ...(exclusion ? { x: 1 as const } : {}),
      ...(rule.exact ? { e: 1 as const } : {}),
      ...(signals && { s: signals }), // An exclusion has no words: the dataset's schema gives it none.
    };
    place(record.root, segments, ref);
    const captured = latest.get(product.id);
    record.rank[product.id] = captured ? countRatings(captured.ratings).captured : 0;
  };
  for (const product of products) {
    for (const rule of withAliases(product.match)) add(product, rule, false);
    for (const rule of withAliases(product.exclude ?? [])) add(product, rule, true);
  }
  return records;
}

/** Every rule of a record with the segments it was placed at: for explaining and for tests. */
export function recordRules(node: PathNode, path: string[] = []): { segments: string[]; rule: RuleRef }[] {
  return [
    ...(node.r ?? []).map((rule) => ({ segments: path, rule })),
    ...Object.entries(node.c ?? {}).flatMap(([segment, child]) => recordRules(child, [...path, segment])),
    ...(node.g ?? []).flatMap(([pattern, child]) => recordRules(child, [...path, pattern])),
  ];
}
