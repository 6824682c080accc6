// @vitest-environment happy-dom
// A due date that has passed on an action still open stands out, in words and not by colour alone; a done or not
// applicable action, or a date still ahead, does not.
import { cleanup, fireEvent } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { isOverdue, localDay } from '../../../src/core/checklist.ts';
import { ACTION, mountRow } from './checklist-row-fixture.tsx';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('an overdue action', () => {
  test('a past due date on an action to do or in progress says it is overdue, and the date field says why', () => {
    const { row, field } = mountRow({ status: 'in-progress', due: '2020-01-15' });
    const note = row.querySelector('.overdue');
    expect(note?.textContent).toBe('Overdue');
    expect(field('Due').getAttribute('aria-describedby')).toBe(`text-${ACTION} ${note?.id}`);
  });

  test('a date ahead, none, or an action done or not applicable is not overdue', () => {
    for (const state of [
      { status: 'todo', due: '2999-12-31' },
      { status: 'todo', due: '' },
      { status: 'done', due: '2020-01-15' },
      { status: 'not-applicable', due: '2020-01-15' },
    ] as const) {
      const { row, field } = mountRow(state);
      expect(row.querySelector('.overdue')).toBeNull();
      expect(field('Due').getAttribute('aria-describedby')).toBe(`text-${ACTION}`);
      cleanup();
      vi.useRealTimers();
    }
  });

  test('marking it done, or moving the date ahead, takes the mark away at once', () => {
    const { row, field } = mountRow({ status: 'todo', due: '2020-01-15' });
    fireEvent.change(field('Due'), { target: { value: '2999-01-01' } });
    expect(row.querySelector('.overdue')).toBeNull();
    fireEvent.change(field('Due'), { target: { value: '2020-01-15' } });
    expect(row.querySelector('.overdue')).not.toBeNull();
    fireEvent.change(field('Status'), { target: { value: 'done' } });
    expect(row.querySelector('.overdue')).toBeNull();
  });
});

test("today is the user's own day, and an action due today is not yet overdue", () => {
  // 23:30 on 14 January where the user is: still the 14th, whatever UTC says.
  const late = new Date(2020, 0, 14, 23, 30);
  expect(localDay(late)).toBe('2020-01-14');
  expect(isOverdue('todo', '2020-01-14', '2020-01-14')).toBe(false);
  expect(isOverdue('todo', '2020-01-13', '2020-01-14')).toBe(true);
  expect(isOverdue('in-progress', '2020-01-13', '2020-01-14')).toBe(true);
  expect(isOverdue('done', '2020-01-13', '2020-01-14')).toBe(false);
  expect(isOverdue('not-applicable', '2020-01-13', '2020-01-14')).toBe(false);
  expect(isOverdue('todo', '', '2020-01-14')).toBe(false);
});
