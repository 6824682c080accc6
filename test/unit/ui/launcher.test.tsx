// @vitest-environment happy-dom
// The popup off a rated page: its search over the library (case, spaces, vendors, at most six), the recently viewed
// products, and the words around them.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, onTestFinished, test } from 'vitest';
import { Launcher } from '../../../src/popup/launcher.tsx';
import { launcherView } from '../helpers/tab-view.ts';

function show(data = launcherView()) {
  render(<Launcher data={data} href={(path) => `ext://options#${path}`} />);
  return screen.getByRole('searchbox', { name: 'Search the library' }) as HTMLInputElement;
}

const type = (box: HTMLElement, value: string) => fireEvent.input(box, { target: { value } });
const results = () => screen.queryByRole('region', { name: 'Matching products' });
const names = () =>
  within(results() as HTMLElement)
    .getAllByRole('link')
    .map((a) => a.textContent);

afterEach(cleanup);

test('opens empty, with its lede and a hint in the box, and nothing searched yet', () => {
  const box = show();
  expect(box.value).toBe('');
  expect(box.placeholder).toBe('Product or vendor, e.g. lang');
  expect(screen.getByText('No rated product on this page. Look one up in the library:')).toBeTruthy();
  expect(results()).toBeNull();
});

test('opened on a page it may not see, it says what it cannot see and why, not "no rated product on this page"', () => {
  show({ ...launcherView(), unseen: true });
  expect(
    screen.getByText(/may be turned off in the browser's extension settings\. Look one up in the library:$/),
  ).toBeTruthy();
  expect(screen.queryByText(/No rated product on this page/)).toBeNull();
});

test('finds a product whatever the case and the spaces around the words', () => {
  const box = show();
  type(box, '  LANGCHAIN ');
  expect(names()).toEqual(['LangChain / LangGraph']);
});

test('spaces alone search nothing', () => {
  const box = show();
  type(box, '   ');
  expect(results()).toBeNull();
});

test('shows at most six products, the library’s first', () => {
  const data = launcherView();
  const box = show(data);
  type(box, 'a');
  const all = data.products.filter((p) => `${p.name} ${p.vendor}`.toLowerCase().includes('a'));
  expect(all.length, 'the test needs more matches than are shown').toBeGreaterThan(6);
  expect(names()).toEqual(all.slice(0, 6).map((p) => p.name));
});

test('each result names its vendor apart from the product, and links to its page in the workspace', () => {
  const box = show();
  type(box, 'crew');
  const [item] = within(results() as HTMLElement).getAllByRole('listitem');
  expect(item?.textContent).toBe('CrewAI CrewAI');
  expect(
    within(item as HTMLElement)
      .getByRole('link')
      .getAttribute('href'),
  ).toBe('ext://options#/product/crewai');
});

test('no match names the words searched, without their spaces', () => {
  const box = show();
  type(box, '  zzz  ');
  expect(within(results() as HTMLElement).getByText('No product in the library matches “zzz”.')).toBeTruthy();
});

test('Enter in the box opens the first match as a click on it would; with no match it stays in the popup', () => {
  const box = show();
  type(box, 'lang');
  const opened: string[] = [];
  const first = within(results() as HTMLElement).getAllByRole('link')[0] as HTMLAnchorElement;
  const open = (e: MouseEvent) => {
    opened.push((e.target as HTMLAnchorElement).getAttribute('href') ?? '');
    e.preventDefault();
  };
  document.addEventListener('click', open);
  onTestFinished(() => document.removeEventListener('click', open));
  expect(fireEvent.submit(box.form as HTMLFormElement), 'the form is not sent').toBe(false);
  expect(opened).toEqual([first.getAttribute('href')]);
  expect(first.target).toBe('_blank');
  type(box, 'zzz');
  expect(fireEvent.submit(box.form as HTMLFormElement)).toBe(false);
  expect(opened).toHaveLength(1);
});

test('no recently viewed products: no such list', () => {
  show(launcherView([]));
  expect(screen.queryByRole('region', { name: 'Recently viewed' })).toBeNull();
});
