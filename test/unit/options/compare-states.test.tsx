// @vitest-environment happy-dom
// The comparison page rendered on its own, with the ids its address would give it: what it says for each count of
// products, the notes on ids it leaves out, the add menu, the print button and the findings panel's focus.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, expect, test, vi } from 'vitest';
import { ComparePage } from '../../../src/options/compare-page.tsx';
import { bundled } from '../helpers/dataset.ts';
import { libraryOf } from './workspace-fixture.tsx';
import { press } from '../helpers/keyboard.ts';

const library = libraryOf();

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function compare(productIds: string[]) {
  const onChange = vi.fn<(ids: string[]) => void>();
  render(<ComparePage library={library} productIds={productIds} onChange={onChange} />);
  return onChange;
}
const heading = () => screen.getByRole('heading', { level: 1 });
const addMenu = () => screen.getByRole('combobox') as HTMLSelectElement;
const notes = () => screen.queryAllByRole('note').map((n) => n.textContent);

test('no product chosen: says so, points to the library, offers every product to add and nothing to remove', () => {
  const onChange = compare([]);
  expect(heading().textContent).toBe('Compare');
  expect(heading().tabIndex).toBe(-1); // focused on arrival, not a stop of the Tab key
  expect(document.title).toBe('Compare · PSF Lens workspace');
  expect(screen.getByText(/^No products chosen yet\. Pick at least 2 products to compare/)).toBeTruthy();
  expect(screen.queryByRole('table')).toBeNull();
  expect(screen.queryByRole('button', { name: /^Remove/ })).toBeNull();
  expect(notes()).toEqual([]);
  const menu = addMenu();
  expect(menu.disabled).toBe(false);
  expect(screen.getByText('Add a product')).toBeTruthy();
  const names = [...menu.options].slice(1).map((o) => o.textContent);
  expect(names).toHaveLength(library.entries.length);
  expect(names).toEqual([...names].sort((a, b) => (a ?? '').localeCompare(b ?? '')));
  expect(menu.options[0]?.textContent).toBe('Choose a product…');
  fireEvent.change(menu, { target: { value: '' } });
  expect(onChange).not.toHaveBeenCalled();
  fireEvent.change(menu, { target: { value: 'crewai' } });
  expect(onChange, 'chosen, not yet added').not.toHaveBeenCalled();
  fireEvent.click(screen.getByRole('button', { name: 'Add' }));
  expect(onChange).toHaveBeenCalledWith(['crewai']);
});

test('one product: named, with a button that removes it, and the others offered', () => {
  const onChange = compare(['langchain']);
  expect(screen.getByText(/^Only LangChain \/ LangGraph is chosen\./)).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Remove LangChain / LangGraph' }));
  expect(onChange).toHaveBeenCalledWith([]);
  expect([...addMenu().options].map((o) => o.value)).not.toContain('langchain');
});

test('two products: the table, the differences counted, no notes, and Print prints', () => {
  const print = vi.fn();
  vi.stubGlobal('print', print); // happy-dom has no print()
  compare(['langchain', 'semantic-kernel']);
  expect(screen.getByRole('table')).toBeTruthy();
  expect(notes()).toEqual([]);
  expect(screen.getByText(/^The captured ratings differ on 3 of 8 domains\./).textContent).toBe(
    'The captured ratings differ on 3 of 8 domains. Select a rating to read its findings.',
  );
  expect(screen.queryByText(/^No products chosen|^Only /)).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: 'Print' }));
  expect(print).toHaveBeenCalledTimes(1);
});

test('ids not in the library and a seventh product are each said once, in a note', () => {
  compare(['langchain', 'gone', 'crewai', 'autogen', 'lost', 'semantic-kernel', 'haystack', 'dspy', 'pydantic-ai']);
  expect(notes()).toEqual([
    'Not in the library, left out: gone, lost.',
    'At most 6 products fit side by side: showing the first 6.',
  ]);
  expect(screen.getByText('Add a product (at most 6)')).toBeTruthy();
  expect(addMenu().disabled).toBe(true);
  cleanup();
  compare(['langchain', 'crewai', 'autogen', 'semantic-kernel', 'haystack', 'dspy']);
  expect(notes()).toEqual([]);
  expect(addMenu().disabled).toBe(true);
});

test('every product chosen: the add menu has nothing left to offer and is disabled', () => {
  const all = library.entries.map((e) => e.product.id);
  const few = libraryOf();
  few.entries = few.entries.slice(0, 2);
  render(<ComparePage library={few} productIds={all.slice(0, 2)} onChange={vi.fn()} />);
  expect(addMenu().disabled).toBe(true);
  expect(addMenu().options).toHaveLength(1);
});

test('the findings panel closes back onto the rating that opened it', () => {
  compare(['crewai', 'openai-codex']);
  const cell = within(screen.getByRole('table')).getAllByRole('button', { name: /OpenAI Codex, D7/ })[0] as HTMLElement;
  fireEvent.click(cell);
  const panel = screen.getByRole('region', { name: 'OpenAI Codex: D7 Security' });
  fireEvent.click(within(panel).getByRole('button', { name: /Close/ }));
  expect(screen.queryByRole('region', { name: /D7 Security/ })).toBeNull();
  expect(document.activeElement).toBe(cell);
});

