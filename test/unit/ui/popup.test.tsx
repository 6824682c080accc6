// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { DOMAIN_IDS, type DomainId } from '../../../src/core/model.ts';
import { PopupApp, type PopupApi } from '../../../src/popup/app.tsx';
import type { TabView } from '../../../src/shared/messages.ts';
import { assessmentOf, bundled, productOf } from '../helpers/dataset.ts';

type ProductView = Extract<TabView, { kind: 'product' }>;

/** The view the background would send for a product's page, built from the bundled dataset. */
function productView(productId: string, site = 'openai.com'): ProductView {
  const d = bundled();
  return {
    kind: 'product',
    product: productOf(d, productId),
    alternatives: [],
    assessment: assessmentOf(d, productId),
    domains: d.domains,
    detection: { confidence: 'high', via: 'url', reason: 'matched /codex on openai.com' },
    dataset: { version: d.version, published: d.published, source: 'bundled', loadedAt: 0, attribution: d.attribution },
    site,
    siteHidden: false,
  };
}

function api(load: PopupApi['load']) {
  return { load: vi.fn(load), setSiteHidden: vi.fn<PopupApi['setSiteHidden']>(async () => {}) };
}

async function show(view: TabView) {
  const fake = api(async () => view);
  render(<PopupApp api={fake} />);
  if (view.kind === 'product') await screen.findByRole('heading', { level: 1, name: view.product.name });
  return fake;
}

function domainButton(id: DomainId): HTMLElement {
  const list = screen.getByRole('list', { name: 'The eight PSF domains' });
  const button = within(list)
    .getAllByRole('button')
    .find((b) => b.querySelector('.domain-id')?.textContent === id);
  if (!button) throw new Error(`no row for ${id}`);
  return button;
}

afterEach(cleanup);

describe('PopupApp states', () => {
  test('loading while the background answers', () => {
    render(<PopupApp api={api(() => new Promise<TabView>(() => {}))} />);
    expect(screen.getByRole('status').textContent).toBe('Loading the assessment…');
  });

  test('an error when loading fails', async () => {
    render(<PopupApp api={api(async () => Promise.reject(new Error('no answer to tab-view')))} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('PSF Lens could not read its data. PSF Lens did not answer. Try again');
    expect(alert.textContent, 'no internal message name').not.toContain('tab-view');
    expect(screen.queryByRole('status')).toBeNull();
  });

  test('no-product', async () => {
    const d = bundled();
    await show({
      kind: 'no-product',
      dataset: {
        version: d.version,
        published: d.published,
        source: 'bundled',
        loadedAt: 0,
        attribution: d.attribution,
      },
    });
    expect(await screen.findByText('No PSF assessment for this page')).toBeTruthy();
    expect(screen.getByText(`PSF data of ${d.published}`, { exact: false })).toBeTruthy();
  });

  test('no-dataset shows the reason', async () => {
    await show({
      kind: 'no-dataset',
      reason: 'bundled dataset refused: $.format: this reader knows dataset format 1 only',
    });
    expect((await screen.findByRole('alert')).textContent).toContain(
      '$.format: this reader knows dataset format 1 only',
    );
  });
});

describe('the scorecard of OpenAI Codex (all eight rated)', () => {
  const view = productView('openai-codex');
  const ratings = view.assessment?.ratings ?? {};

  test('shows eight domain rows', async () => {
    await show(view);
    expect(within(screen.getByRole('list', { name: 'The eight PSF domains' })).getAllByRole('button')).toHaveLength(8);
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

  test('expanding a domain shows its findings and actions, and says it is expanded', async () => {
    await show(view);
    const detail = view.assessment?.domains.D4;
    const finding = detail?.findings[0] ?? '';
    const action = detail?.actions[0]?.text ?? '';
    expect(finding && action).toBeTruthy();
    expect(screen.queryByText(finding)).toBeNull();
    const row = domainButton('D4');
    expect(row.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(row);
    expect(await screen.findByText(finding)).toBeTruthy();
    expect(screen.getByText(action)).toBeTruthy();
    expect(domainButton('D4').getAttribute('aria-expanded')).toBe('true');
    expect(domainButton('D5').getAttribute('aria-expanded')).toBe('false');
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

  test.each(missing)('%s reads "not captured", never "Gap"', async (id) => {
    await show(view);
    const row = domainButton(id);
    expect(row.textContent).toContain('not captured');
    expect(row.textContent).not.toMatch(/Gap/);
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
    fireEvent.click(
      within(screen.getByRole('navigation', { name: 'Other rated products on this page' })).getByRole('button', {
        name: 'Claude Sonnet 4.6',
      }),
    );
    await screen.findByRole('heading', { level: 1, name: 'Claude Sonnet 4.6' });
    expect(fake.load).toHaveBeenLastCalledWith('claude-sonnet-4-6');
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
      expect(screen.getByText(/Read the full assessment/).tagName).toBe('SPAN');
    },
  );
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
    render(<PopupApp api={{ ...api(async () => ({ kind: 'no-product', dataset: null })), workspaceHref }} />);
    const link = await screen.findByRole('link', { name: 'Assess this product yourself' });
    expect(link.getAttribute('href')).toBe(workspaceHref('/organisation/new'));
  });
});
