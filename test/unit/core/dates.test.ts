import { describe, expect, test } from 'vitest';
import { compareDates, periodOf } from '../../../src/core/dates.ts';

describe('periodOf', () => {
  test.each([
    ['2026', { start: '2026-01-01', end: '2026-12-31' }],
    ['2026-02', { start: '2026-02-01', end: '2026-02-28' }],
    ['2024-02', { start: '2024-02-01', end: '2024-02-29' }],
    ['2026-04', { start: '2026-04-01', end: '2026-04-30' }],
    ['2026-12', { start: '2026-12-01', end: '2026-12-31' }],
    ['2026-04-30', { start: '2026-04-30', end: '2026-04-30' }],
    ['2026-Q1', { start: '2026-01-01', end: '2026-03-31' }],
    ['2026-Q2', { start: '2026-04-01', end: '2026-06-30' }],
    ['2026-Q3', { start: '2026-07-01', end: '2026-09-30' }],
    ['2026-Q4', { start: '2026-10-01', end: '2026-12-31' }],
  ])('%s is %o', (date, period) => {
    expect(periodOf(date)).toEqual(period);
  });

  test.each([
    undefined,
    '',
    'soon',
    '2026-Q5',
    '2026-Q0',
    '26-04',
    '2026-4',
    '2026-04-3',
    'x2026',
    '2026-04-30x',
    'x2026-Q2',
    '2026-Q2x',
  ])('%j is no date', (date) => {
    expect(periodOf(date)).toBeNull();
  });
});

describe('compareDates', () => {
  // Each row: an older date, then a newer one.
  test.each([
    ['2026-Q2', '2026-05', 'a quarter sorts with its first month, before the next month'],
    ['2026-Q2', '2026-06-02', 'a quarter is older than a day in its last month'],
    ['2026-04', '2026-Q2', 'a quarter is after the month it starts with (it ends later)'],
    ['2026-04-01', '2026-04', 'a day is before the month it starts'],
    ['2026-Q1', '2026-Q2', 'quarters in order'],
    ['2025-Q4', '2026-Q1', 'across a year'],
    ['2025-12-31', '2026', 'a day of the year before'],
    ['2026-01', '2026', 'a year is after its first month (it ends later)'],
    ['2026-04-30', '2026-05-01', 'days'],
    [undefined, '1999', 'a missing date is older than any date'],
    ['not a date', '2026-Q1', 'an unreadable date too'],
  ])('%s < %s (%s)', (older, newer, why) => {
    expect(compareDates(older, newer), why).toBe(-1);
    expect(compareDates(newer, older), why).toBe(1);
  });

  test.each([
    ['2026-Q2', '2026-Q2'],
    ['2026-05', '2026-05'],
    [undefined, undefined],
    [undefined, 'soon'],
  ])('%s and %s are equal', (a, b) => {
    expect(compareDates(a, b)).toBe(0);
  });

  test('sorts a mixed list the way a reader expects', () => {
    // (Array#sort puts undefined last without asking the comparator, so the unreadable date here is a string.)
    const dates = ['2026-06-02', '2026-Q2', '2026-05', 'soon', '2026-04', '2026-04-30', '2025'];
    expect([...dates].sort(compareDates)).toEqual([
      'soon',
      '2025',
      '2026-04',
      '2026-Q2',
      '2026-04-30',
      '2026-05',
      '2026-06-02',
    ]);
  });
});
