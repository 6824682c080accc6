// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { compareExport } from '../../../src/core/compare-export.ts';
import { DOMAIN_IDS } from '../../../src/core/model.ts';
import { bundled } from '../helpers/dataset.ts';
import { fakeApi, go, libraryOf, openAt } from './workspace-fixture.tsx';

const library = libraryOf();
const entries = (...ids: string[]) =>
  ids.map((id) => library.entries.find((e) => e.product.id === id) ?? { product: { id } as never, assessment: null });

/** Column heads of the comparison, products only. */
const columns = () =>
  within(screen.getByRole('table'))
    .getAllByRole('columnheader')
    .slice(1)
    .map((th) => th.querySelector('a')?.textContent);
const rowOf = (domain: string) => {
  const row = screen.getByRole('table').querySelector(`tr[data-domain="${domain}"]`);
  if (!row) throw new Error(`no row ${domain}`);
  return row as HTMLElement;
};
const shownRows = () =>
  [...screen.getByRole('table').querySelectorAll('tbody tr[data-domain]')].map((r) => r.getAttribute('data-domain'));

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('#/compare?products=...', () => {
  test('shows the products of the URL as columns, in order, and the eight domains as rows', async () => {
    await openAt('#/compare?products=langchain,crewai,haystack');
    expect(columns()).toEqual(['LangChain / LangGraph', 'CrewAI', 'Haystack']);
    expect(shownRows()).toEqual([...DOMAIN_IDS]);
    expect(
      within(rowOf('D3'))
        .getAllByRole('button')
        .map((b) => b.querySelector('.rating')?.textContent),
    ).toEqual(['✕Gap', '✕Gap', '✕Gap']);
    expect(rowOf('D6').querySelectorAll('.rating')[2]?.textContent).toBe('–not captured');
    expect(document.title).toBe('Compare LangChain / LangGraph, CrewAI, Haystack · PSF Lens workspace');
  });

  test('six columns at most', async () => {
    await openAt('#/compare?products=langchain,crewai,autogen,semantic-kernel,haystack,dspy,pydantic-ai');
    expect(columns()).toHaveLength(6);
    expect(screen.getByText(/At most 6 products fit side by side/)).toBeTruthy();
    expect((screen.getByLabelText(/Add a product/) as HTMLSelectElement).disabled).toBe(true);
  });

  test('marks in words the rows whose captured ratings differ; not captured is not a difference', async () => {
    await openAt('#/compare?products=langchain,crewai,haystack');
    // D1: Partial, Gap, Partial -> differs. D3: Gap x3 -> same. D5: Partial, Gap, not captured -> differs.
    expect(rowOf('D1').textContent).toContain('differs');
    expect(rowOf('D1').querySelector('.sr-only')?.textContent).toContain('the captured ratings differ');
    expect(rowOf('D3').textContent).not.toContain('differs');
    expect(rowOf('D5').textContent).toContain('differs');
    cleanup();
    await openAt('#/compare?products=crewai,haystack');
    // D5: Gap vs not captured -> unknown, not a difference.
    expect(rowOf('D5').textContent).not.toContain('differs');
    expect(rowOf('D1').textContent).toContain('differs');
  });

  test('"Show only rows that differ" hides the equal rows', async () => {
    await openAt('#/compare?products=langchain,semantic-kernel');
    expect(shownRows()).toHaveLength(8);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show only rows that differ' }));
    // langchain vs semantic-kernel: D6 Strong/Partial, D7 Partial/Strong, D8 Strong/Partial differ; the rest agree.
    expect(shownRows()).toEqual(['D6', 'D7', 'D8']);
    expect(screen.getByText(/differ on 3 of 8 domains/)).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show only rows that differ' }));
    expect(shownRows()).toHaveLength(8);
  });

  test("a cell opens that product's findings and actions for the domain; Close and Escape shut it", async () => {
    await openAt('#/compare?products=crewai,openai-codex');
    const codexD7 = library.entries.find((e) => e.product.id === 'openai-codex')?.assessment?.domains.D7;
    const cell = within(rowOf('D7')).getAllByRole('button')[1] as HTMLElement;
    expect(cell.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(cell);
    const panel = screen.getByRole('region', { name: 'OpenAI Codex: D7 Security' });
    expect(cell.getAttribute('aria-expanded')).toBe('true');
    expect(cell.getAttribute('aria-controls')).toBe(panel.id);
    expect(panel.textContent).toContain(codexD7?.findings[0]);
    expect(panel.textContent).toContain(codexD7?.actions[0]?.text);
    expect(document.activeElement).toBe(within(panel).getByRole('heading', { level: 2 }));
    // Right under the table and its note, before the list of assessments: in a narrow window it is the next thing.
    const sources = screen.getByRole('region', { name: 'The assessments compared' });
    expect(panel.compareDocumentPosition(sources) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    fireEvent.click(within(panel).getByRole('button', { name: /Close/ }));
    expect(screen.queryByRole('region', { name: /D7 Security/ })).toBeNull();
    expect(document.activeElement).toBe(cell);
    fireEvent.click(within(rowOf('D2')).getAllByRole('button')[0] as HTMLElement);
    const crewPanel = screen.getByRole('region', { name: 'CrewAI: D2 Output Validation' });
    fireEvent.keyDown(crewPanel, { key: 'Escape' });
    expect(screen.queryByRole('region', { name: /Output Validation/ })).toBeNull();
  });

  test('removing a product updates the URL; adding one too', async () => {
    await openAt('#/compare?products=langchain,crewai,autogen');
    fireEvent.click(screen.getByRole('button', { name: 'Remove CrewAI from the comparison' }));
    await vi.waitFor(() => expect(location.hash).toBe('#/compare?products=langchain,autogen'));
    await vi.waitFor(() => expect(columns()).toEqual(['LangChain / LangGraph', 'AutoGen / AG2']));
    const add = screen.getByLabelText('Add a product') as HTMLSelectElement;
    expect([...add.options].map((o) => o.value)).not.toContain('langchain');
    fireEvent.change(add, { target: { value: 'dspy' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await vi.waitFor(() => expect(location.hash).toBe('#/compare?products=langchain,autogen,dspy'));
    await vi.waitFor(() => expect(columns()).toEqual(['LangChain / LangGraph', 'AutoGen / AG2', 'DSPy']));
  });

  test('fewer than two products: a helpful state, no table', async () => {
    await openAt('#/compare?products=langchain');
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText(/Only LangChain \/ LangGraph is chosen/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'library' }).getAttribute('href')).toBe('#/library');
    fireEvent.change(screen.getByLabelText('Add a product'), { target: { value: 'crewai' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await vi.waitFor(() => expect(columns()).toEqual(['LangChain / LangGraph', 'CrewAI']));
  });

  test('browsing the list adds nothing; Add or Enter adds the product chosen, and the keyboard stays on the list', async () => {
    // A closed list changes with each arrow key: three presses used to add three products.
    await openAt('#/compare?products=langchain,crewai');
    const menu = screen.getByLabelText('Add a product') as HTMLSelectElement;
    const addButton = screen.getByRole('button', { name: 'Add' }) as HTMLButtonElement;
    expect(addButton.disabled).toBe(true);
    for (const id of ['autogen', 'dspy', 'haystack']) fireEvent.change(menu, { target: { value: id } });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(location.hash).toBe('#/compare?products=langchain,crewai');
    expect(addButton.disabled).toBe(false);
    addButton.focus();
    fireEvent.click(addButton);
    await vi.waitFor(() => expect(columns()).toEqual(['LangChain / LangGraph', 'CrewAI', 'Haystack']));
    await vi.waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Add a product')));
    const again = screen.getByLabelText('Add a product') as HTMLSelectElement;
    expect(again.value).toBe('');
    fireEvent.change(again, { target: { value: 'dspy' } });
    fireEvent.keyDown(again, { key: 'Enter' });
    await vi.waitFor(() => expect(location.hash).toBe('#/compare?products=langchain,crewai,haystack,dspy'));
  });

  test('the product that fills the comparison takes the keyboard to its name, the list being closed', async () => {
    await openAt('#/compare?products=langchain,crewai,autogen,semantic-kernel,haystack');
    fireEvent.change(screen.getByLabelText('Add a product'), { target: { value: 'dspy' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe('DSPy'));
    expect((screen.getByLabelText(/Add a product/) as HTMLSelectElement).disabled).toBe(true);
  });

  test('unknown ids are named and left out', async () => {
    await openAt('#/compare?products=langchain,gone-product,crewai');
    expect(columns()).toEqual(['LangChain / LangGraph', 'CrewAI']);
    expect(screen.getByText(/left out: gone-product/)).toBeTruthy();
  });

  test("names each product's assessment with a link to its source; a product without one says so", async () => {
    // The column heads lead to PSF Lens's product pages: a printed comparison had no assessment's address at all.
    await openAt('#/compare?products=langchain,haystack');
    const sources = screen.getByRole('region', { name: 'The assessments compared' });
    const links = within(sources).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual(
      entries('langchain', 'haystack').map((e) => [`${e.assessment!.title} ↗`, e.assessment!.url]),
    );
    cleanup();
    const withoutCrewai = bundled();
    withoutCrewai.assessments = withoutCrewai.assessments.filter((a) => a.productId !== 'crewai');
    await openAt('#/compare?products=langchain,crewai', fakeApi({ dataset: withoutCrewai }));
    const listed = await screen.findByRole('region', { name: 'The assessments compared' });
    expect(
      within(listed)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([`LangChain / LangGraph: ${entries('langchain')[0]!.assessment!.title} ↗`, 'CrewAI: no PSF assessment']);
  });

  test('follows a hashchange, and the header links the comparison', async () => {
    await openAt('#/compare?products=langchain,crewai');
    await go('#/compare?products=dspy,haystack');
    expect(columns()).toEqual(['DSPy', 'Haystack']);
    const nav = screen.getByRole('navigation', { name: 'Workspace' });
    expect(within(nav).getByRole('link', { name: 'Compare (2)' }).getAttribute('aria-current')).toBe('page');
  });
});

describe('exports of the comparison', () => {
  let blobs: Blob[];
  let clicks: { download: string; href: string }[];
  beforeEach(() => {
    blobs = [];
    clicks = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return `blob:test/${blobs.length}`;
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ download: this.download, href: this.href });
    });
  });

  test.each([
    ['Markdown', 'md', 'text/markdown'],
    ['CSV', 'csv', 'text/csv'],
    ['JSON', 'json', 'application/json'],
  ] as const)('%s downloads compareExport of the columns shown', async (label, format, type) => {
    await openAt('#/compare?products=langchain,crewai');
    fireEvent.click(
      within(screen.getByRole('group', { name: 'Export the comparison' })).getByRole('button', { name: label }),
    );
    expect(clicks).toEqual([{ download: `psf-compare-langchain-crewai.${format}`, href: 'blob:test/1' }]);
    expect(blobs[0]?.type).toContain(type);
    // A CSV after the byte-order mark that tells Excel it is UTF-8.
    expect(await blobs[0]?.text()).toBe(
      (format === 'csv' ? '\uFEFF' : '') +
        compareExport(entries('langchain', 'crewai'), library.domains, library.dataset, format),
    );
    expect(document.querySelector('a[download]')).toBeNull();
  });

  test('Copy Markdown writes the Markdown to the clipboard and says so', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    await openAt('#/compare?products=dspy,haystack');
    fireEvent.click(screen.getByRole('button', { name: 'Copy Markdown' }));
    await screen.findByText('Markdown copied to the clipboard.');
    expect(writeText).toHaveBeenCalledWith(
      compareExport(entries('dspy', 'haystack'), library.domains, library.dataset, 'md'),
    );
  });

  test('a failed copy explains and shows the Markdown to copy by hand', async () => {
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({
      writeText: () => Promise.reject(new Error('permission denied')),
    } as unknown as Clipboard);
    await openAt('#/compare?products=dspy,haystack');
    fireEvent.click(screen.getByRole('button', { name: 'Copy Markdown' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not copy to the clipboard. Permission denied. Select the Markdown');
    const text = within(alert).getByRole('textbox', { name: 'Markdown to copy' }) as HTMLTextAreaElement;
    expect(text.value).toMatch(/^# PSF comparison: DSPy, Haystack/);
  });
});
