// @vitest-environment happy-dom
// Only the latest request's answer or error is shown; a new request shows loading again, a refresh keeps what is
// shown until its answer, and a value the page sets or changes replaces what a request still on its way would say.
import { act, cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { useLoad, type Loader } from '../../../src/ui/use-load.ts';

afterEach(cleanup);

/** One call of `load`, answered when the test says so. */
interface Call {
  key: string;
  resolve(v: string): void;
  reject(e: unknown): void;
}

/** Answers each call when the test says so, in whatever order it says. */
function deferred() {
  const calls: Call[] = [];
  const load = (key: string) => new Promise<string>((resolve, reject) => calls.push({ key, resolve, reject }));
  return { calls, load };
}

interface ProbeProps {
  load: (key: string) => Promise<string>;
  id: string;
  /** Hands the test the loader, to call its methods as a page would. */
  expose?: (loader: Loader<string>) => void;
}

function Probe({ load, id, expose }: ProbeProps) {
  const loader = useLoad(() => load(id), [id]);
  expose?.(loader);
  const { state, retry } = loader;
  return (
    <p role="status" onClick={retry}>
      {state.kind === 'ready' ? `ready ${state.value}` : state.kind === 'error' ? `error ${state.message}` : 'loading'}
    </p>
  );
}

const flush = () => act(async () => new Promise((done) => setTimeout(done, 0)));

test.each([
  ['answer', (call?: Call) => call?.resolve('A')],
  ['error', (call?: Call) => call?.reject(new Error('no answer to library'))],
])('a slow earlier %s never replaces a later answer', async (_, settle) => {
  const { calls, load } = deferred();
  const view = render(<Probe load={load} id="a" />);
  view.rerender(<Probe load={load} id="b" />);
  await flush();
  expect(calls.map((c) => c.key)).toEqual(['a', 'b']);
  calls[1]?.resolve('B');
  await flush();
  settle(calls[0]);
  await flush();
  expect(screen.getByRole('status').textContent).toBe('ready B');
});

test('an error is shown as a sentence, and retry shows loading and asks again', async () => {
  const { calls, load } = deferred();
  render(<Probe load={load} id="a" />);
  await flush();
  calls[0]?.reject(new Error('no answer to library'));
  await flush();
  expect(screen.getByRole('status').textContent).toBe('error PSF Lens did not answer. Try again, or reload this page.');
  await act(() => screen.getByRole('status').click());
  expect(screen.getByRole('status').textContent).toBe('loading');
  calls[1]?.resolve('again');
  await flush();
  expect(screen.getByRole('status').textContent).toBe('ready again');
});

/** Renders the probe and keeps hold of its loader. */
function probe() {
  const { calls, load } = deferred();
  const held: { loader?: Loader<string> } = {};
  const view = render(<Probe load={load} id="a" expose={(l) => (held.loader = l)} />);
  const loader = () => {
    if (!held.loader) throw new Error('no loader');
    return held.loader;
  };
  const shown = () => screen.getByRole('status').textContent;
  /** Answers the `n`th call and lets the page show it. */
  const answer = async (n: number, value: string) => {
    calls[n]?.resolve(value);
    await flush();
  };
  return { calls, load, view, loader, shown, answer };
}

test('asking for something else shows loading until its answer', async () => {
  const { answer, load, view, shown } = probe();
  await answer(0, 'A');
  expect(shown()).toBe('ready A');
  view.rerender(<Probe load={load} id="b" />);
  await flush();
  expect(shown()).toBe('loading');
  await answer(1, 'B');
  expect(shown()).toBe('ready B');
});

test('refresh asks again and keeps what is shown until the answer', async () => {
  const { answer, calls, loader, shown } = probe();
  await answer(0, 'A');
  await act(() => loader().refresh());
  expect(calls).toHaveLength(2);
  expect(shown()).toBe('ready A');
  await answer(1, 'A2');
  expect(shown()).toBe('ready A2');
});

test('a value the page sets is shown, and no request made before it replaces it', async () => {
  const { answer, loader, shown } = probe();
  await act(() => loader().set('saved'));
  expect(shown()).toBe('ready saved');
  await act(() => loader().retry());
  await answer(0, 'stale');
  expect(shown(), 'the answer to the request made before the save').toBe('loading');
  await answer(1, 'fresh');
  expect(shown()).toBe('ready fresh');
});

test('update changes the value shown, and nothing while loading', async () => {
  const { answer, loader, shown } = probe();
  await act(() => loader().update((v) => `${v}!`));
  expect(shown()).toBe('loading');
  await answer(0, 'A');
  await act(() => loader().update((v) => `${v}!`));
  expect(shown()).toBe('ready A!');
});
