import { expect, test } from 'vitest';
import { withSaved, type ActionState } from '../../../src/core/checklist.ts';

const state = (actionId: string, updatedAt: number, notes = ''): ActionState => ({
  productId: 'p',
  actionId,
  status: 'todo',
  owner: '',
  due: '',
  notes,
  updatedAt,
  text: '',
  domain: 'D1',
  assessmentId: 'a',
});

test.each([
  ['a first save adds the state', [state('other', 1)], state('x', 5, 'new'), ['other:1', 'x:5:new']],
  ['a newer save replaces the shown state', [state('x', 3, 'old')], state('x', 5, 'new'), ['x:5:new']],
  ['a save as new as the shown state replaces it', [state('x', 5, 'old')], state('x', 5, 'new'), ['x:5:new']],
  ['an older answer arriving late is dropped', [state('x', 5, 'new')], state('x', 3, 'old'), ['x:5:new']],
  [
    'another action’s newer state does not block the save',
    [state('y', 9), state('x', 1)],
    state('x', 2, 'new'),
    ['y:9', 'x:2:new'],
  ],
])('%s', (_what, shown, saved, expected) => {
  const key = (s: ActionState) => [s.actionId, s.updatedAt, s.notes].filter((p) => p !== '').join(':');
  const before = shown.map(key);
  expect(withSaved(shown, saved).map(key)).toEqual(expected);
  expect(shown.map(key), 'the states given are left as they were').toEqual(before);
});
