// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { DOMAIN_IDS, type DomainId } from '../../../src/core/model.ts';
import { PopupApp, type PopupApi } from '../../../src/popup/app.tsx';
import type { TabView } from '../../../src/shared/messages.ts';
import { assessmentOf, bundled, productOf } from '../helpers/dataset.ts';
import { launcherView, productView } from '../helpers/tab-view.ts';

const LAUNCHER = launcherView(['crewai', 'no-longer-in-the-dataset', 'openai-codex']);

function api(load: PopupApi['load']) {
  return {
    load: vi.fn(load),
    setSiteHidden: vi.fn<PopupApi['setSiteHidden']>(async () => {}),
    launcher: vi.fn<PopupApi['launcher']>(async () => LAUNCHER),
    workspaceHref: (path: string) => `ext://options#${path}`,
  };
}

async function show(view: TabView) {
  const fake = api(async () => view);
  render(<PopupApp api={fake} />);
  if (view.kind === 'product') await screen.findByRole('heading', { level: 1, name: view.product.name });
  return fake;
}

const domainRows = () => [...document.querySelectorAll<HTMLElement>('.domains summary')];

function domainButton(id: DomainId): HTMLElement {
  const row = domainRows().find((b) => b.querySelector('.domain-id')?.textContent === id);
  if (!row) throw new Error(`no row for ${id}`);
  return row;
}

afterEach(cleanup);

