// @vitest-environment happy-dom
// The comparison's table rendered on its own: its heads, a product without an assessment or without a date, the
// row that says no rating differs, the marked rows, and which one cell is open.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { CompareTable, PANEL_ID, type Cell } from '../../../src/options/compare-table.tsx';
import type { Column } from '../../../src/options/library-data.ts';
import { libraryOf } from './workspace-fixture.tsx';

afterEach(cleanup);

const library = libraryOf();
const entry = (id: string): Column => {
  const found = library.entries.find((e) => e.product.id === id);
  if (!found) throw new Error(`test setup: no ${id}`);
  return { ...found, key: id };
};
const unassessed: Column = {
  key: 'in-house',
  product: { ...entry('crewai').product, id: 'in-house', name: 'In-house bot' },
  assessment: null,
};

function table(entries: Column[], { only = false, open = null as Cell | null } = {}) {
  const onOpen = vi.fn<(cell: Cell) => void>();
  const onRemove = vi.fn<(id: string) => void>();
  render(
    <CompareTable
      library={library}
      entries={entries}
      isOnlyDiffering={only}
      open={open}
      onOpen={onOpen}
      onRemove={onRemove}
    />,
  );
  return { onOpen, onRemove };
}
const heads = () => within(screen.getByRole('table')).getAllByRole('columnheader');

test('the heads: the domain column, then each product linked, its vendor, its date, a button to remove it', () => {
  const { onRemove } = table([entry('langchain'), entry('crewai')]);
  expect(screen.getByRole('table').querySelector('caption')?.textContent).toBe(
    'PSF ratings side by side: domains in rows, products in columns',
  );
  const [domain, langchain] = heads();
  expect(domain?.textContent).toBe('Domain');
  expect(
    within(langchain as HTMLElement)
      .getByRole('link')
      .getAttribute('href'),
  ).toBe('#/product/langchain');
  expect(langchain?.textContent).toContain(entry('langchain').assessment?.published);
  const remove = screen.getByRole('button', { name: 'Remove CrewAI from the comparison' });
  expect(remove.textContent).toBe('Remove');
  fireEvent.click(remove);
  expect(onRemove).toHaveBeenCalledWith('crewai');
});

test('a product without an assessment says so, and each of its ratings reads not captured', () => {
  table([entry('langchain'), unassessed]);
  expect(heads()[2]?.textContent).toContain('no PSF assessment');
  const cells = screen.getAllByRole('button', { name: /In-house bot, D\d: show the findings/ });
  expect(cells).toHaveLength(8);
  for (const cell of cells) expect(cell.textContent).toMatch(/not captured/);
});

test('an assessment without a date says the date is unknown', () => {
  const { published: _none, ...undated } = entry('crewai').assessment ?? {};
  table([entry('langchain'), { ...entry('crewai'), assessment: undated as Column['assessment'] }]);
  expect(heads()[2]?.textContent).toContain('date unknown');
});

test('only the differing rows, and none differ: one row says so across every column', () => {
  table([entry('langchain'), entry('langchain')], { only: true });
  const [row, ...others] = within(screen.getByRole('table')).getAllByRole('row').slice(1);
  expect(others).toEqual([]);
  const cell = within(row as HTMLElement).getByRole('cell');
  expect(cell.textContent).toBe("No domain's captured ratings differ between these products.");
  expect(cell.getAttribute('colspan')).toBe('3');
  cleanup();
  table([entry('langchain'), entry('langchain')]);
  expect(screen.queryByText(/No domain's captured ratings differ/)).toBeNull();
});

test('a differing row is marked, with its title; an equal one is not', () => {
  table([entry('langchain'), entry('semantic-kernel')]);
  const row = (d: string) => screen.getByRole('table').querySelector(`tr[data-domain="${d}"]`) as HTMLElement;
  expect(row('D6').className).toBe('differs');
  expect(row('D6').querySelector('[title]')?.getAttribute('title')).toBe('The captured ratings differ');
  expect(row('D1').className).toBe('');
  expect(row('D1').querySelector('[title]')).toBeNull();
});

test('only the open cell is expanded and controls the panel; a click opens the cell it is', () => {
  const { onOpen } = table([entry('langchain'), entry('crewai')], { open: { column: 'crewai', domain: 'D2' } });
  const expanded = screen.getAllByRole('button', { expanded: true });
  expect(expanded.map((b) => b.id)).toEqual(['cell-D2-crewai']);
  expect(expanded[0]?.getAttribute('aria-controls')).toBe(PANEL_ID);
  const langchainD2 = screen.getByRole('button', { name: /LangChain \/ LangGraph, D2/ });
  expect(langchainD2.getAttribute('aria-expanded')).toBe('false');
  expect(langchainD2.hasAttribute('aria-controls')).toBe(false);
  fireEvent.click(langchainD2);
  expect(onOpen).toHaveBeenCalledWith({ column: 'langchain', domain: 'D2' });
});
