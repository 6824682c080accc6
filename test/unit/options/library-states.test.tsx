// @vitest-environment happy-dom
// The library rendered on its own: what ticking a product hands on, the comparison bar's words for each count,
// clearing the pick, and the note listing the organisation's own assessments apart from PAI's.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, expect, test, vi } from 'vitest';
import { EMPTY_QUERY, type LibraryQuery } from '../../../src/options/library-query.ts';
import { LibraryPage } from '../../../src/options/library-page.tsx';
import type { Library } from '../../../src/options/library-data.ts';
import { bundled } from '../helpers/dataset.ts';
import { libraryOf } from './workspace-fixture.tsx';
import { press } from '../helpers/keyboard.ts';

afterEach(cleanup);

const SIX = ['langchain', 'crewai', 'autogen', 'semantic-kernel', 'haystack', 'dspy'];

function library(picked: string[], lib: Library = libraryOf()) {
  const onPick = vi.fn<(ids: string[]) => void>();
  const onQuery = vi.fn();
  render(<LibraryPage library={lib} query={EMPTY_QUERY} onQuery={onQuery} picked={picked} onPick={onPick} />);
  return { onPick, onQuery };
}
const box = (name: string) => screen.getByRole('checkbox', { name: `Compare ${name}` }) as HTMLInputElement;
const bar = () => screen.getByText(/^Compare selected/).closest('div') as HTMLElement;

test('ticking adds the product after those picked, unticking takes only it away', () => {
  const { onPick } = library(['crewai', 'langchain']);
  expect(box('CrewAI').checked).toBe(true);
  expect(box('DSPy').checked).toBe(false);
  fireEvent.click(box('DSPy'));
  expect(onPick).toHaveBeenLastCalledWith(['crewai', 'langchain', 'dspy']);
  fireEvent.click(box('CrewAI'));
  expect(onPick).toHaveBeenLastCalledWith(['langchain']);
});

test('none picked: a disabled button, the hint it points to, nothing to clear', () => {
  library([]);
  const button = screen.getByRole('button', { name: 'Compare selected (0)' }) as HTMLButtonElement;
  expect(button.disabled).toBe(true);
  const hint = document.getElementById(button.getAttribute('aria-describedby') ?? '');
  expect(hint?.textContent).toBe('Tick 2 to 6 products to compare.');
  expect(within(bar()).queryByRole('button', { name: 'Clear selection' })).toBeNull();
});

test('two picked: a link to their comparison, no hint, and Clear selection empties the pick', () => {
  const { onPick } = library(['crewai', 'dspy']);
  const link = screen.getByRole('link', { name: 'Compare selected (2)' });
  expect(link.getAttribute('href')).toBe('#/compare?products=crewai,dspy');
  expect(bar().querySelector('.hint')?.textContent).toBe('');
  fireEvent.click(within(bar()).getByRole('button', { name: 'Clear selection' }));
  expect(onPick).toHaveBeenCalledWith([]);
});

test('one picked: still the hint; six picked: the link, the limit said, the other boxes disabled', () => {
  library(['crewai']);
  expect(bar().querySelector('.hint')?.textContent).toBe('Tick 2 to 6 products to compare.');
  cleanup();
  library(SIX);
  expect(screen.getByRole('link', { name: 'Compare selected (6)' })).toBeTruthy();
  expect(bar().querySelector('.hint')?.textContent).toBe('6 is the most that fit side by side.');
  expect(box('CrewAI').disabled).toBe(false);
  expect(box('OpenAI Codex').disabled).toBe(true);
});

test("the organisation's own assessments are listed apart: linked where PSF Lens has a page of the product", () => {
  const dataset = bundled();
  const [first, second] = dataset.assessments;
  if (!first || !second) throw new Error('test setup: two assessments');
  dataset.assessments = [first, { ...second, id: 'in-house', productId: 'in-house-bot', title: 'Our own bot' }];
  const lib = libraryOf();
  lib.organisation = [{ id: 'acme', name: 'acme.json', importedAt: 0, dataset }];
  library([], lib);
  const note = screen.getByRole('complementary', { name: "Your organisation's assessments" });
  expect(note.textContent).toBe(`Your organisation's assessments (2): ${first.title} · Our own bot (manage)`);
  expect(within(note).getByRole('link', { name: first.title }).getAttribute('href')).toBe(
    `#/product/${first.productId}`,
  );
  expect(within(note).queryByRole('link', { name: 'Our own bot' })).toBeNull();
  expect(within(note).getByRole('link', { name: 'manage' }).getAttribute('href')).toBe('#/organisation');
});

