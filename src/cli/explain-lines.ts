/** `psf-lens detect --explain`: for each URL, every rule of its host tried, and why it did or did not decide. */
import type { Explanation, RuleOutcome } from '../core/explain.ts';

const MARK: Record<RuleOutcome, string> = {
  chosen: '✓',
  tie: '=',
  outranked: '·',
  excluded: '⊘',
  exclusion: '⊘',
  'exclusion-not-applied': '✗',
  'needs-signals': '?',
  'no-fit': '✗',
};

/** Readable text: the URL, the verdict, then one line per rule of the URL's host (none when no rule lives there). */
export function explanationText(e: Explanation): string[] {
  const lines = [e.url, `  → ${e.products.length ? e.summary : `no product: ${e.summary}`}`];
  for (const t of e.trials) lines.push(`    ${MARK[t.outcome]} ${t.productId.padEnd(24)} ${t.rule}: ${t.why}`);
  if (e.host && !e.trials.length) lines.push(`    (no rule of any rated product on ${e.host})`);
  return lines;
}
