import { describe, expect, test } from 'vitest';
import { describeChange, ratingChanges } from '../../../src/core/history.ts';
import { bundled } from '../helpers/dataset.ts';

describe('ratingChanges', () => {
  test('the same dataset changes nothing', () => {
    expect(ratingChanges(bundled().assessments, bundled().assessments)).toEqual([]);
  });

  test('names each product and domain that changed, from what to what; not captured is null, never Gap', () => {
    const before = bundled().assessments;
    const after = bundled().assessments;
    const codex = after.find((a) => a.productId === 'openai-codex')!;
    codex.ratings.D4 = 'Partial';
    delete codex.ratings.D7;
    const haystack = after.find((a) => a.productId === 'haystack')!;
    haystack.ratings.D5 = 'Strong';
    expect(ratingChanges(before, after)).toEqual([
      { productId: 'haystack', changes: [{ domain: 'D5', from: null, to: 'Strong' }] },
      {
        productId: 'openai-codex',
        changes: [
          { domain: 'D4', from: 'Gap', to: 'Partial' },
          { domain: 'D7', from: 'Gap', to: null },
        ],
      },
    ]);
  });

  test('a product new to the dataset shows its captured ratings as new', () => {
    const after = bundled().assessments;
    const before = after.filter((a) => a.productId !== 'crewai');
    const [change] = ratingChanges(before, after);
    expect(change?.productId).toBe('crewai');
    expect(change?.changes).toHaveLength(8);
    expect(change?.changes.every((c) => c.from === null)).toBe(true);
  });

  test('a product gone from the dataset loses its ratings; products come in id order, old or new', () => {
    const before = bundled().assessments;
    const crewai = before.find((a) => a.productId === 'crewai')!;
    const after = [
      ...bundled().assessments.filter((a) => a.productId !== 'crewai'),
      { ...crewai, id: 'a-new-psf', productId: 'a-new', ratings: { D1: 'Gap' as const } },
    ];
    const changes = ratingChanges(before, after);
    expect(changes.map((c) => c.productId)).toEqual(['a-new', 'crewai']);
    expect(changes[1]?.changes).toEqual(
      Object.entries(crewai.ratings).map(([domain, from]) => ({ domain, from, to: null })),
    );
  });
});

test('describeChange reads as a sentence', () => {
  expect(describeChange({ domain: 'D7', from: 'Gap', to: null }, () => 'Security')).toBe(
    'D7 Security: Gap → not captured',
  );
});