describe('PopupApp states', () => {
  test('loading while the background answers', () => {
    render(<PopupApp api={api(() => new Promise<TabView>(() => {}))} />);
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('Loading the assessment…');
    expect(status.className, 'not styled as an error').toBe('status');
  });

  test('an error when loading fails', async () => {
    render(<PopupApp api={api(async () => Promise.reject(new Error('no answer to tab-view')))} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^PSF Lens did not answer\. Close this popup and open it again; if that/);
    expect(alert.textContent, 'no internal message name').not.toContain('tab-view');
    expect(alert.className, 'styled as an error').toBe('status error');
    expect(screen.queryByRole('status')).toBeNull();
  });

  test('off a rated page: the launcher, with its search, recent products and the data’s age', async () => {
    await show({ kind: 'no-product', dataset: LAUNCHER.dataset });
    const search = await screen.findByRole('searchbox', { name: 'Search the library' });
    expect(screen.getByText(`PSF data of ${bundled().published}`, { exact: false })).toBeTruthy();
    const recent = within(screen.getByRole('region', { name: 'Recently viewed' }));
    // A recent id the dataset no longer has is skipped, not shown as a broken link.
    expect(recent.getAllByRole('link').map((a) => a.textContent)).toEqual(['CrewAI', 'OpenAI Codex']);
    expect(screen.getByRole('link', { name: /Open the workspace/ }).getAttribute('href')).toBe(
      'ext://options#/library',
    );
    fireEvent.input(search, { target: { value: 'lang' } });
    const found = within(screen.getByRole('region', { name: 'Matching products' })).getAllByRole('link');
    expect(found.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['LangChain / LangGraph', 'ext://options#/product/langchain'],
    ]);
    fireEvent.input(search, { target: { value: 'zzz' } });
    expect(screen.getByText('No product in the library matches “zzz”.')).toBeTruthy();
  });

  test('on a tab whose address PSF Lens may not read, the launcher says it cannot see the page', async () => {
    await show({ kind: 'no-product', dataset: LAUNCHER.dataset, unseen: true });
    await screen.findByRole('searchbox', { name: 'Search the library' });
    expect(
      screen.getByText(/^No rated product that PSF Lens can see here\. On a vendor's page, its access/),
    ).toBeTruthy();
    expect(screen.queryByText(/No rated product on this page/)).toBeNull();
  });

  test('the search matches vendors too', async () => {
    await show({ kind: 'no-product', dataset: LAUNCHER.dataset });
    fireEvent.input(await screen.findByRole('searchbox'), { target: { value: 'microsoft' } });
    const names = within(screen.getByRole('region', { name: 'Matching products' }))
      .getAllByRole('link')
      .map((a) => a.textContent);
    expect(names).toEqual(['AutoGen / AG2', 'Semantic Kernel']);
  });

  test('no-dataset shows the reason', async () => {
    await show({
      kind: 'no-dataset',
      reason: 'bundled dataset refused: $.format: this reader knows dataset format 1 only',
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'PSF Lens has no usable dataset: bundled dataset refused: $.format: this reader knows dataset format 1 only',
    );
    // The checker's words are English in a page of any language: marked so.
    expect(alert.querySelector('[lang="en"]')?.textContent).toBe(
      'bundled dataset refused: $.format: this reader knows dataset format 1 only',
    );
  });
});

describe('the scorecard of OpenAI Codex (all eight rated)', () => {
  const view = productView('openai-codex');
  const ratings = view.assessment?.ratings ?? {};

  test('shows eight domain rows', async () => {
    await show(view);
    expect(domainRows()).toHaveLength(8);
  });

  test.each(DOMAIN_IDS.map((id) => [id, ratings[id]] as const))('%s reads %s', async (id, rating) => {
    await show(view);
    const row = domainButton(id);
    expect(rating).toMatch(/^(Strong|Partial|Gap)$/);
    expect(within(row).getByText(rating ?? '')).toBeTruthy();
    expect(row.textContent).toContain(view.domains.find((d) => d.id === id)?.name);
  });

  test('links to the full assessment in a new tab, without an opener', async () => {
    await show(view);
    const link = screen.getByRole('link', { name: /Read the full assessment/ });
    expect(link.getAttribute('href')).toBe(view.assessment?.url);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')?.split(/\s+/)).toContain('noopener');
  });

  test('each domain opens on its findings and actions; all start closed', async () => {
    await show(view);
    const detail = view.assessment?.domains.D4;
    const finding = detail?.findings[0] ?? '';
    const action = detail?.actions[0]?.text ?? '';
    expect(finding && action).toBeTruthy();
    const details = domainButton('D4').closest('details');
    expect(details?.open).toBe(false);
    expect(within(details as HTMLElement).getByText(finding)).toBeTruthy();
    expect(within(details as HTMLElement).getAllByText(action).length).toBeGreaterThan(0);
    expect(domainRows().every((row) => !row.closest('details')?.open)).toBe(true);
  });

  test('the badge toggle hides the badge on the site', async () => {
    const fake = await show(view);
    const toggle = screen.getByRole('checkbox', { name: 'Show the badge on openai.com' }) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    fireEvent.click(toggle);
    expect(fake.setSiteHidden).toHaveBeenCalledWith('openai.com', true);
    expect((screen.getByRole('checkbox', { name: 'Show the badge on openai.com' }) as HTMLInputElement).checked).toBe(
      false,
    );
  });
});

describe('a partial assessment (Haystack: four of eight rated)', () => {
  const view = productView('haystack', 'haystack.deepset.ai');
  const ratings = view.assessment?.ratings ?? {};
  const missing = DOMAIN_IDS.filter((id) => !ratings[id]);

  test('the test data really has missing ratings', () => {
    expect(missing).toEqual(['D5', 'D6', 'D7', 'D8']);
  });

  test.each(missing)('%s reads "not captured" to a screen reader, never "Gap"', async (id) => {
    await show(view);
    const row = domainButton(id);
    expect(row.querySelector('.sr-only')?.textContent).toBe('not captured');
    expect(row.textContent).not.toMatch(/Gap/);
  });

  test('"not captured" is said once in words, not in every row', async () => {
    await show(view);
    expect(screen.getByText(/Gap in 1 of 4 rated domains: Data Protection \(D3\)\./)).toBeTruthy();
    expect(screen.getByText(/4 of 8 ratings not captured\./)).toBeTruthy();
    const visible = domainRows().filter((row) =>
      [...row.querySelectorAll('span:not(.sr-only)')].some((s) => s.textContent === 'not captured'),
    );
    expect(visible).toHaveLength(0);
  });

  test('a domain that really is a Gap still reads Gap', async () => {
    await show(view);
    expect(ratings.D3).toBe('Gap');
    expect(within(domainButton('D3')).getByText('Gap')).toBeTruthy();
  });
});

describe('a page about several products', () => {
  test('offers the others, and choosing one loads its view', async () => {
    const opus = {
      ...productView('claude-opus-4-8', 'anthropic.com'),
      alternatives: [{ id: 'claude-sonnet-4-6', name: 'Claude Sonnet 4.6' }],
    };
    const sonnet = {
      ...productView('claude-sonnet-4-6', 'anthropic.com'),
      alternatives: [{ id: 'claude-opus-4-8', name: 'Claude Opus 4.8' }],
    };
    const fake = api(async (productId) => (productId === 'claude-sonnet-4-6' ? sonnet : opus));
    render(<PopupApp api={fake} />);
    await screen.findByRole('heading', { level: 1, name: 'Claude Opus 4.8' });
    const other = within(screen.getByRole('navigation', { name: 'Other rated products on this page' })).getByRole(
      'button',
      { name: 'Claude Sonnet 4.6' },
    );
    other.focus();
    fireEvent.click(other);
    const heading = await screen.findByRole('heading', { level: 1, name: 'Claude Sonnet 4.6' });
    expect(fake.load).toHaveBeenLastCalledWith('claude-sonnet-4-6');
    // The chosen product's button went with the view: the keyboard is on the new product's name.
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  test('opening the popup moves no focus: only a choice of another product does', async () => {
    const opus = {
      ...productView('claude-opus-4-8', 'anthropic.com'),
      alternatives: [{ id: 'claude-sonnet-4-6', name: 'Claude Sonnet 4.6' }],
    };
    render(<PopupApp api={api(async () => opus)} />);
    await screen.findByRole('heading', { level: 1, name: 'Claude Opus 4.8' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(document.activeElement).toBe(document.body);
  });

  test('a page about one product offers no others', async () => {
    await show(productView('openai-codex'));
    expect(screen.queryByRole('navigation', { name: 'Other rated products on this page' })).toBeNull();
  });
});

describe('links go to https: only', () => {
  test.each(['http://productionai.institute/insights/haystack-psf-assessment', 'javascript:alert(1)'])(
    '%s renders as text, not as a link',
    async (url) => {
      const view = productView('haystack');
      if (view.assessment) view.assessment.url = url;
      await show(view);
      expect(screen.queryByRole('link', { name: /Read the full assessment/ })).toBeNull();
      const texts = screen.getAllByText(/Read the full assessment/);
      expect(texts.map((t) => t.tagName)).toEqual(texts.map(() => 'SPAN'));
    },
  );
});

describe('the first screen answers "should I worry, and what first?"', () => {
  test('who rated it, and a verdict from the ratings alone', async () => {
    await show(productView('openai-codex'));
    expect(
      screen.getByText(/PSF assessment by the Production AI Institute \(PAI\) · PSF v1\.1 · 2026-06-02/),
    ).toBeTruthy();
    expect(
      screen.getByText('Gap in 2 of 8 rated domains: Observability (D4), Security (D7).', {
        selector: '.verdict-line',
      }),
    ).toBeTruthy();
    const strip = screen.getByRole('list', { name: 'The eight domain ratings' });
    expect(
      within(strip)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('.sr-only')?.textContent),
    ).toEqual([
      'D1 Input Governance: Partial',
      'D2 Output Validation: Partial',
      'D3 Data Protection: Partial',
      'D4 Observability: Gap',
      'D5 Deployment Safety: Partial',
      'D6 Human Oversight: Strong',
      'D7 Security: Gap',
      'D8 Vendor Resilience: Partial',
    ]);
  });

  test('the top actions come from the Gap domains first, each opening its checklist item', async () => {
    const view = productView('openai-codex');
    await show(view);
    const first = within(screen.getByRole('region', { name: 'Do first' })).getAllByRole('link');
    const d4 = view.assessment?.domains.D4?.actions ?? [];
    expect(first.slice(0, 3).map((a) => a.getAttribute('href'))).toEqual(
      d4.slice(0, 3).map((a) => `ext://options#/checklist/openai-codex?action=${encodeURIComponent(a.id)}`),
    );
    expect(first[0]?.textContent).toMatch(/^✕ Gap · D4 /);
    expect(first.at(-1)?.textContent).toBe('All 27 actions in the checklist');
    expect(first.every((a) => a.getAttribute('target') === '_blank')).toBe(true);
  });

  test('a product without actions says so and offers the full assessment, not an empty checklist', async () => {
    await show(productView('crewai', 'crewai.com'));
    const region = screen.getByRole('region', { name: 'Do first' });
    expect(region.textContent).toMatch(/The assessment lists no practitioner actions for CrewAI\./);
    expect(within(region).getByRole('link').getAttribute('href')).toBe(
      'https://productionai.institute/insights/crewai-psf-assessment',
    );
    expect(screen.queryByRole('link', { name: /checklist/i })).toBeNull();
  });

  test('one action is "the 1 action", not "1 actions"', async () => {
    await show(productView('langchain', 'github.com'));
    expect(screen.getByRole('link', { name: 'The 1 action in the checklist' })).toBeTruthy();
  });

  test('nothing captured: says so, with no Gap and no counts', async () => {
    await show(productView('claude-opus-4-8', 'anthropic.com'));
    expect(screen.getByText('No rating captured here: the full assessment has all eight.')).toBeTruthy();
    expect(document.querySelector('.verdict')?.textContent).not.toMatch(/Gap in/);
  });

  test('what PSF and the ratings mean is one click away', async () => {
    await show(productView('openai-codex'));
    const legend = screen.getByText('What PSF and the ratings mean').closest('details');
    expect(legend?.textContent).toMatch(/Production Safety Framework, an open standard of the Production AI Institute/);
    expect([...(legend?.querySelectorAll('dt') ?? [])].map((dt) => dt.textContent?.replace(/^\W+/, ''))).toEqual([
      'Strong',
      'Partial',
      'Gap',
      'not captured',
    ]);
  });
});

describe('Assess this product yourself', () => {
  const workspaceHref = (path: string) => `chrome-extension://x/src/options/index.html#${path}`;

  test('on a rated product’s page: the form, started from its PAI assessment', async () => {
    const view = productView('openai-codex');
    render(<PopupApp api={{ ...api(async () => view), workspaceHref }} />);
    const link = await screen.findByRole('link', { name: `Assess ${view.product.name} yourself` });
    expect(link.getAttribute('href')).toBe(workspaceHref('/organisation/new?from=openai-codex'));
  });

  test('on any other page: a blank form', async () => {
    render(
      <PopupApp api={{ ...api(async () => ({ kind: 'no-product', dataset: LAUNCHER.dataset })), workspaceHref }} />,
    );
    const link = await screen.findByRole('link', { name: 'Assess this product yourself' });
    expect(link.getAttribute('href')).toBe(workspaceHref('/organisation/new'));
  });
});

test('a product only the organisation assessed: its rating in the popup, labelled as the organisation’s', async () => {
  const d = bundled();
  const own = { ...assessmentOf(d, 'crewai'), id: 'acme-org', productId: 'acme', ratings: { D3: 'Gap' as const } };
  const view: TabView = {
    ...productView('crewai', 'acme.example'),
    product: { ...productOf(d, 'crewai'), id: 'acme', name: 'Acme Agent' },
    assessment: null,
    organisation: [{ dataset: 'Written in PSF Lens', title: own.title, assessment: own }],
  };
  render(<PopupApp api={api(async () => view)} />);
  const section = await screen.findByRole('region', { name: "Your organisation's assessment" });
  expect(section.textContent).toMatch(/not the Production AI Institute's/);
  expect(section.textContent).toMatch(/Gap/);
});
