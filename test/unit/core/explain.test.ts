// Why a URL is or is not a product's page, rule by rule, over a small synthetic host: the chosen rule, a tie, a
// rule outranked by a more specific one or by a URL-only rule, an exclusion and the rule it overrides, an exact
// rule that is not this page, a rule that also needs the page to name the product, and URLs no host rule covers.
import { describe, expect, test } from 'vitest';
import { compileIndex, type PageSignals } from '../../../src/core/detect.ts';
import { explain } from '../../../src/core/explain.ts';
import type { MatchRule, Product } from '../../../src/core/model.ts';

const product = (id: string, match: MatchRule[], exclude?: MatchRule[]): Product => ({
  id,
  name: id.toUpperCase(),
  vendor: 'V',
  category: 'c',
  homepage: 'https://x.example/',
  match,
  ...(exclude ? { exclude } : {}),
});
const on = (path: string, more: Partial<MatchRule> = {}): MatchRule => ({ host: 'x.example', path, ...more });

const index = compileIndex([
  product('alpha', [on('/alpha'), on('/alpha/docs', { exact: true })]),
  product('beta', [on('/alpha/beta')]),
  product('gamma', [on('/shared')]),
  product('delta', [on('/shared')]),
  product('eps', [on('/alpha', { signals: ['Epsilon'] }), on('/eps', { signals: ['Epsilon'] })]),
  product('zeta', [on('/z')], [on('/z/old')]),
]);

/** Each rule's outcome, by product and rule, leaving out the rules whose path does not fit. */
function outcomes(url: string, title?: string): Record<string, string> {
  const { trials } = explain(index, url, () => (title ? { title } : {}));
  return Object.fromEntries(
    trials.filter((t) => t.outcome !== 'no-fit').map((t) => [`${t.productId} ${t.rule}`, t.outcome]),
  );
}
const why = (url: string, productId: string, rule: string, title?: string) =>
  explain(index, url, () => (title ? { title } : {})).trials.find((t) => t.productId === productId && t.rule === rule)
    ?.why;

test('the longer path is chosen; the shorter one and a rule needing page words are outranked', () => {
  const url = 'https://x.example/alpha/beta/page';
  expect(explain(index, url)).toMatchObject({
    host: 'x.example',
    products: ['beta'],
    summary: 'beta: matched /alpha/beta on x.example',
  });
  expect(outcomes(url)).toEqual({
    'beta /alpha/beta on x.example': 'chosen',
    'alpha /alpha on x.example': 'outranked',
    'eps /alpha on x.example': 'outranked',
    'zeta not /z/old on x.example': 'exclusion-not-applied',
  });
  expect(why(url, 'beta', '/alpha/beta on x.example')).toBe('matched /alpha/beta on x.example');
  expect(why(url, 'alpha', '/alpha on x.example')).toBe('fits, but a more specific rule decides this page');
  expect(why(url, 'alpha', 'the page /alpha/docs on x.example')).toBe('the path /alpha/beta/page is not this page');
  expect(why(url, 'gamma', '/shared on x.example')).toBe('the path /alpha/beta/page does not fit');
  expect(why(url, 'zeta', 'not /z/old on x.example')).toBe('the path /alpha/beta/page does not fit');
});

test('a URL-only rule outranks a rule of the same path that needs page words, named or not', () => {
  for (const title of [undefined, 'Epsilon docs'])
    expect(outcomes('https://x.example/alpha', title)).toEqual({
      'alpha /alpha on x.example': 'chosen',
      'eps /alpha on x.example': 'outranked',
      'zeta not /z/old on x.example': 'exclusion-not-applied',
    });
});

test('a rule needing page words decides only when the page names the product', () => {
  const url = 'https://x.example/eps/guide';
  expect(outcomes(url)).toMatchObject({ 'eps /eps on x.example': 'needs-signals' });
  expect(why(url, 'eps', '/eps on x.example')).toBe('the address fits, but the page must also name “Epsilon”');
  expect(outcomes(url, 'Epsilon guide')).toMatchObject({ 'eps /eps on x.example': 'chosen' });
  expect(explain(index, url, () => ({ title: 'Epsilon guide' })).products).toEqual(['eps']);
});

test('two products on the same path: the first opens, the other is a tie that says so', () => {
  const url = 'https://x.example/shared/x';
  expect(explain(index, url)).toMatchObject({
    products: ['delta', 'gamma'],
    summary: 'delta: matched /shared on x.example; gamma: matched /shared on x.example',
  });
  expect(outcomes(url)).toEqual({
    'delta /shared on x.example': 'chosen',
    'gamma /shared on x.example': 'tie',
    'zeta not /z/old on x.example': 'exclusion-not-applied',
  });
  expect(why(url, 'gamma', '/shared on x.example')).toBe(
    'fits as well as delta, which opens first (named by the page, or more captured ratings)',
  );
});

