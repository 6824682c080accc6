// @vitest-environment happy-dom
// When the draft is written: once, 600 ms after the last change and with the last change; at once when the page is
// hidden, closed or left; one save after another, never two at a time; never after a cancel. What the page says
// follows: pending, then saved (with the background's time) or the reason it failed.
import { act, cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import type { OrgDraft } from '../../../src/core/org-draft.ts';
import { AUTOSAVE_MS, useAutosave } from '../../../src/options/use-autosave.ts';

type Autosave = ReturnType<typeof useAutosave>;

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** Drafts told apart by their name alone: the hook never looks inside one. */
const draft = (name: string) => ({ name }) as unknown as OrgDraft;

/** One call of `save`, answered when the test says so. */
interface Save {
  name: string;
  resolve(at: number): void;
  reject(error: unknown): void;
}

function Probe({ save, expose }: { save: (d: OrgDraft) => Promise<number>; expose: (a: Autosave) => void }) {
  const autosave = useAutosave(save);
  expose(autosave);
  const { state } = autosave;
  return (
    <p role="status">
      {state.kind === 'saved' ? `saved ${state.at}` : state.kind === 'error' ? `error ${state.message}` : state.kind}
    </p>
  );
}

function mount() {
  const saves: Save[] = [];
  const save = vi.fn(
    (d: OrgDraft) =>
      new Promise<number>((resolve, reject) =>
        saves.push({ name: (d as unknown as { name: string }).name, resolve, reject }),
      ),
  );
  let current: Autosave | undefined;
  const view = render(<Probe save={save} expose={(a) => (current = a)} />);
  // After the first render: with the clock faked before it, Preact would not run the page's effects.
  vi.useFakeTimers();
  const hook = () => {
    if (!current) throw new Error('test setup: the probe has not rendered');
    return current;
  };
  return { saves, save, view, hook, shown: () => screen.getByRole('status').textContent };
}

/** Lets the timers and the promises they start run, as the browser would in `ms`. */
const wait = (ms: number) =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });

test('a save 600 ms after the last change, with the last change only', async () => {
  const { saves, hook, shown } = mount();
  expect(shown()).toBe('idle');
  await act(() => hook().schedule(draft('a')));
  expect(shown()).toBe('pending');
  await wait(AUTOSAVE_MS - 100);
  await act(() => hook().schedule(draft('b')));
  await wait(AUTOSAVE_MS - 1);
  expect(saves).toEqual([]);
  await wait(1);
  expect(saves.map((s) => s.name)).toEqual(['b']);
  expect(shown()).toBe('pending');
  await act(async () => saves[0]?.resolve(1234));
  expect(shown()).toBe('saved 1234');
  await wait(AUTOSAVE_MS * 5);
  expect(saves).toHaveLength(1);
});

test('a failed save says why in a sentence, and the next change is saved again', async () => {
  const { saves, hook, shown } = mount();
  await act(() => hook().schedule(draft('a')));
  await wait(AUTOSAVE_MS);
  await act(async () => saves[0]?.reject(new Error('no answer to org-save-draft')));
  expect(shown()).toMatch(/^error /);
  expect(shown()).not.toContain('org-save-draft');
  await act(() => hook().schedule(draft('b')));
  expect(shown()).toBe('pending');
  await wait(AUTOSAVE_MS);
  await act(async () => saves[1]?.resolve(5));
  expect(saves.map((s) => s.name)).toEqual(['a', 'b']);
  expect(shown()).toBe('saved 5');
});

test('flush says whether what it waited for was stored: false after a failed save, until one succeeds', async () => {
  const { saves, hook } = mount();
  await act(() => hook().schedule(draft('a')));
  const failed = hook().flush();
  await wait(0);
  await act(async () => saves[0]?.reject(new Error('changed elsewhere')));
  expect(await failed).toBe(false);
  // Nothing waiting: the last save's outcome stands.
  expect(await hook().flush()).toBe(false);
  await act(() => hook().schedule(draft('b')));
  const stored = hook().flush();
  await wait(0);
  await act(async () => saves[1]?.resolve(7));
  expect(await stored).toBe(true);
});

