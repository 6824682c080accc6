// @vitest-environment happy-dom
// The look-ups every workspace page makes: a product's entry by id, a domain with a fallback that never breaks a
// panel, a filter's options (each value once, in reading order whatever its case), and the window's title.
import { cleanup, render } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { distinct, domainOf, findEntry, useTitle, type Library } from '../../../src/options/library-data.ts';
import { libraryOf } from './workspace-fixture.tsx';

afterEach(cleanup);

const library = libraryOf();

/** The bundled library with its products' vendors replaced, to test the order and the repeats. */
function withVendors(vendors: string[]): Library {
  const [first] = library.entries;
  if (!first) throw new Error('test setup: the library needs a product');
  return {
    ...library,
    entries: vendors.map((vendor, i) => ({ ...first, product: { ...first.product, id: `p${i}`, vendor } })),
  };
}

test('findEntry finds the product by its id, and nothing for an id the library lacks', () => {
  expect(findEntry(library, 'crewai')?.product.name).toBe('CrewAI');
  expect(findEntry(library, 'langchain')?.product.id).toBe('langchain');
  expect(findEntry(library, 'no-such-product')).toBeUndefined();
});

test('domainOf gives the dataset’s domain, or one named by its id with no summary', () => {
  const d3 = library.domains.find((d) => d.id === 'D3');
  expect(domainOf(library, 'D3')).toBe(d3);
  expect(domainOf({ ...library, domains: [] }, 'D3')).toEqual({ id: 'D3', name: 'D3', summary: '' });
});

test('distinct: each value once, sorted as a reader would, whatever its case', () => {
  expect(distinct(withVendors(['openai', 'Anthropic', 'OpenAI', 'anthropic', 'Meta', 'meta']), 'vendor')).toEqual([
    'Anthropic',
    'anthropic',
    'Meta',
    'meta',
    'openai',
    'OpenAI',
  ]);
  expect(distinct(withVendors(['b', 'C', 'a']), 'vendor')).toEqual(['a', 'b', 'C']);
  const categories = distinct(library, 'category');
  expect(new Set(categories).size).toBe(categories.length);
  expect(categories).toContain('Foundation model');
});

function Titled({ title }: { title: string | null }) {
  useTitle(title);
  return null;
}

test('useTitle names the page before the workspace, and the workspace alone without a page name', () => {
  const view = render(<Titled title="CrewAI" />);
  expect(document.title).toBe('CrewAI · PSF Lens workspace');
  view.rerender(<Titled title={null} />);
  expect(document.title).toBe('PSF Lens workspace');
  view.rerender(<Titled title="" />);
  expect(document.title).toBe('PSF Lens workspace');
});
