// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { useLoad } from '../../../src/ui/use-load.ts';

afterEach(cleanup);

/** Answers each call when the test says so, in whatever order it says. */
function deferred() {
  const calls: { key: string; resolve(v: string): void; reject(e: unknown): void }[] = [];
  const load = (key: string) => new Promise<string>((resolve, reject) => calls.push({ key, resolve, reject }));
  return { calls, load };
}

function Probe({ load, id }: { load: (key: string) => Promise<string>; id: string }) {
  const { state, retry } = useLoad(() => load(id), [id]);
  return (
    <p role="status" onClick={retry}>
      {state.kind === 'ready' ? `ready ${state.value}` : state.kind === 'error' ? `error ${state.message}` : 'loading'}
    </p>
  );
}

const flush = () => act(async () => new Promise((done) => setTimeout(done, 0)));

test('a slow earlier answer never replaces a later one', async () => {
  const { calls, load } = deferred();
  const view = render(<Probe load={load} id="a" />);
  view.rerender(<Probe load={load} id="b" />);
  await flush();
  expect(calls.map((c) => c.key)).toEqual(['a', 'b']);
  calls[1]?.resolve('B');
  await flush();
  calls[0]?.resolve('A');
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