test('flush saves at once, waits for every save so far, and one save never starts before the last has ended', async () => {
  const { saves, hook, shown } = mount();
  await act(() => hook().schedule(draft('a')));
  let first = false;
  const firstDone = hook()
    .flush()
    .then(() => {
      first = true;
    });
  await wait(0);
  expect(saves.map((s) => s.name)).toEqual(['a']);
  await act(() => hook().schedule(draft('b')));
  let second = false;
  const secondDone = hook()
    .flush()
    .then(() => {
      second = true;
    });
  await wait(AUTOSAVE_MS * 2);
  // The second waits for the first to end.
  expect(saves.map((s) => s.name)).toEqual(['a']);
  expect(first).toBe(false);
  saves[0]?.resolve(1);
  await act(() => firstDone);
  expect(first).toBe(true);
  expect(saves.map((s) => s.name)).toEqual(['a', 'b']);
  expect(second).toBe(false);
  saves[1]?.resolve(2);
  await act(() => secondDone);
  expect(second).toBe(true);
  expect(shown()).toBe('saved 2');
  // Nothing waiting: flush saves nothing and resolves at once.
  let third = false;
  await act(async () => {
    await hook().flush();
    third = true;
  });
  expect(third).toBe(true);
  expect(saves).toHaveLength(2);
});

test('cancel drops the change not yet saved', async () => {
  const { saves, hook } = mount();
  await act(() => hook().schedule(draft('a')));
  await act(() => hook().cancel());
  await wait(AUTOSAVE_MS * 2);
  await act(async () => void (await hook().flush()));
  expect(saves).toEqual([]);
  // And a later change is saved as usual.
  await act(() => hook().schedule(draft('b')));
  await wait(AUTOSAVE_MS);
  expect(saves.map((s) => s.name)).toEqual(['b']);
});

function visibilityChanges(): void {
  document.dispatchEvent(new Event('visibilitychange'));
}
function pageHides(): void {
  dispatchEvent(new Event('pagehide'));
}

test.each([
  ['the page is hidden', visibilityChanges, 'hidden'],
  ['the page is left', pageHides, 'visible'],
] as const)('saved at once when %s', async (_, event, visibility) => {
  vi.spyOn(document, 'visibilityState', 'get').mockReturnValue(visibility);
  const { saves, hook } = mount();
  await act(() => hook().schedule(draft('a')));
  await act(event);
  await wait(0);
  expect(saves.map((s) => s.name)).toEqual(['a']);
});

test('not saved early when the page comes back into view', async () => {
  vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible');
  const { saves, hook } = mount();
  await act(() => hook().schedule(draft('a')));
  await act(visibilityChanges);
  await wait(AUTOSAVE_MS - 1);
  expect(saves).toEqual([]);
});

test('closing the page saves what is waiting, and its listeners go with it', async () => {
  const { saves, hook, view } = mount();
  const { schedule } = hook();
  await act(() => schedule(draft('a')));
  await act(() => {
    view.unmount();
  });
  await wait(0);
  expect(saves.map((s) => s.name)).toEqual(['a']);
  saves[0]?.resolve(1);
  // A change that arrives after the page closed is left to its timer: no listener of the closed page saves it.
  vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
  schedule(draft('b'));
  pageHides();
  visibilityChanges();
  await wait(0);
  expect(saves.map((s) => s.name)).toEqual(['a']);
});

/** As the assessment page calls the hook: a new save function at every render, for the record being edited. */
function InlineProbe({ saves }: { saves: string[] }) {
  const { state, schedule } = useAutosave(async (d) => {
    saves.push((d as unknown as { name: string }).name);
    return 1;
  });
  return (
    <button type="button" onClick={() => schedule(draft(`draft ${saves.length}`))}>
      {state.kind}
    </button>
  );
}

test('a page that gives a new save function at every render still saves once, 600 ms after the last change', async () => {
  const saves: string[] = [];
  render(<InlineProbe saves={saves} />);
  vi.useFakeTimers();
  const button = screen.getByRole('button');
  await act(() => button.click());
  await wait(AUTOSAVE_MS / 2);
  await act(() => button.click());
  await wait(AUTOSAVE_MS - 1);
  expect(saves).toEqual([]);
  await wait(1);
  expect(saves).toEqual(['draft 0']);
  expect(button.textContent).toBe('saved');
});
