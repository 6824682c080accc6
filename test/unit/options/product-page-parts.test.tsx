// @vitest-environment happy-dom
// The product page's head and its parts, rendered alone: the crumb, the heading that takes focus, who makes it, the
// page's own links, the product never assessed, and the organisation's own assessments of this product only, each
// labelled as not PAI's.
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Assessment } from '../../../src/core/model.ts';
import type { WorkspaceApi } from '../../../src/options/api.ts';
import type { Library } from '../../../src/options/library-data.ts';
import { ProductPage } from '../../../src/options/product-page.tsx';
import { bundled } from '../helpers/dataset.ts';
import { libraryOf } from './workspace-fixture.tsx';

afterEach(cleanup);

const library = libraryOf();
/** The background's part: a watch state and checklist states that never come (the panel is tested on its own). */
const never = () => new Promise(() => {});
const api = { watchState: vi.fn(never), checklist: vi.fn(never) } as unknown as WorkspaceApi;
const show = (productId: string, lib: Library = library) =>
  render(<ProductPage library={lib} productId={productId} api={api} />);

describe('the product page', () => {
  test('the crumb, the heading, who makes it and its homepage', () => {
    show('langchain');
    const product = library.entries.find((e) => e.product.id === 'langchain')?.product;
    expect(screen.getByRole('link', { name: '← Library' }).getAttribute('href')).toBe('#/library');
    const heading = screen.getByRole('heading', { level: 1, name: 'LangChain / LangGraph' });
    expect(heading.getAttribute('tabindex')).toBe('-1');
    const sub = heading.nextElementSibling as HTMLElement;
    expect(sub.textContent).toBe(`${product?.vendor} · ${product?.category} · Product homepage ↗`);
    expect(sub.querySelector('[lang="en"]')?.textContent).toBe(`${product?.vendor} · ${product?.category}`);
    expect(within(sub).getByRole('link').getAttribute('href')).toBe(product?.homepage);
  });

  test('its links: the checklist, compare, the vendor questionnaire, an assessment of one’s own', () => {
    show('langchain');
    const nav = screen.getByRole('navigation', { name: 'More about LangChain / LangGraph' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => [a.textContent, a.getAttribute('href')]),
    ).toEqual([
      ['Action checklist', '#/checklist/langchain'],
      ['Compare with…', '#/compare?products=langchain'],
      ['Vendor questionnaire', '#/questionnaire/langchain?basis=pai'],
      ['Assess this product yourself', '#/organisation/new?from=langchain'],
    ]);
  });

  test('a product never assessed: said with its name, and no checklist to offer', () => {
    const langchain = library.entries.find((e) => e.product.id === 'langchain');
    const product = { ...langchain!.product, id: 'acme-agent', name: 'Acme Agent' };
    show('acme-agent', { ...library, entries: [...library.entries, { product, assessment: null }] });
    expect(
      screen.getByText('The Production AI Institute has not published a PSF assessment of Acme Agent yet.'),
    ).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Action checklist' })).toBeNull();
    expect(screen.queryByRole('heading', { level: 2, name: 'All eight domains' })).toBeNull();
  });

  /** The organisation's dataset "Security team" holding these assessments. */
  const orgOf = (assessments: Assessment[]) => ({
    id: 'org-1',
    name: 'Security team',
    importedAt: 0,
    dataset: { ...bundled(), assessments },
  });

  test('the organisation’s own assessments of this product, each labelled as not PAI’s', () => {
    const dataset = bundled();
    const own = (productId: string, id: string, title: string) => {
      const pai = dataset.assessments.find((a) => a.productId === productId);
      if (!pai) throw new Error(`test setup: ${productId} is assessed`);
      return { ...pai, id, title };
    };
    show('langchain', {
      ...library,
      organisation: [
        orgOf([own('langchain', 'own-1', 'Our LangChain review'), own('crewai', 'own-2', 'Our CrewAI review')]),
      ],
    });
    const section = screen.getByRole('region', { name: "Your organisation's assessment: Our LangChain review" });
    expect(section.querySelector('.org-label')?.textContent).toBe(
      "Your organisation's assessment · from “Security team” · not PAI's",
    );
    expect(screen.queryByRole('region', { name: /Our CrewAI review/ })).toBeNull();
    expect(screen.getAllByRole('region', { name: /^Your organisation's assessment/ })).toHaveLength(1);
  });

  test('the organisation’s unrated domains read "not assessed", while PAI’s missing ratings stay "not captured"', () => {
    const found = bundled().assessments.find((a) => a.productId === 'langchain');
    if (!found) throw new Error('test setup: langchain is assessed');
    // As written in PSF Lens: no source's own counts.
    const { summaryCounts: _, ...pai } = found;
    const own = { ...pai, id: 'own-1', title: 'Our review', ratings: { D1: 'Gap' as const } };
    show('langchain', { ...library, organisation: [orgOf([own])] });
    const section = screen.getByRole('region', { name: "Your organisation's assessment: Our review" });
    expect(section.querySelector('.headline')?.textContent).toBe('1 Gap · 7 not assessed');
    expect([...section.querySelectorAll('.domains .rating-none .sr-only')].map((e) => e.textContent)).toEqual(
      Array(7).fill('not assessed'),
    );
    // Its domains without findings say so of the organisation, and its link is not "the full assessment".
    expect(within(section).getAllByText('No findings written for this domain.')).toHaveLength(7);
    // Its address is PAI's assessment's, as one written from PAI's without an evidence link keeps: said so.
    expect(
      within(section)
        .getByRole('link', { name: /Read PAI's assessment it started from/ })
        .getAttribute('href'),
    ).toBe(pai.url);
    expect(section.textContent).not.toMatch(/captured|full assessment/);
    // Written in the organisation's language, not marked as English as PAI's texts are (the PSF's domains are).
    expect(section.querySelector('[lang="en"]:not(.domain-name, .domain-summary)')).toBeNull();
    // PAI's own assessment above keeps its words and its English.
    const theirs = document.querySelector('.assessment-full');
    expect(theirs?.textContent).toMatch(/Read the full assessment/);
    expect(theirs?.querySelector('h2')?.getAttribute('lang')).toBe('en');
  });

  test('the organisation’s link says where it leads: PAI’s assessment, the product’s site, or a page of its own', () => {
    const found = bundled().assessments.find((a) => a.productId === 'langchain');
    const product = library.entries.find((e) => e.product.id === 'langchain')?.product;
    if (!found || !product) throw new Error('test setup: langchain is assessed');
    const own = (id: string, url: string) => ({ ...found, id, title: `Review ${id}`, url });
    show('langchain', {
      ...library,
      organisation: [
        orgOf([
          own('pai', found.url),
          own('site', product.homepage),
          own('wiki', 'https://wiki.example/langchain-review'),
        ]),
      ],
    });
    // The link under each assessment, after its details.
    const linkOf = (id: string) =>
      screen.getByRole('region', { name: `Your organisation's assessment: Review ${id}` }).querySelector('a.primary');
    expect(
      [linkOf('pai'), linkOf('site'), linkOf('wiki')].map((a) => [a?.textContent, a?.getAttribute('href')]),
    ).toEqual([
      ["Read PAI's assessment it started from ↗", found.url],
      ["Open the product's site ↗", product.homepage],
      ['Open the page it links to ↗', 'https://wiki.example/langchain-review'],
    ]);
  });

  test('no organisation datasets: no such section', () => {
    show('langchain');
    expect(screen.queryByRole('region', { name: /^Your organisation's assessment/ })).toBeNull();
  });
});
