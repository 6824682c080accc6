/**
 * What detection says besides the product: why a page is no product's (an address that is not a page, a host with
 * no rated product, a path none of its rules fits, a rule whose words the page lacks), how a match was made, which
 * product a page several share opens on, and what a stored record lets the page see. Each index is compiled in the
 * test that reads it.
 */
import { describe, expect, test, vi } from 'vitest';
import { compileIndex, detect, detectAll, hostIndex, type PageSignals } from '../../../src/core/detect.ts';
import { productsFitting } from '../../../src/core/host-rules.ts';
import type { Assessment, MatchRule } from '../../../src/core/model.ts';
import { parsePageUrl } from '../../../src/core/url.ts';

const HOST = 'vendor.example';
const products = () => [
  { id: 'agent', match: [{ host: HOST, path: '/agent' }], exclude: [{ host: HOST, path: '/agent/legacy' }] },
  { id: 'one', match: [{ host: HOST, path: '/models', signals: ['Acme One', 'A1'] }] },
];
const titled = (title: string) => (): PageSignals => ({ title });

describe('why a page is no product’s', () => {
  test.each([
    ['ftp://vendor.example/agent', { kind: 'invalid-url', reason: 'not an http(s) URL' }],
    ['https://other.example/agent', { kind: 'no-match', reason: 'no rated product on other.example' }],
    ['https://vendor.example/pricing', { kind: 'no-match', reason: 'no rated product at this path on vendor.example' }],
    [
      'https://vendor.example/agent/legacy/x',
      { kind: 'no-match', reason: 'no rated product at this path on vendor.example' },
    ],
  ])('%s: %o, from detect and detectAll alike', (url, detection) => {
    const index = compileIndex(products());
    expect(detect(index, url)).toEqual(detection);
    expect(detectAll(index, url)).toEqual(detection);
  });

  test('detectAll names the rule whose words the page lacks, and the words; detect only misses', () => {
    const index = compileIndex(products());
    const url = 'https://vendor.example/models/list';
    expect(detectAll(index, url, titled('Acme Two'))).toEqual({
      kind: 'no-match',
      reason: 'the address fits /models on vendor.example, but the page must also name “Acme One” or “A1”',
    });
    expect(detect(index, url, titled('Acme Two'))).toEqual({
      kind: 'no-match',
      reason: 'no rated product at this path on vendor.example',
    });
  });

  test('without a reader of the page’s words, a rule that needs them does not match', () => {
    const index = compileIndex(products());
    expect(detect(index, 'https://vendor.example/models')).toMatchObject({ kind: 'no-match' });
    expect(detectAll(index, 'https://vendor.example/models')).toMatchObject({ kind: 'no-match' });
  });
});

describe('how a match was made', () => {
  test('by the URL alone: high confidence, the rule named', () => {
    expect(detect(compileIndex(products()), 'https://www.vendor.example/agent/docs')).toEqual({
      kind: 'match',
      productId: 'agent',
      confidence: 'high',
      via: 'url',
      reason: 'matched /agent on vendor.example',
    });
  });

  test('with the page’s words: medium confidence, the words named, read once', () => {
    const read = vi.fn(titled('All about A1 here'));
    expect(detect(compileIndex(products()), 'https://vendor.example/models', read)).toEqual({
      kind: 'match',
      productId: 'one',
      confidence: 'medium',
      via: 'signals',
      phrase: 'A1',
      reason: 'matched /models on vendor.example and the page names “A1”',
    });
    expect(read).toHaveBeenCalledTimes(1);
  });

  test('on a shared host the page’s words are never read, even for a rule that asks for them', () => {
    const read = vi.fn(titled('Kit'));
    const index = compileIndex([{ id: 'kit', match: [{ host: 'github.com', path: '/acme', signals: ['Kit'] }] }]);
    expect(detect(index, 'https://github.com/acme/kit', read)).toMatchObject({ kind: 'no-match' });
    expect(read).not.toHaveBeenCalled();
  });

  test('the dataset’s rules are counted, exclusions included', () => {
    expect(compileIndex(products()).ruleCount).toBe(3);
    expect(compileIndex([]).ruleCount).toBe(0);
  });
});

describe('a page several products share opens on the one with the most captured ratings, then by id', () => {
  const rule: MatchRule = { host: HOST, path: '/', exact: true };
  const rated = (productId: string, count: number): Pick<Assessment, 'id' | 'productId' | 'published' | 'ratings'> => ({
    id: `${productId}-1`,
    productId,
    published: '2026-01',
    ratings: Object.fromEntries(['D1', 'D2', 'D3', 'D4'].slice(0, count).map((d) => [d, 'Gap'])),
  });
  const order = (ids: string[], assessments: ReturnType<typeof rated>[]) => {
    const found = detectAll(
      compileIndex(
        ids.map((id) => ({ id, match: [rule] })),
        assessments,
      ),
      `https://${HOST}/`,
    );
    return Array.isArray(found) ? found.map((m) => m.productId) : found;
  };

  test.each([
    [['b', 'a', 'c'], [], ['a', 'b', 'c']],
    [
      ['a', 'b', 'c'],
      [rated('b', 2), rated('c', 1)],
      ['b', 'c', 'a'],
    ],
    [
      ['c', 'b', 'a'],
      [rated('a', 1), rated('c', 1), rated('b', 3)],
      ['b', 'a', 'c'],
    ],
  ] as const)('%j rated %j open in the order %j', (ids, assessments, expected) => {
    expect(order([...ids], [...assessments])).toEqual(expected);
  });
});

describe('a stored record, as the page reads it', () => {
  const record = () => compileIndex(products()).records.get(HOST)!;

  test('serves its own host only, and only in this version', () => {
    expect(detect(hostIndex(HOST, record()), 'https://vendor.example/agent')).toMatchObject({ productId: 'agent' });
    expect(detect(hostIndex('other.example', record()), 'https://vendor.example/agent')).toMatchObject({
      kind: 'no-match',
    });
    expect(detect(hostIndex(HOST, record()), 'https://other.example/agent')).toMatchObject({ kind: 'no-match' });
    expect(detect(hostIndex(HOST, { ...record(), v: 2 as 3 }), 'https://vendor.example/agent')).toMatchObject({
      kind: 'no-match',
    });
    expect(detect(hostIndex(HOST, undefined), 'https://vendor.example/agent')).toMatchObject({ kind: 'no-match' });
  });

  test.each([
    ['/agent/docs', ['agent']],
    ['/agent/legacy', []],
    ['/models', ['one']],
    ['/de/models/x', ['one']],
    ['/pricing', []],
  ])('the address alone allows on %s: %j (exclusions applied, words aside)', (path, ids) => {
    expect(productsFitting(record(), parsePageUrl(`https://${HOST}${path}`)!.segments)).toEqual(ids);
  });
});
