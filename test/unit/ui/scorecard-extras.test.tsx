// @vitest-environment happy-dom
// Every optional part of an assessment renders when the source carries it, and leaves no trace when it does not.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import type { Assessment } from '../../../src/core/model.ts';
import { Scorecard, type ProductView } from '../../../src/ui/scorecard.tsx';
import { assessmentOf, bundled, productOf } from '../helpers/dataset.ts';
import { bundledInfo } from '../helpers/tab-view.ts';

afterEach(cleanup);

function view(productId: string, change: (a: Assessment) => Assessment = (a) => a): ProductView {
  const d = bundled();
  return {
    kind: 'product',
    product: productOf(d, productId),
    alternatives: [],
    assessment: change(assessmentOf(d, productId)),
    domains: d.domains,
    detection: { confidence: 'high', via: 'url', rule: { host: 'openai.com', path: '', exact: false } },
    dataset: bundledInfo(),
    site: 'example.org',
    siteHidden: false,
  };
}

const noActions = { setSiteHidden: () => {}, choose: () => {}, workspaceHref: (path: string) => `#${path}` };
const show = (v: ProductView) => render(<Scorecard view={v} actions={noActions} />);
const row = (id: string) =>
  [...document.querySelectorAll<HTMLElement>('.domains summary')].find(
    (b) => b.querySelector('.domain-id')?.textContent === id,
  ) as HTMLElement;

describe('variants (the LangGraph column)', () => {
  test('name the variant and list only the domains where it differs', () => {
    show(view('langchain'));
    const section = screen.getByRole('region', { name: 'Variants' });
    expect(section.textContent).toMatch(/LangGraph:/);
    const items = within(section)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual(['D5 Deployment Safety: ✓Strong instead of ◐Partial']);
  });
  test('are absent when the source has none', () => {
    show(view('openai-codex'));
    expect(screen.queryByRole('region', { name: 'Variants' })).toBeNull();
  });
});

describe('conflicts between sources', () => {
  test('flag the domain and, expanded, name both sources with their ratings and links', () => {
    show(view('langchain'));
    const d5 = row('D5');
    expect(d5.textContent).toMatch(/sources disagree/);
    expect(row('D4').textContent).not.toMatch(/sources disagree/);
    fireEvent.click(d5);
    const note = screen.getByRole('note');
    expect(note.textContent).toMatch(/Sources disagree\./);
    const links = within(note).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://productionai.institute/insights/langchain-psf-assessment',
      'https://productionai.institute/insights/agent-framework-comparison',
    ]);
    expect(
      within(note)
        .getAllByRole('listitem')
        .map((li) => li.textContent?.replace(/.*: /, '')),
    ).toEqual(['✓Strong', '◐Partial']);
  });
  test('are absent when the sources agree', () => {
    show(view('openai-codex'));
    fireEvent.click(row('D5'));
    expect(screen.queryByRole('note')).toBeNull();
  });
});

describe('release scope', () => {
  test('is a table of artifact, detail and date', () => {
    show(view('openai-codex'));
    const table = within(screen.getByRole('region', { name: 'Release scope assessed' })).getByRole('table');
    const rows = within(table)
      .getAllByRole('row')
      .map((r) => [...r.children].map((c) => c.textContent));
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual(['Role-specific plugins', expect.stringMatching(/62 apps and 110 skills/), '2026-06-02']);
  });
  test('leaves the date empty where the source gives none, and is absent without a scope', () => {
    show(view('claude-opus-4-8'));
    const rows = within(screen.getByRole('region', { name: 'Release scope assessed' })).getAllByRole('row');
    expect(rows.at(-1)?.lastElementChild?.textContent).toBe('');
    cleanup();
    show(view('crewai'));
    expect(screen.queryByRole('region', { name: 'Release scope assessed' })).toBeNull();
  });
});

describe('scores of the model scorecards', () => {
  test('show the 0-100 score beside each scored domain, with its scale', () => {
    show(view('claude-sonnet-4-6'));
    // Seen as "84/100", heard as "84 out of 100": the scale is part of the label either way.
    const score = row('D1').querySelector('.domain-score');
    expect(score?.textContent).toBe('84/100 out of 100');
    expect(score?.querySelector('[aria-hidden="true"]')?.textContent).toBe('/100');
    expect(row('D4').querySelector('.domain-score')).toBeNull();
  });
  test('are absent for assessments without scores', () => {
    show(view('openai-codex'));
    expect(document.querySelector('.domain-score')).toBeNull();
    expect(screen.queryByText(/Reliability Index/)).toBeNull();
  });
});

describe('source counts where ratings were not captured', () => {
  test("say they are the assessment's own, beside how many ratings are not captured here", () => {
    show(view('dspy'));
    expect(screen.getByText(/3 of 8 ratings not captured\. The assessment's own count: \d+ Strong/)).toBeTruthy();
  });
  test('a complete assessment needs no such note', () => {
    show(view('openai-codex'));
    expect(screen.queryByText(/assessment's own count/)).toBeNull();
  });
});

describe('links to the workspace', () => {
  test('lead to the product page, a comparison and an assessment of one’s own, in a new tab', () => {
    render(
      <Scorecard
        view={view('openai-codex')}
        actions={{ ...noActions, workspaceHref: (path) => `ext://options#${path}` }}
      />,
    );
    const nav = screen.getByRole('navigation', { name: 'Workspace' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('target')])).toEqual([
      ['Product page', 'ext://options#/product/openai-codex', '_blank'],
      ['Compare with…', 'ext://options#/compare?products=openai-codex', '_blank'],
      ['Assess OpenAI Codex yourself', 'ext://options#/organisation/new?from=openai-codex', '_blank'],
    ]);
  });
});

describe("the organisation's own assessments", () => {
  test('are named apart from PAI’s, with where they came from', () => {
    show({ ...view('openai-codex'), organisation: [{ dataset: 'acme.json', title: 'Acme review of Codex' }] });
    expect(screen.getByText(/Your organisation's own assessment:/).parentElement?.textContent).toMatch(
      /Acme review of Codex \(from acme\.json\)/,
    );
  });
  test('leave no trace when there are none', () => {
    show(view('openai-codex'));
    expect(screen.queryByText(/Your organisation's own/)).toBeNull();
  });
});
