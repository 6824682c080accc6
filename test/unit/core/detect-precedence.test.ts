/**
 * The detector's precedence rules, each on a synthetic table of products of its own, so a rule no product of
 * today's dataset exercises is still held: a longer path wins; at equal length an exact page beats a prefix and
 * a rule the URL decides beats one that needs the page's words; a canonical link is never followed; rules equally
 * specific tie, and only they. Each failure message names the rule to fix in `specificity` (compile.ts) or
 * `matchRecord` (host-rules.ts).
 */
import { describe, expect, test, vi } from 'vitest';
import { compileIndex, detect, detectAll, type PageSignals } from '../../../src/core/detect.ts';
import type { MatchRule } from '../../../src/core/model.ts';

const HOST = 'vendor.example';
const rule = (path: string, extra: Omit<MatchRule, 'host' | 'path'> = {}): MatchRule => ({
  host: HOST,
  path,
  ...extra,
});

/** An index of products with one rule each, in the order given. */
const indexOf = (rules: Record<string, MatchRule>) =>
  compileIndex(Object.entries(rules).map(([id, match]) => ({ id, match: [match] })));

const url = (path: string) => `https://${HOST}${path}`;
const naming =
  (...phrases: string[]): (() => PageSignals) =>
  () => ({ title: phrases.join(' · ') });

/** The product detect() picks, or null. */
function winner(rules: Record<string, MatchRule>, path: string, signals: () => PageSignals = () => ({})) {
  const result = detect(indexOf(rules), url(path), signals);
  return result.kind === 'match' ? result.productId : null;
}

/** Every product detectAll() finds, sorted (ties have no order of their own). */
function tied(rules: Record<string, MatchRule>, path: string, signals: () => PageSignals = () => ({})) {
  const result = detectAll(indexOf(rules), url(path), signals);
  return Array.isArray(result) ? result.map((m) => m.productId).sort() : [];
}

/** Both orders of the same products: precedence may not depend on which came first in the dataset. */
const bothOrders = (rules: Record<string, MatchRule>) => [rules, Object.fromEntries(Object.entries(rules).reverse())];

describe('a longer path wins', () => {
  test.each([
    ['/a/b/c', { short: rule('/a'), long: rule('/a/b') }, 'long'],
    ['/a/b', { short: rule('/a'), long: rule('/a/b') }, 'long'],
    ['/a/x', { short: rule('/a'), long: rule('/a/b') }, 'short'],
    ['/a/b', { site: rule('/'), path: rule('/a') }, 'path'],
    ['/', { site: rule('/'), path: rule('/a') }, 'site'],
    // Length counts before everything else: a longer prefix beats a shorter exact page...
    ['/a/b', { exactShort: rule('/a', { exact: true }), prefixLong: rule('/a/b') }, 'prefixLong'],
    // ...and a longer rule that needs the page's words beats a shorter URL-only one, when the page names them.
    ['/a/b', { urlShort: rule('/a'), signalsLong: rule('/a/b', { signals: ['Widget'] }) }, 'signalsLong'],
  ] as const)('on %s the rules %o give %s', (path, rules, expected) => {
    for (const order of bothOrders(rules))
      expect(winner(order, path, naming('Widget')), 'specificity (compile.ts): a longer path comes first').toBe(
        expected,
      );
  });

  test('a longer rule whose words the page lacks gives way to the shorter one', () => {
    const rules = { urlShort: rule('/a'), signalsLong: rule('/a/b', { signals: ['Widget'] }) };
    expect(
      winner(rules, '/a/b', naming('Something else')),
      'matchRecord: a rule whose words are missing moves on',
    ).toBe('urlShort');
  });
});

describe('at equal length, an exact page beats a prefix', () => {
  test.each([
    ['/', { prefix: rule('/'), exact: rule('/', { exact: true }) }, 'exact'],
    ['/a', { prefix: rule('/a'), exact: rule('/a', { exact: true }) }, 'exact'],
    // An exact rule is the page itself only: below it, the prefix is all there is.
    ['/a/more', { prefix: rule('/a'), exact: rule('/a', { exact: true }) }, 'prefix'],
    ['/pricing', { prefix: rule('/'), exact: rule('/', { exact: true }) }, 'prefix'],
  ] as const)('on %s the rules %o give %s', (path, rules, expected) => {
    for (const order of bothOrders(rules))
      expect(winner(order, path), 'specificity (compile.ts): an exact page before a prefix of its length').toBe(
        expected,
      );
  });

  test('the prefix does not tie with the exact page it loses to', () => {
    expect(tied({ prefix: rule('/a'), exact: rule('/a', { exact: true }) }, '/a')).toEqual(['exact']);
  });
});

describe('at equal length and exactness, the URL alone beats a rule that needs the page’s words', () => {
  const rules = { words: rule('/a', { signals: ['Widget'] }), url: rule('/a') };

  test.each(bothOrders(rules))('even when the page names the words (%o)', (order) => {
    expect(winner(order, '/a', naming('Widget')), 'specificity (compile.ts): URL-only before signals').toBe('url');
    expect(tied(order, '/a', naming('Widget')), 'a URL-only rule does not tie with a signals rule').toEqual(['url']);
  });

  test('the page’s words are not even read when the URL decides', () => {
    const read = vi.fn(naming('Widget'));
    expect(winner(rules, '/a/b', read)).toBe('url');
    expect(read, 'readSignals is lazy: only a rule that needs words may call it').not.toHaveBeenCalled();
  });

  test('with no URL-only rule, the words decide, and say so', () => {
    const result = detect(indexOf({ words: rule('/a', { signals: ['Widget'] }) }), url('/a'), naming('Widget 2'));
    expect(result).toMatchObject({ kind: 'match', productId: 'words', via: 'signals', confidence: 'medium' });
    expect(detect(indexOf({ words: rule('/a', { signals: ['Widget'] }) }), url('/a'), naming('Widgets'))).toEqual(
      expect.objectContaining({ kind: 'no-match' }),
    );
  });
});

