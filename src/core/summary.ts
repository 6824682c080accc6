/** What an assessment adds up to, said honestly: counts of captured ratings, or the source's own counts. */
import { DOMAIN_IDS, type Assessment, type Counts, type Ratings } from './model.ts';

export type Headline =
  /** All eight ratings captured. */
  | { kind: 'complete'; counts: Counts }
  /** Not all captured, but the source states its own counts. */
  | { kind: 'source-counts'; counts: Counts; captured: number }
  /** Some ratings captured and no counts from the source. */
  | { kind: 'partial'; counts: Counts; captured: number }
  /** No rating captured: the assessment exists, read it at the source. */
  | { kind: 'none' };

export function countRatings(ratings: Ratings): Counts & { captured: number } {
  const counts = { Strong: 0, Partial: 0, Gap: 0, captured: 0 };
  for (const id of DOMAIN_IDS) {
    const rating = ratings[id];
    if (!rating) continue;
    counts[rating]++;
    counts.captured++;
  }
  return counts;
}

export function headline(assessment: Pick<Assessment, 'ratings' | 'summaryCounts'>): Headline {
  const { captured, ...counts } = countRatings(assessment.ratings);
  if (captured === DOMAIN_IDS.length) return { kind: 'complete', counts };
  if (assessment.summaryCounts) return { kind: 'source-counts', counts: assessment.summaryCounts, captured };
  if (captured > 0) return { kind: 'partial', counts, captured };
  return { kind: 'none' };
}
