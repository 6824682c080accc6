// Every deep link parses to its own route and to no other (cross-negatives), and every route's link parses back.
import { describe, expect, test } from 'vitest';
import { EMPTY_QUERY } from '../../../src/options/library-query.ts';
import { hrefFor, parseHash, type Route } from '../../../src/options/router.ts';

const CASES: [string, Route][] = [
  ['#/library', { kind: 'library', query: EMPTY_QUERY }],
  [
    '#/library?q=agent&vendor=OpenAI&domain=D7&rating=not-gap&sort=name',
    {
      kind: 'library',
      query: { q: 'agent', vendor: 'OpenAI', category: '', domain: 'D7', condition: 'not-gap', sort: 'name' },
    },
  ],
  ['#/product/openai-codex', { kind: 'product', productId: 'openai-codex' }],
  ['#/checklist/langchain', { kind: 'checklist', productId: 'langchain' }],
  [
    '#/checklist/openai-codex?action=openai-codex-sites-plugins.d4.audit-logs',
    { kind: 'checklist', productId: 'openai-codex', actionId: 'openai-codex-sites-plugins.d4.audit-logs' },
  ],
  ['#/welcome', { kind: 'welcome' }],
  ['#/settings', { kind: 'settings' }],
  ['#/organisation', { kind: 'organisation' }],
  ['#/compare?products=langchain,crewai', { kind: 'compare', productIds: ['langchain', 'crewai'] }],
  ['#/organisation/new', { kind: 'org-edit', recordId: null }],
  ['#/organisation/new?from=langchain', { kind: 'org-edit', recordId: null, from: 'langchain' }],
  ['#/organisation/new?site=acme.example', { kind: 'org-edit', recordId: null, site: 'acme.example' }],
  ['#/organisation/edit/r-abc', { kind: 'org-edit', recordId: 'r-abc' }],
  ['#/questionnaire/langchain', { kind: 'questionnaire', productId: 'langchain' }],
  ['#/questionnaire/acme?basis=organisation', { kind: 'questionnaire', productId: 'acme', basis: 'organisation' }],
  ['#/questionnaire/langchain?basis=pai', { kind: 'questionnaire', productId: 'langchain', basis: 'pai' }],
];

describe('parseHash', () => {
  test.each(CASES)('%s', (hash, route) => {
    expect(parseHash(hash)).toEqual(route);
    for (const [otherHash, other] of CASES) {
      if (other.kind !== route.kind)
        expect(parseHash(otherHash).kind, `${otherHash} must not read as ${route.kind}`).not.toBe(route.kind);
    }
  });

  test.each([
    '',
    '#',
    '#/',
    '#/nowhere',
    '#/product',
    '#/product/',
    '#/product/a/b',
    '#/checklist',
    '#/compare/x',
    '#/product/%E0%A4%A',
    '#/organisation/edit',
    '#/organisation/edit/a/b',
    '#/organisation/old',
    '#/questionnaire',
    '#/questionnaire/a/b',
    '#/checklist/a/b',
    '#/settings/a',
    '#/welcome/a',
    '#/organisation/new/a',
    '#/organisation/old/a',
    '#/elsewhere/new',
    '#/elsewhere/edit/a',
    '#/nowhere?q=agent&vendor=OpenAI',
  ])('%s falls back to the library, unfiltered', (hash) => {
    expect(parseHash(hash)).toEqual({ kind: 'library', query: EMPTY_QUERY });
  });

  test('compare ignores empty and repeated ids and keeps the order', () => {
    expect(parseHash('#/compare?products=b,,a,b, c')).toEqual({ kind: 'compare', productIds: ['b', 'a', 'c'] });
    expect(parseHash('#/compare')).toEqual({ kind: 'compare', productIds: [] });
  });

  test('what follows the first ? is the query, and only that', () => {
    expect(parseHash('#/checklist/a&action=b')).toEqual({ kind: 'checklist', productId: 'a&action=b' });
    expect(parseHash('#/library?q=what?')).toEqual({ kind: 'library', query: { ...EMPTY_QUERY, q: 'what?' } });
    expect(parseHash('#/library?')).toEqual({ kind: 'library', query: EMPTY_QUERY });
    expect(parseHash('#/questionnaire/x?basis=vendor')).toEqual({ kind: 'questionnaire', productId: 'x' });
  });

  test('unknown filter values are dropped, not trusted', () => {
    expect(parseHash('#/library?domain=D9&rating=great&sort=random')).toEqual({
      kind: 'library',
      query: EMPTY_QUERY,
    });
  });
});

describe('hrefFor', () => {
  test.each(CASES)('%s round-trips', (hash, route) => {
    expect(hrefFor(route)).toBe(hash);
    expect(parseHash(hrefFor(route))).toEqual(route);
  });

  test('ids and search words are encoded', () => {
    const route: Route = { kind: 'library', query: { ...EMPTY_QUERY, q: 'a&b=c #d' } };
    expect(parseHash(hrefFor(route))).toEqual(route);
    expect(hrefFor({ kind: 'product', productId: 'a/b' })).toBe('#/product/a%2Fb');
    expect(parseHash(hrefFor({ kind: 'product', productId: 'a/b' }))).toEqual({ kind: 'product', productId: 'a/b' });
  });
});
