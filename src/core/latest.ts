/**
 * Which assessment of a product is current: the one published last (by `compareDates`, so quarters, months and
 * days order correctly). Ties go to the smallest id, a rule that does not depend on the order a store returns.
 * Every "current assessment" in PSF Lens (popup, workspace, history, command line) is this function's answer.
 */
import { compareDates } from './dates.ts';
import type { Assessment } from './model.ts';

type Dated = Pick<Assessment, 'id' | 'productId' | 'published'>;

function isLater(a: Dated, than: Dated): boolean {
  const order = compareDates(a.published, than.published);
  return order > 0 || (order === 0 && a.id < than.id);
}

/** The latest of some assessments (normally one product's), or null when there are none. */
export function latestAssessment<A extends Dated>(assessments: readonly A[]): A | null {
  let latest: A | null = null;
  for (const a of assessments) if (!latest || isLater(a, latest)) latest = a;
  return latest;
}

/** Each product's latest assessment. */
export function latestByProduct<A extends Dated>(assessments: readonly A[]): Map<string, A> {
  const out = new Map<string, A>();
  for (const a of assessments) {
    const known = out.get(a.productId);
    if (!known || isLater(a, known)) out.set(a.productId, a);
  }
  return out;
}
