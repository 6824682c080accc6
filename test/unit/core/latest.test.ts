import { expect, test } from 'vitest';
import { latestAssessment, latestByProduct } from '../../../src/core/latest.ts';

const a = (id: string, published: string | undefined, productId = 'p') => ({ id, productId, published });

test.each([
  ['a month after the quarter it falls in', [a('q2', '2026-Q2'), a('may', '2026-05')], 'may'],
  ['the order given does not matter', [a('may', '2026-05'), a('q2', '2026-Q2')], 'may'],
  ['a quarter after the month it starts with', [a('apr', '2026-04'), a('q2', '2026-Q2')], 'q2'],
  ['a day after a quarter that starts before it', [a('q2', '2026-Q2'), a('jun2', '2026-06-02')], 'jun2'],
  ['a dated one over an undated one', [a('undated', undefined), a('old', '2001')], 'old'],
  ['an undated one when it is the only one', [a('undated', undefined)], 'undated'],
  ['on equal dates, the smallest id', [a('b', '2026-05'), a('a', '2026-05'), a('c', '2026-05')], 'a'],
  ['on no dates at all, the smallest id', [a('z', undefined), a('y', undefined)], 'y'],
])('latestAssessment: %s', (_why, assessments, id) => {
  expect(latestAssessment(assessments)?.id).toBe(id);
  expect(latestAssessment([...assessments].reverse())?.id, 'whatever order the store returns').toBe(id);
});

test('latestAssessment of nothing is null', () => {
  expect(latestAssessment([])).toBeNull();
});

test('latestByProduct keeps each product apart and applies the same rule to each', () => {
  const all = [
    a('x-q2', '2026-Q2', 'x'),
    a('y-old', '2025-12-01', 'y'),
    a('x-may', '2026-05', 'x'),
    a('y-b', '2026-Q1', 'y'),
    a('y-a', '2026-Q1', 'y'),
  ];
  const latest = latestByProduct(all);
  expect([...latest.keys()].sort()).toEqual(['x', 'y']);
  expect(latest.get('x')?.id).toBe('x-may');
  expect(latest.get('y')?.id).toBe('y-a');
  for (const [productId, chosen] of latest)
    expect(chosen).toBe(latestAssessment(all.filter((x) => x.productId === productId)));
});
