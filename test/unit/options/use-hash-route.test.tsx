// @vitest-environment happy-dom
// The workspace follows its address: the page at the hash it opens with, a link followed or typed, a change made
// before it listened; navigate adds a history entry (the back button returns), replace does not; a closed
// workspace stops listening.
import { act, cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { useHashRoute, type HashRouter } from '../../../src/options/router.ts';

afterEach(cleanup);

function Probe({ expose }: { expose: (router: HashRouter) => void }) {
  const router = useHashRoute();
  expose(router);
  const { route } = router;
  return <p role="status">{route.kind === 'product' ? `product ${route.productId}` : route.kind}</p>;
}

function mount(hash: string, onRender = () => {}) {
  history.replaceState(null, '', hash);
  let current: HashRouter | undefined;
  const view = render(
    <Probe
      expose={(r) => {
        current = r;
        onRender();
      }}
    />,
  );
  const router = () => {
    if (!current) throw new Error('test setup: the probe has not rendered');
    return current;
  };
  return { view, router, shown: () => screen.getByRole('status').textContent };
}

/** Lets the browser's hashchange arrive. */
const settle = () => act(() => new Promise<void>((done) => setTimeout(done, 0)));

test('opens at the page its hash names', () => {
  const { shown } = mount('#/product/crewai');
  expect(shown()).toBe('product crewai');
});

test('a followed or typed link shows its page', async () => {
  const { shown } = mount('#/library');
  expect(shown()).toBe('library');
  location.hash = '#/settings';
  await settle();
  expect(shown()).toBe('settings');
});

test('a hash changed before the workspace listened is read once it listens', () => {
  let first = true;
  // The address moves between the first render and the listener (no hashchange tells of it).
  const { shown } = mount('#/library', () => {
    if (first) history.replaceState(null, '', '#/welcome');
    first = false;
  });
  expect(shown()).toBe('welcome');
});

test('navigate adds a history entry; replace shows the page in the same entry', async () => {
  const { router, shown } = mount('#/library');
  const before = history.length;
  await act(() => router().navigate({ kind: 'product', productId: 'langchain' }));
  await settle();
  expect(location.hash).toBe('#/product/langchain');
  expect(shown()).toBe('product langchain');
  expect(history.length).toBe(before + 1);

  const replace = vi.spyOn(history, 'replaceState');
  await act(() => router().replace({ kind: 'product', productId: 'crewai' }));
  expect(shown()).toBe('product crewai');
  expect(location.hash).toBe('#/product/crewai');
  expect(replace).toHaveBeenCalledTimes(1);
  expect(history.length).toBe(before + 1);
  replace.mockRestore();
});

test('replace keeps the history entry’s state', async () => {
  history.replaceState({ scroll: 120 }, '', '#/library');
  let router: HashRouter | undefined;
  render(<Probe expose={(r) => (router = r)} />);
  await act(() => router?.replace({ kind: 'settings' }));
  expect(history.state).toEqual({ scroll: 120 });
  expect(location.hash).toBe('#/settings');
});

test('a closed workspace stops listening to the address', async () => {
  const add = vi.spyOn(window, 'addEventListener');
  const remove = vi.spyOn(window, 'removeEventListener');
  const { view } = mount('#/library');
  const added = add.mock.calls.filter((c) => c[0] === 'hashchange').map((c) => c[1]);
  expect(added).toHaveLength(1);
  await act(() => {
    view.unmount();
  });
  const removed = remove.mock.calls.filter((c) => c[0] === 'hashchange').map((c) => c[1]);
  add.mockRestore();
  remove.mockRestore();
  // (An earlier test's page may be closed in the same turn: what matters is that this one's listener goes.)
  expect(removed).toContain(added[0]);
});
