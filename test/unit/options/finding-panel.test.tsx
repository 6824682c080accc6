// @vitest-environment happy-dom
// One product's findings for one domain, below the comparison, rendered alone: its heading takes the focus (again
// for each product and domain shown), the rating and the domain's summary, only that domain's disagreement, the
// links to the assessment and to the checklist where there are actions, and Close or Escape to shut it.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Column } from '../../../src/options/library-data.ts';
import type { Domain } from '../../../src/core/model.ts';
import { FindingPanel } from '../../../src/options/finding-panel.tsx';
import { libraryOf } from './workspace-fixture.tsx';

afterEach(cleanup);

const library = libraryOf();
const entryOf = (id: string): Column => {
  const entry = library.entries.find((e) => e.product.id === id);
  if (!entry) throw new Error(`test setup: no product ${id}`);
  return { ...entry, key: id };
};
const domainOf = (id: string): Domain => {
  const domain = library.domains.find((d) => d.id === id);
  if (!domain) throw new Error(`test setup: no domain ${id}`);
  return domain;
};

function show(entry: Column, domain: Domain) {
  const onClose = vi.fn();
  const view = render(<FindingPanel library={library} entry={entry} domain={domain} onClose={onClose} />);
  const panel = () => screen.getByRole('region');
  return {
    onClose,
    panel,
    rerender: (e: Column, d: Domain) =>
      view.rerender(<FindingPanel library={library} entry={e} domain={d} onClose={onClose} />),
  };
}

describe('the finding panel', () => {
  test('named by its heading, which takes the focus; the rating, the summary and the findings', () => {
    const codex = entryOf('openai-codex');
    const d7 = domainOf('D7');
    const { panel } = show(codex, d7);
    const heading = screen.getByRole('heading', { level: 2, name: 'OpenAI Codex: D7 Security' });
    expect(panel().getAttribute('aria-labelledby')).toBe(heading.id);
    expect(heading.getAttribute('tabindex')).toBe('-1');
    expect(document.activeElement).toBe(heading);
    expect(heading.querySelector('[lang="en"]')?.textContent).toBe('Security');
    expect(panel().querySelector('.rating')?.textContent).toContain(codex.assessment?.ratings.D7);
    const summary = within(panel()).getByText(d7.summary ?? '');
    expect(summary.getAttribute('lang')).toBe('en');
    expect(panel().textContent).toContain(codex.assessment?.domains.D7?.findings[0]);
  });

  test('links to the full assessment, and to the checklist where the domain has actions', () => {
    const codex = entryOf('openai-codex');
    show(codex, domainOf('D7'));
    expect(screen.getByRole('link', { name: /Read the full assessment/ }).getAttribute('href')).toBe(
      codex.assessment?.url,
    );
    expect(screen.getByRole('link', { name: 'Track these actions in the checklist' }).getAttribute('href')).toBe(
      '#/checklist/openai-codex',
    );
  });

  test('no checklist link for a domain without actions, or whose details were not captured', () => {
    show(entryOf('crewai'), domainOf('D2'));
    expect(screen.getByRole('link', { name: /Read the full assessment/ })).toBeTruthy();
    expect(screen.queryByRole('link', { name: /Track these actions/ })).toBeNull();
    cleanup();
    const codex = entryOf('openai-codex');
    const bare = { ...codex, assessment: codex.assessment && { ...codex.assessment, domains: {} } };
    show(bare, domainOf('D7'));
    expect(screen.queryByRole('link', { name: /Track these actions/ })).toBeNull();
    expect(screen.getByText('No findings summarised here for this domain: read the full assessment.')).toBeTruthy();
  });

  test('only the disagreement about its own domain', () => {
    const langchain = entryOf('langchain');
    const conflict = langchain.assessment?.conflicts?.find((c) => c.domain === 'D5');
    if (!conflict) throw new Error('test setup: LangChain has a D5 disagreement');
    show(langchain, domainOf('D5'));
    expect(screen.getByRole('note').textContent).toContain(conflict.note);
    cleanup();
    show(langchain, domainOf('D4'));
    expect(screen.queryByRole('note')).toBeNull();
  });

  test('a product not assessed: said with its name, the rating not captured, no links', () => {
    const codex = entryOf('openai-codex');
    const { panel } = show(
      { key: 'acme-agent', product: { ...codex.product, name: 'Acme Agent' }, assessment: null },
      domainOf('D1'),
    );
    expect(
      within(panel()).getByText('The Production AI Institute has not published a PSF assessment of Acme Agent yet.'),
    ).toBeTruthy();
    expect(panel().querySelector('.rating.rating-none')?.textContent).toMatch(/not captured$/);
    expect(within(panel()).queryByRole('link')).toBeNull();
  });

  test('a domain without a summary shows none', () => {
    const { panel } = show(entryOf('openai-codex'), { ...domainOf('D7'), summary: '' });
    expect(panel().querySelector('.domain-summary')).toBeNull();
  });

  test('Close and Escape shut it; other keys do not', () => {
    const { onClose, panel } = show(entryOf('openai-codex'), domainOf('D7'));
    fireEvent.keyDown(panel(), { key: 'Enter' });
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.keyDown(panel(), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    const close = screen.getByRole('button', { name: 'Close the findings' });
    expect(close.textContent).toBe('Close');
    fireEvent.click(close);
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  test('another domain or product shown in the panel takes the focus again', () => {
    const codex = entryOf('openai-codex');
    const { rerender } = show(codex, domainOf('D7'));
    screen.getByRole('button', { name: 'Close the findings' }).focus();
    rerender(codex, domainOf('D2'));
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { level: 2, name: 'OpenAI Codex: D2 Output Validation' }),
    );
    screen.getByRole('button', { name: 'Close the findings' }).focus();
    rerender(entryOf('crewai'), domainOf('D2'));
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { level: 2, name: 'CrewAI: D2 Output Validation' }),
    );
  });

  test('another of the organisation’s assessments of the same product, from the same file, takes the focus again', () => {
    const crewai = entryOf('crewai');
    const review = (id: string): Column => ({
      ...crewai,
      key: `own:acme:${id}`,
      assessment: { ...crewai.assessment!, id, title: `Acme review ${id}` },
      own: 'Acme reviews',
    });
    const { rerender } = show(review('2025'), domainOf('D2'));
    screen.getByRole('button', { name: 'Close the findings' }).focus();
    rerender(review('2026'), domainOf('D2'));
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 }));
  });
});
