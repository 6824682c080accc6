import { describe, expect, test } from 'vitest';
import { DOMAIN_IDS, type Assessment, type Ratings } from '../../../src/core/model.ts';
import { countRatings, headline, type Headline } from '../../../src/core/summary.ts';
import { assessmentOf, bundled } from '../helpers/dataset.ts';

const dataset = bundled();
type Source = Pick<Assessment, 'ratings' | 'summaryCounts'>;
const S = 'Strong' as const;
const P = 'Partial' as const;
const G = 'Gap' as const;

describe('headline() says what was captured, and no more', () => {
  test.each<[string, Source, Headline]>([
    [
      'complete: all eight captured',
      { ratings: { D1: P, D2: P, D3: P, D4: G, D5: P, D6: S, D7: G, D8: P } },
      { kind: 'complete', counts: { Strong: 1, Partial: 5, Gap: 2 } },
    ],
    [
      'complete wins over the source’s counts',
      {
        ratings: { D1: S, D2: S, D3: S, D4: S, D5: S, D6: S, D7: S, D8: G },
        summaryCounts: { Strong: 1, Partial: 6, Gap: 1 },
      },
      { kind: 'complete', counts: { Strong: 7, Partial: 0, Gap: 1 } },
    ],
    [
      'source-counts: four captured, the source’s counts shown',
      { ratings: { D1: P, D2: P, D3: G, D4: S }, summaryCounts: { Strong: 3, Partial: 4, Gap: 1 } },
      { kind: 'source-counts', counts: { Strong: 3, Partial: 4, Gap: 1 }, captured: 4 },
    ],
    [
      'source-counts with nothing captured',
      { ratings: {}, summaryCounts: { Strong: 2, Partial: 3, Gap: 3 } },
      { kind: 'source-counts', counts: { Strong: 2, Partial: 3, Gap: 3 }, captured: 0 },
    ],
    [
      'partial: two Strong, six not captured',
      { ratings: { D1: S, D2: S } },
      { kind: 'partial', counts: { Strong: 2, Partial: 0, Gap: 0 }, captured: 2 },
    ],
    [
      'partial with one of each',
      { ratings: { D1: S, D4: P, D8: G } },
      { kind: 'partial', counts: { Strong: 1, Partial: 1, Gap: 1 }, captured: 3 },
    ],
    ['none: nothing captured, no counts', { ratings: {} }, { kind: 'none' }],
  ])('%s', (_what, source, expected) => {
    expect(headline(source)).toEqual(expected);
  });
});

describe('a missing rating is never shown as a Gap', () => {
  const withoutGaps: [string, Ratings][] = [
    ['nothing', {}],
    ['one Strong', { D1: S }],
    ['seven captured, all Partial', { D1: P, D2: P, D3: P, D4: P, D5: P, D6: P, D7: P }],
    ['Strong and Partial', { D2: S, D5: P }],
  ];

  test.each(withoutGaps)('%s: no Gap counted, and fewer than eight captured', (_what, ratings) => {
    const h = headline({ ratings });
    expect(h.kind === 'none' ? 0 : h.counts.Gap).toBe(0);
    expect(h.kind === 'partial' || h.kind === 'none').toBe(true);
  });

  test.each(dataset.assessments.map((a) => [a.id, a] as const))(
    '%s: Gap count is only what was rated or what the source says',
    (_id, assessment) => {
      const h = headline(assessment);
      const ratedGaps = DOMAIN_IDS.filter((d) => assessment.ratings[d] === 'Gap').length;
      const allowed = assessment.summaryCounts?.Gap ?? ratedGaps;
      expect(h.kind === 'none' ? 0 : h.counts.Gap).toBe(h.kind === 'source-counts' ? allowed : ratedGaps);
    },
  );
});

describe('the bundled assessments read as expected', () => {
  test.each<[string, Headline]>([
    ['openai-codex', { kind: 'complete', counts: { Strong: 1, Partial: 5, Gap: 2 } }],
    ['haystack', { kind: 'source-counts', counts: { Strong: 3, Partial: 4, Gap: 1 }, captured: 4 }],
    ['gpt-4-1', { kind: 'partial', counts: { Strong: 2, Partial: 0, Gap: 0 }, captured: 2 }],
    ['amazon-bedrock-agents', { kind: 'none' }],
  ])('%s', (productId, expected) => {
    expect(headline(assessmentOf(dataset, productId))).toEqual(expected);
  });
});

test('countRatings counts only captured ratings', () => {
  expect(countRatings({ D1: S, D3: G, D8: G })).toEqual({ Strong: 1, Partial: 0, Gap: 2, captured: 3 });
  expect(countRatings({})).toEqual({ Strong: 0, Partial: 0, Gap: 0, captured: 0 });
});