test('an exclusion wins over the product’s own rule, and only where it fits', () => {
  expect(outcomes('https://x.example/z/old/1')).toEqual({
    'zeta /z on x.example': 'excluded',
    'zeta not /z/old on x.example': 'exclusion',
  });
  expect(why('https://x.example/z/old/1', 'zeta', '/z on x.example')).toBe('fits, but not /z/old on x.example');
  expect(why('https://x.example/z/old/1', 'zeta', 'not /z/old on x.example')).toBe(
    'this page is never zeta: exclusions win over every rule',
  );
  expect(explain(index, 'https://x.example/z/old/1')).toMatchObject({
    products: [],
    summary: 'no rated product at this path on x.example',
  });
  expect(outcomes('https://x.example/z/new')).toEqual({
    'zeta /z on x.example': 'chosen',
    'zeta not /z/old on x.example': 'exclusion-not-applied',
  });
});

test('a host without rules, and an address that is no web page, explain themselves without trials', () => {
  expect(explain(index, 'https://nowhere.example/')).toEqual({
    url: 'https://nowhere.example/',
    host: 'nowhere.example',
    products: [],
    trials: [],
    summary: 'no rated product on nowhere.example',
  });
  expect(explain(index, 'not a url')).toEqual({
    url: 'not a url',
    host: null,
    products: [],
    trials: [],
    summary: 'not an http(s) URL',
  });
});

describe('a second host: exclusions, globs of equal weight and phrases named by title or meta', () => {
  const on2 = (path: string, more: Partial<MatchRule> = {}): MatchRule => ({ host: 'y.example', path, ...more });
  const index2 = compileIndex([
    product('iota', [on2('/i/deep')], [on2('/i/deep/old')]),
    product('lam', [on2('/i', { signals: ['Lambda', 'Lam'] })]),
    product('eta', [on2('/h'), on2('/h/guide')]),
    product('mu', [on2('/m/a*'), on2('/m/*b')]),
    product('nu', [on2('/n/a*', { signals: ['Nu', 'Nova'] }), on2('/n/*b', { signals: ['Nu', 'Nova'] })]),
  ]);
  /** Outcome and reason of each rule that fits, by product and rule. */
  const trials = (url: string, signals: PageSignals = {}) =>
    Object.fromEntries(
      explain(index2, url, () => signals)
        .trials.filter((t) => t.outcome !== 'no-fit' && t.outcome !== 'exclusion-not-applied')
        .map((t) => [`${t.productId} ${t.rule}`, [t.outcome, t.why]]),
    );

  test('an excluded product’s longer rule outranks nothing: the rule left waits for its words', () => {
    expect(trials('https://y.example/i/deep/old/x')).toEqual({
      'iota /i/deep on y.example': ['excluded', 'fits, but not /i/deep/old on y.example'],
      'iota not /i/deep/old on y.example': ['exclusion', 'this page is never iota: exclusions win over every rule'],
      'lam /i on y.example': ['needs-signals', 'the address fits, but the page must also name “Lambda” or “Lam”'],
    });
    expect(explain(index2, 'https://y.example/i/deep/old/x', () => ({ title: 'Lam' })).products).toEqual(['lam']);
  });

  test('a product’s own shorter rule is outranked by its longer one, which is chosen', () => {
    expect(trials('https://y.example/h/guide/x')).toEqual({
      'eta /h on y.example': ['outranked', 'fits, but a more specific rule decides this page'],
      'eta /h/guide on y.example': ['chosen', 'matched /h/guide on y.example'],
    });
  });

  test('of two equal rules of one product, one decides and the other says so', () => {
    expect(trials('https://y.example/m/ab')).toEqual({
      'mu /m/a* on y.example': ['chosen', 'matched /m/a* on y.example'],
      'mu /m/*b on y.example': ['outranked', 'fits, but another rule of this product decides'],
    });
  });

  test.each([
    ['the title names the first phrase', { title: 'Nu docs' }, 'Nu'],
    ['only a meta name names the second phrase', { title: 'Other page', meta: ['Nova'] }, 'Nova'],
  ])('rules needing words are satisfied when %s', (_name, signals, phrase) => {
    expect(trials('https://y.example/n/ab', signals)).toEqual({
      'nu /n/a* on y.example': ['chosen', `matched /n/a* on y.example and the page names “${phrase}”`],
      'nu /n/*b on y.example': ['outranked', 'fits, but another rule of this product decides'],
    });
  });
});