test('no organisation assessments: no note', () => {
  library([]);
  expect(screen.queryByRole('complementary')).toBeNull();
});

test('Clear filters keeps the chosen sort', () => {
  const onQuery = vi.fn();
  render(
    <LibraryPage
      library={libraryOf()}
      query={{ ...EMPTY_QUERY, q: 'no such product', sort: 'name' }}
      onQuery={onQuery}
      picked={[]}
      onPick={vi.fn()}
    />,
  );
  expect(screen.getByText('No product matches these filters.')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
  expect(onQuery).toHaveBeenCalledWith({ ...EMPTY_QUERY, sort: 'name' });
});

test('the filters: a named search form that never submits, each menu starting from "all"', () => {
  library([]);
  const form = screen.getByRole('search', { name: 'Search and filter the library' });
  const submit = new Event('submit', { cancelable: true });
  form.dispatchEvent(submit);
  expect(submit.defaultPrevented).toBe(true);
  const first = (label: string) => (screen.getByLabelText(label) as HTMLSelectElement).options[0]?.textContent;
  expect([first('Vendor'), first('Category'), first('Domain'), first('Condition')]).toEqual([
    'All vendors',
    'All categories',
    'Any domain',
    'any rating',
  ]);
  expect(within(form).getByRole('group', { name: 'Domain rating' })).toBeTruthy();
});

test('the page: its heading out of the Tab order, the lede, the table named with its heads', () => {
  library([]);
  const heading = screen.getByRole('heading', { level: 1, name: 'Library' });
  expect(heading.tabIndex).toBe(-1);
  expect(screen.getByText(/^Every product PSF Lens knows/).textContent).toBe(
    'Every product PSF Lens knows, with its PSF assessment. Pick 2 to 6 products to compare them side by side.',
  );
  const table = screen.getByRole('table', { name: 'Products and their eight PSF domain ratings' });
  const heads = within(table).getAllByRole('columnheader').slice(0, 3);
  expect(heads.map((h) => h.textContent)).toEqual(['Compare', 'Product', 'Published']);
});

test('a product without an assessment: said under its name, no date, every rating not captured', () => {
  const lib = libraryOf();
  const crewai = lib.entries.find((e) => e.product.id === 'crewai');
  if (!crewai) throw new Error('test setup: CrewAI');
  lib.entries = [{ product: { ...crewai.product, id: 'in-house', name: 'In-house bot' }, assessment: null }];
  library([], lib);
  const row = screen.getByRole('row', { name: /In-house bot/ });
  expect(within(row).getByRole('rowheader').textContent).toContain('No PSF assessment yet');
  const cells = within(row).getAllByRole('cell');
  expect(cells[1]?.textContent).toBe('unknown');
  expect(cells.slice(2).map((c) => c.textContent)).toEqual(Array(8).fill('–not captured'));
});

/** The library as the workspace keeps it: the query and the pick follow each change. */
function KeptLibrary({ picked: start, query: first = EMPTY_QUERY }: { picked: string[]; query?: LibraryQuery }) {
  const [picked, setPicked] = useState(start);
  const [query, setQuery] = useState(first);
  return <LibraryPage library={libraryOf()} query={query} onQuery={setQuery} picked={picked} onPick={setPicked} />;
}

test('the buttons that go with their click leave the keyboard where the user goes next', async () => {
  render(<KeptLibrary picked={['crewai', 'dspy']} />);
  press('Clear selection');
  const first = screen.getAllByRole('checkbox')[0]!;
  await waitFor(() => expect(document.activeElement).toBe(first));
  expect(first.getAttribute('aria-label')).toMatch(/^Compare /);
  cleanup();
  render(<KeptLibrary picked={[]} query={{ ...EMPTY_QUERY, q: 'no such product anywhere' }} />);
  press('Clear filters');
  const search = screen.getByRole('searchbox');
  await waitFor(() => expect(document.activeElement).toBe(search));
  expect((search as HTMLInputElement).value).toBe('');
  expect(screen.getAllByRole('checkbox').length).toBeGreaterThan(5);
});

test("Clear selection with no product shown (filtered out): the keyboard goes to the page's heading", async () => {
  render(<KeptLibrary picked={['crewai', 'dspy']} query={{ ...EMPTY_QUERY, q: 'no such product anywhere' }} />);
  press('Clear selection');
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 })));
});