describe('the URL decides: a canonical link is never followed', () => {
  const rules = { here: rule('/a'), there: rule('/b') };
  // What a page's head may hold besides title and meta: detection must not read it as a claim.
  const withCanonical = (href: string) => () => ({ canonical: href }) as PageSignals;

  test('a page the URL matches ignores its canonical link', () => {
    const result = detect(indexOf(rules), url('/a'), withCanonical(url('/b')));
    expect(result).toMatchObject({ productId: 'here', via: 'url', confidence: 'high' });
  });

  test('a page the URL does not match stays unmatched, whatever its canonical link names', () => {
    expect(detect(indexOf(rules), url('/elsewhere'), withCanonical(url('/b/page')))).toEqual(
      expect.objectContaining({ kind: 'no-match' }),
    );
  });
});

describe('rules equally specific tie, and only they', () => {
  test.each([
    ['two exact home pages', { one: rule('/', { exact: true }), two: rule('/', { exact: true }) }, '/'],
    ['two prefixes of one path', { one: rule('/a'), two: rule('/a') }, '/a/b'],
    [
      'two rules that need words, both named',
      { one: rule('/a', { signals: ['Alpha'] }), two: rule('/a', { signals: ['Beta'] }) },
      '/a',
    ],
  ] as const)('%s: detectAll gives both, detect one of them', (_what, rules, path) => {
    for (const order of bothOrders(rules)) {
      expect(tied(order, path, naming('Alpha', 'Beta')), 'matchRecord: every rule tied with the best').toEqual([
        'one',
        'two',
      ]);
      expect(['one', 'two']).toContain(winner(order, path, naming('Alpha', 'Beta')));
    }
  });

  test('of two rules that need words, only the one the page names matches', () => {
    const rules = { one: rule('/a', { signals: ['Alpha'] }), two: rule('/a', { signals: ['Beta'] }) };
    for (const order of bothOrders(rules)) expect(tied(order, '/a', naming('Beta'))).toEqual(['two']);
  });

  test('a less specific rule is never added to a tie', () => {
    const rules = { one: rule('/a'), two: rule('/a'), shorter: rule('/') };
    for (const order of bothOrders(rules)) expect(tied(order, '/a')).toEqual(['one', 'two']);
  });

  test('a product with two tied rules is named once', () => {
    const index = compileIndex([{ id: 'one', match: [rule('/a'), { host: `www.${HOST}`, path: '/a' }] }]);
    const result = detectAll(index, url('/a/x'));
    expect(Array.isArray(result) && result.map((m) => m.productId)).toEqual(['one']);
  });
});

describe('a literal segment beats a glob one; a glob’s `*` is any run within one segment, nothing else', () => {
  test.each([
    ['/p/acme-core', { glob: rule('/p/acme-*'), literal: rule('/p/acme-core') }, 'literal'],
    ['/p/acme-cli', { glob: rule('/p/acme-*'), literal: rule('/p/acme-core') }, 'glob'],
    // A literal segment counts more than exactness: the longer literal prefix beats the exact glob page...
    ['/a/b', { exactGlob: rule('/a/*', { exact: true }), literal: rule('/a/b') }, 'literal'],
    // ...and a glob segment still makes a path longer than one without it.
    ['/a/b', { glob: rule('/a/*'), shorter: rule('/a') }, 'glob'],
  ] as const)('on %s the rules %o give %s', (path, rules, expected) => {
    for (const order of bothOrders(rules)) {
      expect(winner(order, path), 'specificity (compile.ts): literal 3, glob 2 a segment').toBe(expected);
      expect(tied(order, path), 'a literal and a glob segment do not tie').toEqual([expected]);
    }
  });

  test.each([
    ['/p/acme-*', '/p/acme-', true],
    ['/p/*', '/p', false],
    ['/p/acme-*', '/p/other', false],
    ['/p/acme-*', '/p/x-acme-y', false],
    ['/p/*-core', '/p/a-core-x', false],
    ['/p/*-core', '/p/a-b-core', true],
    ['/v1.0-*', '/v1.0-beta', true],
    ['/v1.0-*', '/v1x0-beta', false],
    ['/a+b*', '/a+bc', true],
    ['/a+b*', '/aab', false],
  ])('the glob %s fits %s: %s', (glob, path, fits) => {
    expect(winner({ glob: rule(glob) }, path)).toBe(fits ? 'glob' : null);
  });

  test('two globs side by side each keep their own rules', () => {
    for (const order of bothOrders({ a: rule('/p/a-*'), b: rule('/p/b-*'), c: rule('/p/c-*') }))
      for (const id of ['a', 'b', 'c']) expect(tied(order, `/p/${id}-x`)).toEqual([id]);
  });
});
