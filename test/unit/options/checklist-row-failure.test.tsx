// @vitest-environment happy-dom
// A checklist row whose save fails: the reason in a sentence, what was typed kept, "Try again" sending the whole row,
// and every save after it sending the whole row too until one succeeds, so no "Saved" covers a change still unsaved.
import { act, cleanup, fireEvent, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { TEXT_SAVE_DELAY_MS } from '../../../src/options/checklist-row.tsx';
import { ACTION, answer, mountRow, wait } from './checklist-row-fixture.tsx';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const full = new Error('storage is full');
const row = (status: string, owner: string, due: string, notes: string) => ({ status, owner, due, notes });

describe('a failed save', () => {
  test('says why in an alert, keeps what was typed, and "Try again" sends the whole row', async () => {
    const { saves, save, type, field, line, row: li } = mountRow({ due: '2026-12-01' });
    type('Owner', 'Jonas');
    fireEvent.blur(field('Owner'));
    await answer(saves[0], full);
    const alert = within(li).getByRole('alert');
    expect(alert.textContent).toBe('Not saved. Storage is full. What you entered is still here. Try again');
    expect(within(li).queryByRole('status')).toBeNull();
    expect(field<HTMLInputElement>('Owner').value).toBe('Jonas');
    const tryAgain = within(alert).getByRole('button', { name: 'Try again' });
    tryAgain.focus();
    fireEvent.click(tryAgain);
    expect(save).toHaveBeenLastCalledWith(ACTION, row('todo', 'Jonas', '2026-12-01', ''));
    expect(line()).toBe('Saving…');
    // The button went with its click: the keyboard is on the row's first field, not on the page's body.
    expect(document.activeElement).toBe(field('Status'));
    await answer(saves[1]);
    expect(line()).toBe('Saved');
    expect(within(li).queryByRole('alert')).toBeNull();
  });

  test('"Try again" carries what is still waiting for its delay, which is then not sent again', async () => {
    const { saves, save, type, field } = mountRow();
    fireEvent.change(field('Status'), { target: { value: 'done' } });
    await answer(saves[0], full);
    type('Notes', 'Ticket');
    await wait(TEXT_SAVE_DELAY_MS / 2);
    fireEvent.click(within(field('Status').closest('li') as HTMLElement).getByRole('button', { name: 'Try again' }));
    expect(save).toHaveBeenLastCalledWith(ACTION, row('done', '', '', 'Ticket'));
    await wait(2 * TEXT_SAVE_DELAY_MS);
    expect(save).toHaveBeenCalledTimes(2);
  });

  test('a field whose save failed is sent again on blur, though its text has not changed', async () => {
    const { saves, save, type, field } = mountRow();
    type('Notes', 'Ticket');
    fireEvent.blur(field('Notes'));
    await answer(saves[0], full);
    fireEvent.blur(field('Notes'));
    expect(save).toHaveBeenCalledTimes(2);
    expect(save).toHaveBeenLastCalledWith(ACTION, row('todo', '', '', 'Ticket'));
  });

  test('saves after it send the whole row until one succeeds, then each field alone again', async () => {
    const { saves, save, type, field, line } = mountRow({ owner: 'Ana' });
    fireEvent.change(field('Status'), { target: { value: 'done' } });
    await answer(saves[0], full);
    fireEvent.change(field('Due'), { target: { value: '2027-03-01' } });
    expect(save).toHaveBeenLastCalledWith(ACTION, row('done', 'Ana', '2027-03-01', ''));
    await answer(saves[1], full);
    type('Notes', 'Ticket');
    fireEvent.blur(field('Notes'));
    expect(save).toHaveBeenLastCalledWith(ACTION, row('done', 'Ana', '2027-03-01', 'Ticket'));
    await answer(saves[2]);
    expect(line()).toBe('Saved');
    fireEvent.change(field('Status'), { target: { value: 'in-progress' } });
    expect(save).toHaveBeenLastCalledWith(ACTION, { status: 'in-progress' });
    // The whole row's save sent the owner and the notes: leaving them sends nothing more.
    fireEvent.blur(field('Owner'));
    fireEvent.blur(field('Notes'));
    expect(save).toHaveBeenCalledTimes(4);
  });

  test('a later save that succeeds does not say "Saved" over an earlier one that failed', async () => {
    const { saves, save, type, field, line } = mountRow();
    fireEvent.change(field('Status'), { target: { value: 'done' } });
    type('Owner', 'Priya');
    fireEvent.blur(field('Owner'));
    await answer(saves[0], full);
    await answer(saves[1]);
    expect(line()).toBe('Not saved. Storage is full. What you entered is still here. Try again');
    fireEvent.click(within(field('Status').closest('li') as HTMLElement).getByRole('button', { name: 'Try again' }));
    expect(save).toHaveBeenLastCalledWith(ACTION, row('done', 'Priya', '', ''));
    await answer(saves[2]);
    expect(line()).toBe('Saved');
  });

  test('only the fields a failed save carried are sent again on blur', async () => {
    const { saves, save, field } = mountRow({ owner: 'Ana' });
    fireEvent.change(field('Status'), { target: { value: 'done' } });
    await answer(saves[0], full);
    fireEvent.blur(field('Owner'));
    fireEvent.blur(field('Notes'));
    expect(save).toHaveBeenCalledTimes(1);
  });

  test('a whole row sent while notes wait for their delay: the notes are not sent again', async () => {
    const { saves, save, type, field } = mountRow();
    fireEvent.change(field('Status'), { target: { value: 'done' } });
    await answer(saves[0], full);
    type('Notes', 'Ticket');
    await wait(TEXT_SAVE_DELAY_MS / 2);
    fireEvent.change(field('Due'), { target: { value: '2027-03-01' } });
    expect(save).toHaveBeenLastCalledWith(ACTION, row('done', '', '2027-03-01', 'Ticket'));
    await wait(2 * TEXT_SAVE_DELAY_MS);
    expect(save).toHaveBeenCalledTimes(2);
  });

  test('leaving the page after a failed save sends the whole row once more', async () => {
    const { saves, save, type, field, view } = mountRow({ notes: 'Half' });
    type('Owner', 'Jonas');
    fireEvent.blur(field('Owner'));
    await answer(saves[0], full);
    await act(() => {
      view.unmount();
    });
    expect(save.mock.calls).toEqual([
      [ACTION, { owner: 'Jonas' }],
      [ACTION, row('todo', 'Jonas', '', 'Half')],
    ]);
    await wait(2 * TEXT_SAVE_DELAY_MS);
    expect(save).toHaveBeenCalledTimes(2);
  });
});
