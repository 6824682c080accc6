/** One checklist row rendered alone, its saves held until the test answers them, and the clock in the test's hands. */
import { act, fireEvent, render, screen, within } from '@testing-library/preact';
import { vi } from 'vitest';
import type { ActionPatch, ActionState, ChecklistItem } from '../../../src/core/checklist.ts';
import { ChecklistRow } from '../../../src/options/checklist-row.tsx';
import { stateOf } from './workspace-fixture.tsx';

export const ACTION = 'acme.d1.filter-input';
export const TEXT = 'Filter the prompts before they reach the model.';

/** One call of `save`, answered when the test says so. */
export interface Save {
  patch: ActionPatch;
  resolve(): void;
  reject(error: unknown): void;
}

/** The row of one action (saved as `state`, or never set), its saves held until the test answers them. */
export function mountRow(state: Partial<ActionState> | null = null, domainLabel?: string) {
  const saves: Save[] = [];
  const save = vi.fn(
    (actionId: string, patch: ActionPatch) =>
      new Promise<ActionState>((resolve, reject) =>
        saves.push({ patch, resolve: () => resolve(stateOf('acme', actionId, patch)), reject }),
      ),
  );
  const item: ChecklistItem = {
    actionId: ACTION,
    domain: 'D1',
    text: TEXT,
    state: state ? stateOf('acme', ACTION, state) : null,
    retired: false,
  };
  const view = render(
    <ul>
      <ChecklistRow item={item} save={save} {...(domainLabel ? { domainLabel } : {})} />
    </ul>,
  );
  // After the first render: with the clock faked before it, Preact would not run the row's effects.
  vi.useFakeTimers();
  const row = screen.getByRole('listitem');
  const field = <T extends HTMLElement>(label: string) => within(row).getByLabelText(label) as T;
  return {
    saves,
    save,
    view,
    row,
    field,
    /** What the line under the fields says. */
    line: () => (within(row).queryByRole('alert') ?? within(row).getByRole('status')).textContent,
    type: (label: 'Owner' | 'Notes', value: string) => fireEvent.input(field(label), { target: { value } }),
  };
}

/** Lets the timers and the promises they start run, as the browser would in `ms`. */
export const wait = (ms: number) =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
/** Answers a save, and lets the row show what came of it. */
export const answer = (save: Save | undefined, error?: Error) =>
  act(async () => {
    if (!save) throw new Error('test setup: no such save');
    if (error) save.reject(error);
    else save.resolve();
    await Promise.resolve();
  });