test('a product taken away while its findings are open takes its panel with it', () => {
  const onChange = vi.fn();
  const { rerender } = render(
    <ComparePage library={library} productIds={['crewai', 'openai-codex', 'langchain']} onChange={onChange} />,
  );
  fireEvent.click(screen.getByRole('button', { name: /OpenAI Codex, D7/ }));
  expect(screen.getByRole('region', { name: 'OpenAI Codex: D7 Security' })).toBeTruthy();
  rerender(<ComparePage library={library} productIds={['crewai', 'langchain']} onChange={onChange} />);
  expect(screen.queryByRole('region', { name: /D7 Security/ })).toBeNull();
  expect(screen.getAllByRole('button', { expanded: false }).length).toBeGreaterThan(0);
  expect(screen.queryAllByRole('button', { expanded: true })).toEqual([]);
});

/** The page as the workspace keeps it: the address's ids follow each change. */
function KeptCompare({ start }: { start: string[] }) {
  const [ids, setIds] = useState(start);
  return <ComparePage library={library} productIds={ids} onChange={setIds} />;
}

test('the keyboard follows the products taken out: the next Remove, the one before, the last one, then the add menu', async () => {
  render(<KeptCompare start={['crewai', 'openai-codex', 'langchain']} />);
  const focusedName = () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent;
  press('Remove OpenAI Codex from the comparison');
  await waitFor(() => expect(focusedName()).toBe('Remove LangChain / LangGraph from the comparison'));
  press('Remove LangChain / LangGraph from the comparison');
  // One left: no table, the button that takes the one product out.
  await waitFor(() => expect(focusedName()).toBe('Remove CrewAI'));
  press('Remove CrewAI');
  await waitFor(() => expect(document.activeElement).toBe(addMenu()));
  expect(heading().textContent).toBe('Compare');
});

test('taking out the first or the last product: the keyboard goes to the Remove now first, or now last', async () => {
  const focusedName = () => document.activeElement?.getAttribute('aria-label');
  render(<KeptCompare start={['crewai', 'openai-codex', 'langchain', 'dspy']} />);
  press('Remove CrewAI from the comparison');
  await waitFor(() => expect(focusedName()).toBe('Remove OpenAI Codex from the comparison'));
  press('Remove DSPy from the comparison');
  await waitFor(() => expect(focusedName()).toBe('Remove LangChain / LangGraph from the comparison'));
});

test('adding a product takes the keyboard back to the add menu, for the next one', async () => {
  render(<KeptCompare start={['crewai', 'openai-codex']} />);
  fireEvent.change(addMenu(), { target: { value: 'dspy' } });
  const add = screen.getByRole('button', { name: 'Add' });
  add.focus();
  fireEvent.click(add);
  await screen.findByRole('button', { name: 'Remove DSPy from the comparison' });
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(document.activeElement).toBe(addMenu());
});

test('a product the organisation assessed too says so in its column, and its assessment is listed under PAI’s', () => {
  // The team's own review of CrewAI rated D7 otherwise; the comparison, PAI's ratings only, used to give no sign of it.
  const paiCrewai = library.entries.find((e) => e.product.id === 'crewai')!.assessment!;
  const own = {
    ...paiCrewai,
    id: 'acme-crewai',
    title: 'Acme review of CrewAI',
    url: 'https://reviews.acme.example/crewai',
    ratings: { ...paiCrewai.ratings, D7: 'Strong' as const },
  };
  const dataset = { ...bundled(), products: [], assessments: [own] };
  render(
    <ComparePage
      library={{ ...library, organisation: [{ id: 'acme', name: 'Acme reviews', importedAt: 0, dataset }] }}
      productIds={['langchain', 'crewai']}
      onChange={() => {}}
    />,
  );
  const heads = within(screen.getByRole('table')).getAllByRole('columnheader');
  expect(heads[1]?.textContent).not.toContain('also assessed by your organisation');
  expect(heads[2]?.textContent).toContain('also assessed by your organisation');
  const listed = within(screen.getByRole('region', { name: 'The assessments compared' })).getAllByRole('listitem');
  const crewai = listed.find((li) => li.textContent?.startsWith('CrewAI: '))!;
  expect(
    within(crewai)
      .getAllByRole('link')
      .map((a) => [a.textContent, a.getAttribute('href')]),
  ).toEqual([
    [`${paiCrewai.title} ↗`, paiCrewai.url],
    ['Acme review of CrewAI', 'https://reviews.acme.example/crewai'],
  ]);
  expect(crewai.textContent).toContain("Your organisation's assessment · from “Acme reviews” · not PAI's: Acme review");
  // PAI's ratings stay PAI's: the organisation's Strong for D7 is not in the table.
  expect(paiCrewai.ratings.D7).toBe('Gap');
  expect(document.getElementById('cell-D7-crewai')?.textContent).toContain('Gap');
});
