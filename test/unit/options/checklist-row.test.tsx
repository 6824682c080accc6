// @vitest-environment happy-dom
// One checklist row on its own, with saves the test answers when it chooses: what is sent, with which values and
// when (a status or a date at once, owner and notes 800 ms after the last keystroke or at once on blur, what is
// waiting when the row goes away), and what the row says meanwhile (saving, saved, or the reason with a way to retry).
import { act, cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { NOTES_MAX, OWNER_MAX, TEXT_SAVE_DELAY_MS } from '../../../src/options/checklist-row.tsx';
import { ACTION, answer, mountRow, TEXT, wait } from './checklist-row-fixture.tsx';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('a checklist row', () => {
  test('shows what was saved, each field labelled and described by the action', () => {
    const { row, field, line } = mountRow({ status: 'in-progress', owner: 'Ana', due: '2999-12-01', notes: 'Half' });
    expect(row.getAttribute('id')).toBe(`action-${ACTION}`);
    expect(row.getAttribute('aria-labelledby')).toBe(`text-${ACTION}`);
    expect(document.getElementById(`text-${ACTION}`)?.textContent).toBe(TEXT);
    expect(field<HTMLSelectElement>('Status').value).toBe('in-progress');
    expect(field<HTMLInputElement>('Owner').value).toBe('Ana');
    expect(field<HTMLInputElement>('Due').value).toBe('2999-12-01');
    expect(field<HTMLInputElement>('Due').type).toBe('date');
    expect(field<HTMLTextAreaElement>('Notes').value).toBe('Half');
    for (const label of ['Status', 'Owner', 'Due', 'Notes'])
      expect(field(label).getAttribute('aria-describedby')).toBe(`text-${ACTION}`);
    expect(line()).toBe('');
    expect(row.classList.contains('status-in-progress')).toBe(true);
  });

  test('an action never set: to do, nothing filled in; the four statuses in their words', () => {
    const { field } = mountRow();
    const status = field<HTMLSelectElement>('Status');
    expect(status.value).toBe('todo');
    expect([...status.options].map((o) => [o.value, o.textContent])).toEqual([
      ['todo', 'To do'],
      ['in-progress', 'In progress'],
      ['done', 'Done'],
      ['not-applicable', 'Not applicable'],
    ]);
    expect(field<HTMLInputElement>('Owner').value).toBe('');
    expect(field<HTMLInputElement>('Due').value).toBe('');
    expect(field<HTMLTextAreaElement>('Notes').value).toBe('');
  });

  test('owner and notes stop at what the background keeps', () => {
    const { field } = mountRow();
    expect(field<HTMLInputElement>('Owner').maxLength).toBe(OWNER_MAX);
    expect(field<HTMLTextAreaElement>('Notes').maxLength).toBe(NOTES_MAX);
    expect([OWNER_MAX, NOTES_MAX]).toEqual([200, 10_000]);
  });

  test('the domain is named above the text only where the row is given it', () => {
    mountRow(null, 'D2 Output Validation');
    expect(screen.getByText('D2 Output Validation').getAttribute('lang')).toBe('en');
    cleanup();
    const { row } = mountRow();
    expect(row.textContent?.startsWith(TEXT)).toBe(true);
  });

  test('a status or a date is saved at once, alone, and the row says "Saving…" then "Saved"', async () => {
    const { saves, save, field, line, row } = mountRow();
    fireEvent.change(field('Status'), { target: { value: 'done' } });
    expect(save).toHaveBeenCalledWith(ACTION, { status: 'done' });
    expect(line()).toBe('Saving…');
    expect(row.classList.contains('status-done')).toBe(true);
    await answer(saves[0]);
    expect(line()).toBe('Saved');
    fireEvent.change(field('Due'), { target: { value: '2027-01-31' } });
    expect(save).toHaveBeenLastCalledWith(ACTION, { due: '2027-01-31' });
    expect(field<HTMLInputElement>('Due').value).toBe('2027-01-31');
    expect(line()).toBe('Saving…');
  });

  test('only the latest save’s answer says "Saved"', async () => {
    const { saves, field, line } = mountRow();
    fireEvent.change(field('Status'), { target: { value: 'done' } });
    fireEvent.change(field('Due'), { target: { value: '2027-01-31' } });
    await answer(saves[0]);
    expect(line()).toBe('Saving…');
    await answer(saves[1]);
    expect(line()).toBe('Saved');
  });
});

describe('owner and notes', () => {
  test('are saved 800 ms after the last keystroke, once, with what was typed last', async () => {
    const { save, type, field } = mountRow();
    type('Notes', 'Tick');
    await wait(TEXT_SAVE_DELAY_MS - 100);
    type('Notes', 'Ticket SEC-12');
    await wait(TEXT_SAVE_DELAY_MS - 1);
    expect(save).not.toHaveBeenCalled();
    expect(field<HTMLTextAreaElement>('Notes').value).toBe('Ticket SEC-12');
    await wait(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith(ACTION, { notes: 'Ticket SEC-12' });
    await wait(5 * TEXT_SAVE_DELAY_MS);
    expect(save).toHaveBeenCalledTimes(1);
  });

  test('each field waits for its own keystrokes', async () => {
    const { save, type } = mountRow();
    type('Owner', 'Priya');
    await wait(TEXT_SAVE_DELAY_MS / 2);
    type('Notes', 'Ticket');
    await wait(TEXT_SAVE_DELAY_MS / 2);
    expect(save.mock.calls).toEqual([[ACTION, { owner: 'Priya' }]]);
    await wait(TEXT_SAVE_DELAY_MS / 2);
    expect(save.mock.calls).toEqual([
      [ACTION, { owner: 'Priya' }],
      [ACTION, { notes: 'Ticket' }],
    ]);
  });

  test('leaving the field saves at once, and not again when its delay would have come', async () => {
    const { save, type, field } = mountRow();
    type('Owner', 'Priya');
    fireEvent.blur(field('Owner'));
    expect(save.mock.calls).toEqual([[ACTION, { owner: 'Priya' }]]);
    await wait(2 * TEXT_SAVE_DELAY_MS);
    fireEvent.blur(field('Owner'));
    type('Notes', 'Ticket');
    fireEvent.blur(field('Notes'));
    expect(save.mock.calls).toEqual([
      [ACTION, { owner: 'Priya' }],
      [ACTION, { notes: 'Ticket' }],
    ]);
  });

  test('leaving a field whose text is as it was saved sends nothing', async () => {
    const { saves, save, type, field } = mountRow({ owner: 'Ana', notes: 'Half' });
    fireEvent.blur(field('Owner'));
    fireEvent.blur(field('Notes'));
    type('Owner', 'Anabel');
    type('Owner', 'Ana');
    await wait(TEXT_SAVE_DELAY_MS);
    expect(save).not.toHaveBeenCalled();
    // Nor after a save of another field.
    fireEvent.change(field('Status'), { target: { value: 'done' } });
    await answer(saves[0]);
    fireEvent.blur(field('Owner'));
    fireEvent.blur(field('Notes'));
    expect(save).toHaveBeenCalledTimes(1);
  });

  test('leaving the empty fields of an action never set sends nothing', () => {
    const { save, field } = mountRow();
    fireEvent.blur(field('Owner'));
    fireEvent.blur(field('Notes'));
    expect(save).not.toHaveBeenCalled();
  });

  test('the row going away saves what is still waiting for its delay, and nothing already sent', async () => {
    const { save, type, field, view } = mountRow({ owner: 'Ana' });
    type('Owner', 'Jonas');
    fireEvent.blur(field('Owner'));
    type('Notes', 'Budget agreed');
    await wait(TEXT_SAVE_DELAY_MS - 1);
    await act(() => {
      view.unmount();
    });
    expect(save.mock.calls).toEqual([
      [ACTION, { owner: 'Jonas' }],
      [ACTION, { notes: 'Budget agreed' }],
    ]);
    await wait(2 * TEXT_SAVE_DELAY_MS);
    expect(save).toHaveBeenCalledTimes(2);
  });
});
