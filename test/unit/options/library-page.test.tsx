// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { DOMAIN_IDS } from '../../../src/core/model.ts';
import { bundled } from '../helpers/dataset.ts';
import { go, libraryOf, openAt } from './workspace-fixture.tsx';

afterEach(cleanup);

const library = libraryOf();
const table = () => screen.getByRole('table');
/** The product names of the table's rows, in order. */
/** Sorted by code unit, as Array.prototype.sort does by default. */
const sorted = (list: (string | undefined)[]) => list.map(String).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const names = () =>
  within(table())
    .getAllByRole('rowheader')
    .map((th) => th.querySelector('a')?.textContent);
const rowOf = (name: string) => {
  const row = within(table())
    .getAllByRole('row')
    .find((r) => r.querySelector('th a')?.textContent === name);
  if (!row) throw new Error(`no row for ${name}`);
  return row;
};
const select = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('the library', () => {
  test('is the default page: an empty or unknown hash shows every product', async () => {
    for (const hash of ['', '#/not-a-page']) {
      await openAt(hash);
      expect(screen.getByRole('heading', { level: 1, name: 'Library' })).toBeTruthy();
      expect(names()).toHaveLength(library.entries.length);
      expect(document.title).toBe('Library · PSF Lens workspace');
      cleanup();
    }
  });

  test('a row shows name (a link), vendor, category, published date and the eight ratings', async () => {
    await openAt('#/library');
    const row = rowOf('OpenAI Codex');
    expect(within(row).getByRole('link', { name: 'OpenAI Codex' }).getAttribute('href')).toBe('#/product/openai-codex');
    expect(row.textContent).toContain('OpenAI · Agent platform');
    expect(row.textContent).toContain('2026-06-02');
    const cells = [...row.querySelectorAll('td.glance')].map((td) => td.textContent);
    expect(cells).toEqual(['◐Partial', '◐Partial', '◐Partial', '✕Gap', '◐Partial', '✓Strong', '✕Gap', '◐Partial']);
  });

  test('ratings not captured read "not captured", never Gap; an unknown date says so', async () => {
    await openAt('#/library');
    const row = rowOf('Haystack');
    const cells = [...row.querySelectorAll('td.glance')].map((td) => td.textContent);
    expect(cells.slice(4)).toEqual(Array(4).fill('–not captured'));
    expect(row.querySelectorAll('.rating-none')).toHaveLength(4);
    expect(rowOf('Amazon Bedrock Agents').querySelector('td.date')?.textContent).toBe('unknown');
  });

  test('search narrows by name, vendor, category or assessment title', async () => {
    await openAt('#/library');
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: 'foundation' } });
    expect(sorted(names())).toEqual(['Claude Opus 4.8', 'Claude Sonnet 4.6', 'GPT-4.1', 'Gemini 1.5 Pro']);
    expect(screen.getByText(`4 of ${bundled().products.length} products match`)).toBeTruthy();
    expect(location.hash).toBe('#/library?q=foundation');
  });

  test('vendor and category selects are built from the data and filter', async () => {
    await openAt('#/library');
    const vendors = within(screen.getByLabelText('Vendor'))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(vendors[0]).toBe('All vendors');
    expect(vendors.slice(1)).toEqual(
      [...new Set(library.entries.map((e) => e.product.vendor))].sort((a, b) =>
        a.localeCompare(b, 'en', { sensitivity: 'base' }),
      ),
    );
    select('Vendor', 'OpenAI');
    expect(sorted(names())).toEqual(['GPT-4.1', 'OpenAI Agents SDK', 'OpenAI Codex']);
    select('Category', 'Agent framework');
    expect(names()).toEqual(['OpenAI Agents SDK']);
  });

  test('"D7 is captured and not Gap" keeps Strong and Partial and drops Gap and not captured', async () => {
    await openAt('#/library');
    select('Domain', 'D7');
    const condition = screen.getByLabelText('Condition');
    const option = within(condition).getByRole('option', { name: 'is captured and not Gap' }) as HTMLOptionElement;
    select('Condition', option.value);
    expect(sorted(names())).toEqual(['AutoGen / AG2', 'LangChain / LangGraph', 'Semantic Kernel']);
    expect(names()).not.toContain('CrewAI');
    expect(names()).not.toContain('Haystack');
    select('Condition', within(condition).getByRole<HTMLOptionElement>('option', { name: 'is not captured' }).value);
    expect(names()).toContain('Haystack');
    expect(names()).not.toContain('CrewAI');
  });

  test('sorts by date (unknown last) and by name', async () => {
    await openAt('#/library');
    expect(names().slice(0, 2)).toEqual(['OpenAI Codex', 'Claude Opus 4.8']);
    select('Sort by', 'oldest');
    expect(names().at(-1)).toBe('OpenAI Agents SDK');
    expect(names()[0]).not.toBe('OpenAI Codex');
    select('Sort by', 'name');
    expect(names().slice(0, 2)).toEqual(['Amazon Bedrock Agents', 'AutoGen / AG2']);
  });

  test('an empty result says so and "Clear filters" brings every product back', async () => {
    await openAt('#/library');
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search' }), {
      target: { value: 'no such product anywhere' },
    });
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('No product matches these filters.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(names()).toHaveLength(bundled().products.length);
    expect((screen.getByRole('searchbox', { name: 'Search' }) as HTMLInputElement).value).toBe('');
  });

  test('filters come from the deep link, and follow a hashchange', async () => {
    await openAt('#/library?vendor=Anthropic&sort=name');
    expect(names()).toEqual(['Claude Opus 4.8', 'Claude Sonnet 4.6']);
    expect((screen.getByLabelText('Vendor') as HTMLSelectElement).value).toBe('Anthropic');
    await go('#/library?domain=D1&rating=gap');
    expect(sorted(names())).toEqual(['AutoGen / AG2', 'CrewAI', 'DSPy']);
  });

  test('the table heads name every domain', async () => {
    await openAt('#/library');
    const heads = within(table())
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    for (const d of library.domains) expect(heads).toContain(`${d.id} ${d.name}`);
    expect(DOMAIN_IDS).toHaveLength(8);
  });
});

