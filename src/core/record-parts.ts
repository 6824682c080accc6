/**
 * A host's compiled rules cut into parts that a page reads only where its path can reach them, so that what a
 * lookup reads stays small however many products share a host (github.com holds one repository per product).
 *
 * Each part is a trie from the host's root holding the rules under one path prefix, so a lookup walks every part
 * it read beside the others (`HostRules.more`) and finds exactly the rules the whole trie would give: reading a
 * part the path cannot reach adds nothing, and no rule is in two parts.
 * - `''` (the host's own part): the rules at the root and under a glob first segment (`/langchain-*`).
 * - `/<s1>`: the rules under the literal first segment s1; when that subtree is larger than `PART_BYTES`, only the
 *   rules at s1 itself and under its glob children, and
 * - `/<s1>/<s2>`: the rules under s1/s2 (pypi.org/project/<name>, npmjs.com/package/<name>).
 */
import { recordRules } from './compile.ts';
import type { HostRules, PathNode } from './host-rules.ts';
import { isLocaleSegment } from './url.ts';

/** The JSON size past which a first segment's rules are cut by their second segment too. */
export const PART_BYTES = 4096;

export interface RulesPart {
  /** `''`, `/<s1>` or `/<s1>/<s2>`. */
  path: string;
  root: PathNode;
  /** The products its rules name. */
  products: string[];
}

const part = (path: string, root: PathNode): RulesPart => ({
  path,
  root,
  products: [...new Set(recordRules(root).map(({ rule }) => rule.p))],
});

/** A compiled record's parts, each holding at least one rule. */
export function splitRules(rules: Pick<HostRules, 'root'>, limit = PART_BYTES): RulesPart[] {
  const { c: children = {}, ...own } = rules.root;
  const parts = [part('', own)];
  for (const [first, node] of Object.entries(children)) {
    const { c: grandchildren, ...rest } = node;
    if (!grandchildren || JSON.stringify(node).length <= limit) {
      parts.push(part(`/${first}`, { c: { [first]: node } }));
      continue;
    }
    parts.push(part(`/${first}`, { c: { [first]: rest } }));
    for (const [second, child] of Object.entries(grandchildren))
      parts.push(part(`/${first}/${second}`, { c: { [first]: { c: { [second]: child } } } }));
  }
  return parts.filter((p, i) => i === 0 || p.products.length);
}

/**
 * The parts (beyond the host's own) a page's path can reach: what its lookup reads. A walk standing before segment
 * `from` compares that segment next and, past each locale segment it may step over (`/de/bedrock`), the one after.
 */
export function partPaths(segments: readonly string[], from = 0, prefix = ''): string[] {
  const paths: string[] = [];
  for (let i = from; i < segments.length; i++) {
    const path = `${prefix}/${segments[i]}`;
    paths.push(path);
    if (!prefix) paths.push(...partPaths(segments, i + 1, path));
    if (!isLocaleSegment(segments[i]!)) break;
  }
  return paths;
}
