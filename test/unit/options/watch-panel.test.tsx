// @vitest-environment happy-dom
// The watch and the rating history of one product, rendered alone with the background's answers in the test's hands:
// the switch off until the state is known and while a change is saved, a failed change said and undone on screen,
// and each update's changes in words (a rating not captured said as such).
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { WorkspaceApi } from '../../../src/options/api.ts';
import { WatchPanel } from '../../../src/options/watch-panel.tsx';
import type { WatchView } from '../../../src/shared/messages.ts';
import { t } from '../../../src/shared/i18n.ts';
import { libraryOf } from './workspace-fixture.tsx';

afterEach(cleanup);

const { domains } = libraryOf();
const view = (watched: boolean, history: WatchView['history'] = []): WatchView => ({ kind: 'watch', watched, history });

/** A promise and the hands that settle it. */
function later<T>() {
  let resolve: (value: T) => void = () => {};
  let reject: (error: unknown) => void = () => {};
  const promise = new Promise<T>((yes, no) => ((resolve = yes), (reject = no)));
  return { promise, resolve, reject };
}

function mount(productId = 'acme-agent', productName = 'Acme Agent') {
  const loads: ReturnType<typeof later<WatchView>>[] = [];
  const sets: ReturnType<typeof later<WatchView>>[] = [];
  const api = {
    watchState: vi.fn(() => (loads.push(later<WatchView>()), loads.at(-1)!.promise)),
    setWatched: vi.fn(() => (sets.push(later<WatchView>()), sets.at(-1)!.promise)),
  };
  const panel = (id: string, name: string) => (
    <WatchPanel api={api as unknown as WorkspaceApi} productId={id} productName={name} domains={domains} />
  );
  const result = render(panel(productId, productName));
  const box = () => screen.getByRole('checkbox') as HTMLInputElement;
  return { api, loads, sets, box, rerender: (id: string, name: string) => result.rerender(panel(id, name)) };
}
const settle = (fn: () => void) =>
  act(async () => {
    fn();
    await Promise.resolve();
  });

describe('the watch panel', () => {
  test('a labelled region; the switch named for the product and off until its state is known', async () => {
    const { loads, box, api } = mount();
    expect(screen.getByRole('region', { name: 'Rating history' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Rating history' })).toBeTruthy();
    const label = 'Watch Acme Agent: notify me when an update changes its ratings';
    expect(screen.getByRole('checkbox', { name: label })).toBe(box());
    expect(box().disabled).toBe(true);
    expect(box().checked).toBe(false);
    expect(api.watchState).toHaveBeenCalledWith('acme-agent');
    await settle(() => loads[0]?.resolve(view(true)));
    expect(box().disabled).toBe(false);
    expect(box().checked).toBe(true);
    expect(screen.getByText('No update has changed these ratings since PSF Lens was installed.')).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });

  test('switching sends the new state, shows the click and is off while it is saved, then the answer', async () => {
    const { loads, sets, box, api } = mount();
    await settle(() => loads[0]?.resolve(view(false)));
    fireEvent.click(box());
    expect(api.setWatched).toHaveBeenCalledWith('acme-agent', true);
    await act(async () => {});
    expect(box().disabled).toBe(true);
    expect(box().checked).toBe(true); // the click, not the state before it, while the save runs
    await settle(() => sets[0]?.resolve(view(true)));
    expect(box().disabled).toBe(false);
    expect(box().checked).toBe(true);
    fireEvent.click(box());
    expect(api.setWatched).toHaveBeenLastCalledWith('acme-agent', false);
  });

  test('a failed change is said, the switch shows the state kept, and the next success clears the error', async () => {
    const { loads, sets, box } = mount();
    await settle(() => loads[0]?.resolve(view(false)));
    for (const attempt of [0, 1]) {
      fireEvent.click(box());
      await settle(() => sets[attempt]?.reject(new Error('database closed')));
      expect(screen.getByRole('alert').textContent).toBe('Database closed.');
      expect(box().checked, `after failure ${attempt + 1}`).toBe(false);
      expect(box().disabled).toBe(false);
    }
    fireEvent.click(box());
    await settle(() => sets[2]?.resolve(view(true)));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(box().checked).toBe(true);
  });

  test('a state that cannot be read is said, and the switch stays off', async () => {
    const { loads, box } = mount();
    await settle(() => loads[0]?.reject(new Error('database closed')));
    expect(screen.getByRole('alert').textContent).toBe('Database closed.');
    expect(box().disabled).toBe(true);
    expect(screen.queryByText(/No update has changed/)).toBeNull();
  });

  test('each update with its date, version and source, and its changes in words', async () => {
    const { loads } = mount();
    const at = Date.UTC(2026, 11, 1);
    await settle(() =>
      loads[0]?.resolve(
        view(true, [
          {
            productId: 'acme-agent',
            at,
            version: '2026.12.01',
            source: 'feed',
            changes: [
              { domain: 'D4', from: 'Gap', to: 'Partial' },
              { domain: 'D6', from: null, to: 'Strong' },
            ],
          },
          { productId: 'acme-agent', at, version: '2026.11.01', source: 'bundled', changes: [] },
        ]),
      ),
    );
    const entries = screen.getAllByRole('listitem').filter((li) => li.parentElement?.tagName === 'OL');
    expect(entries.map((li) => li.querySelector('strong')?.textContent)).toEqual([
      `${t.date(at)} · version 2026.12.01 (feed)`,
      `${t.date(at)} · version 2026.11.01 (bundled)`,
    ]);
    const changes = within(entries[0]!).getAllByRole('listitem');
    expect(changes.map((li) => li.textContent)).toEqual([
      'D4 Observability: Gap → Partial',
      'D6 Human Oversight: not captured → Strong',
    ]);
    expect(changes[0]?.querySelector('[lang="en"]')?.textContent).toBe('D4 Observability');
    expect(screen.queryByText(/No update has changed/)).toBeNull();
  });

  test('another product asks for its own state', async () => {
    const { api, loads, rerender } = mount();
    await settle(() => loads[0]?.resolve(view(true)));
    rerender('dspy', 'DSPy');
    await act(async () => {});
    expect(api.watchState).toHaveBeenLastCalledWith('dspy');
  });
});
