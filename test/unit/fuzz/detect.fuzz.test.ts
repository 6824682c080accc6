// The detection engine under fuzzing: any string is a valid input. Over any URL and any page signals it never
// throws, reads the page's signals at most once, answers the same twice, names only products the dataset has,
// and agrees with detectAll. On product pages, what the URL cannot carry into a rule (a query, a fragment, the
// host's letter case) does not change the answer.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { compileIndex, detect, detectAll, type PageSignals } from '../../../src/core/detect.ts';
import { bundled } from '../helpers/dataset.ts';
import { ALL_PRODUCT_URLS } from '../helpers/product-urls.ts';
import { runs, TIMEOUT_MS } from './fuzz-runs.ts';
import { trickyString } from './mutations.ts';

const products = bundled().products;
const index = compileIndex(products);
const PRODUCT_IDS = new Set(products.map((p) => p.id));
const NAMES = products.flatMap((p) => [p.name, ...p.match.flatMap((m) => m.signals ?? [])]);
const PAGES = ALL_PRODUCT_URLS.map((c) => c.url);

const words = fc.oneof(fc.constantFrom(...NAMES), trickyString, fc.string(), fc.string({ unit: 'binary' }));
const signals: fc.Arbitrary<PageSignals> = fc.record(
  {
    title: fc.oneof(
      words,
      fc.tuple(words, words).map(([a, b]) => `${a} ${b}`),
    ),
    canonical: fc.oneof(fc.constantFrom(...PAGES), fc.webUrl(), words),
    meta: fc.array(words, { maxLength: 3 }),
  },
  { requiredKeys: [] },
);
/** A product page, then edited: a suffix on the path, a query, a fragment, www., a port, odd case. */
const nearProductPage = fc
  .tuple(fc.constantFrom(...PAGES), fc.string({ maxLength: 12 }), fc.constantFrom('', 'www.', 'WWW.'), fc.boolean())
  .map(([page, suffix, www, upper]) => {
    const url = page.replace('://', `://${www}`) + suffix;
    return upper ? url.toUpperCase() : url;
  });
const anyUrl = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  nearProductPage,
  trickyString,
);

test(
  'any string as the URL and any page signals: an answer, never a throw, the same twice',
  () => {
    fc.assert(
      fc.property(anyUrl, signals, (url, page) => {
        let reads = 0;
        const read = () => (reads++, page);
        const first = detect(index, url, read);
        expect(reads).toBeLessThanOrEqual(1);
        expect(['match', 'no-match', 'invalid-url']).toContain(first.kind);
        expect(first.reason.length).toBeGreaterThan(0);
        expect(detect(index, url, () => page)).toEqual(first);
        const all = detectAll(index, url, () => page);
        if (first.kind !== 'match') {
          expect(Array.isArray(all)).toBe(false);
          return;
        }
        expect(PRODUCT_IDS.has(first.productId)).toBe(true);
        expect(all).toContainEqual(first);
      }),
      runs(3000, 30_000),
    );
  },
  TIMEOUT_MS,
);

test(
  'on a product page, a query, a fragment or the host in capitals does not change the answer',
  () => {
    const parts = fc.tuple(fc.constantFrom(...PAGES), fc.webQueryParameters(), fc.webFragments(), signals);
    fc.assert(
      fc.property(parts, ([page, query, fragment, said]) => {
        const expected = detect(index, page, () => said);
        const url = new URL(page);
        url.host = url.host.toUpperCase();
        expect(detect(index, `${url.href.replace(/[?#].*$/, '')}?${query}#${fragment}`, () => said)).toEqual(expected);
      }),
      runs(1000, 10_000),
    );
  },
  TIMEOUT_MS,
);