describe('picking products to compare', () => {
  const compareControl = () => screen.getByText(/^Compare selected \(\d\)$/);

  test('needs two, links to the comparison in the order picked, and is offered in the header', async () => {
    await openAt('#/library');
    expect((compareControl() as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Compare LangChain / LangGraph' }));
    expect(compareControl().textContent).toBe('Compare selected (1)');
    expect(compareControl().tagName).toBe('BUTTON');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Compare CrewAI' }));
    const link = screen.getByRole('link', { name: 'Compare selected (2)' });
    expect(link.getAttribute('href')).toBe('#/compare?products=langchain,crewai');
    const nav = screen.getByRole('navigation', { name: 'Workspace' });
    expect(within(nav).getByRole('link', { name: 'Compare (2)' }).getAttribute('href')).toBe(
      '#/compare?products=langchain,crewai',
    );
    fireEvent.click(screen.getByRole('checkbox', { name: 'Compare LangChain / LangGraph' }));
    expect(screen.queryByRole('link', { name: /Compare selected/ })).toBeNull();
  });

  test('stops at six: the other boxes are disabled', async () => {
    await openAt('#/library?sort=name');
    const boxes = screen.getAllByRole('checkbox') as HTMLInputElement[];
    for (const box of boxes.slice(0, 6)) fireEvent.click(box);
    expect(screen.getByRole('link', { name: 'Compare selected (6)' })).toBeTruthy();
    expect(boxes[6]?.disabled).toBe(true);
    expect(boxes[0]?.disabled).toBe(false);
  });
});

describe('"not captured" is said once', () => {
  test('each missing rating is a dash read as "not captured"; the words show once, under the table', async () => {
    await openAt('#/library');
    const cells = [...document.querySelectorAll('.library-table .rating-none')];
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.every((c) => c.querySelector('.sr-only')?.textContent === 'not captured')).toBe(true);
    const shown = [...document.querySelectorAll('p, td, span:not(.sr-only)')].filter(
      (el) => el.closest('.sr-only') === null && /not captured/.test(el.textContent ?? '') && !el.querySelector('*'),
    );
    expect(shown).toHaveLength(0);
    expect(screen.getAllByText(/not captured: PSF Lens’s data lacks that rating/)).toHaveLength(1);
  });
});
