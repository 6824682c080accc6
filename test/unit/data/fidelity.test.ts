// The bundled dataset against the PSF facts: every rating exactly as published, nothing invented, nothing quoted,
// and every official site of every product recognised. The facts are committed as a fixture so that a clone
// without ../shared still checks them; where ../shared is present, the copy must not have drifted from it.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compileIndex, detectAll } from '../../../src/core/detect.ts';
import { DOMAIN_IDS, type Dataset } from '../../../src/core/model.ts';

interface FactAssessment {
  id: string;
  product_id: string;
  url: string;
  alt_urls?: string[];
  title: string;
  ratings: Record<string, string | null>;
  summary_counts?: { Strong: number; Partial: number; Gap: number } | null;
  domain_notes?: Record<string, string[]>;
}
interface Facts {
  products: { id: string; official_sites: string[] }[];
  assessments: FactAssessment[];
}

const COPY = 'test/fixtures/psf-facts.json';
const SHARED = '../shared/data/psf-facts.json';
const facts = JSON.parse(readFileSync(COPY, 'utf8')) as Facts;
const dataset = JSON.parse(readFileSync('public/data/psf-dataset.json', 'utf8')) as Dataset;
const byId = new Map(dataset.assessments.map((a) => [a.id, a]));

test.runIf(existsSync(SHARED))('the committed copy of the facts equals ../shared/data/psf-facts.json', () => {
  expect(readFileSync(COPY, 'utf8'), `refresh ${COPY} from ${SHARED}`).toBe(readFileSync(SHARED, 'utf8'));
});

describe.each(facts.assessments.map((f) => [f.id, f] as const))('assessment %s', (id, fact) => {
  const got = byId.get(id);

  test('is in the dataset, for the right product, linking the source', () => {
    expect(got, `add assessment ${id} to the dataset`).toBeDefined();
    expect(got?.productId).toBe(fact.product_id);
    expect([fact.url, ...(fact.alt_urls ?? [])], `${id}: link the page at ${fact.url}`).toContain(got?.url);
  });

  test('carries the title as published', () => {
    const norm = (t: string | undefined) => (t ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
    expect(norm(got?.title), `${id}: the page's title is "${fact.title}"`).toBe(norm(fact.title));
  });

  test.each(DOMAIN_IDS.map((d) => [d]))('%s is exactly as published, absent when not captured', (domain) => {
    const want = fact.ratings[domain] ?? undefined;
    expect(got?.ratings[domain], `${id} ${domain}: the facts say ${want ?? 'not captured'}`).toBe(want);
  });

  test("carries the source's own counts when it has them", () => {
    const counts = fact.summary_counts;
    if (counts) expect(got?.summaryCounts).toEqual({ Strong: counts.Strong, Partial: counts.Partial, Gap: counts.Gap });
    else expect(got?.summaryCounts).toBeUndefined();
  });
});

test('the dataset has no assessment the facts do not have', () => {
  const known = new Set(facts.assessments.map((f) => f.id));
  expect(dataset.assessments.map((a) => a.id).filter((id) => !known.has(id))).toEqual([]);
});

describe('official sites are recognised', () => {
  const index = compileIndex(dataset.products);
  const cases = facts.products.flatMap((p) => p.official_sites.map((url) => [url, p.id] as const));
  // A vendor's home page may be about several rated products (anthropic.com): each of them is recognised.
  test.each(cases)('%s is %s', (url, productId) => {
    const found = detectAll(index, url);
    const ids = Array.isArray(found) ? found.map((m) => m.productId) : [found.reason];
    expect(ids, `add a match rule to ${productId} for ${url}`).toContain(productId);
  });
});

describe('text is our own words', () => {
  const words = (s: string) => s.toLowerCase().match(/[a-z0-9]+(?:['.-][a-z0-9]+)*/g) ?? [];
  const runs = new Set<string>();
  for (const fact of facts.assessments) {
    for (const note of Object.values(fact.domain_notes ?? {}).flat()) {
      const w = words(note);
      for (let i = 0; i + 6 <= w.length; i++) runs.add(w.slice(i, i + 6).join(' '));
    }
  }
  const texts = dataset.assessments.flatMap((a) => [
    ...a.overview,
    ...Object.values(a.domains).flatMap((d) => [...(d?.findings ?? []), ...(d?.actions ?? []).map((x) => x.text)]),
  ]);
  test.each(texts.map((t) => [t]))('no six-word run of the source notes in: %s', (text) => {
    const w = words(text);
    const copied = w.map((_, i) => w.slice(i, i + 6).join(' ')).filter((run, i) => i + 6 <= w.length && runs.has(run));
    expect(copied, 'rewrite this text in our own words').toEqual([]);
  });
});

describe('text does not repeat the published pages', () => {
  // Only hashes of the pages' six-word runs are committed (test/fixtures/published-six-word-hashes.json), not the text.
  const published = JSON.parse(readFileSync('test/fixtures/published-six-word-hashes.json', 'utf8')) as {
    pages: Record<string, string[]>;
  };
  const words = (s: string) => s.toLowerCase().match(/[a-z0-9]+(?:['.-][a-z0-9]+)*/g) ?? [];
  const hash = (run: string) => createHash('sha256').update(run).digest('hex').slice(0, 16);
  const cases = dataset.assessments
    .filter((a) => published.pages[a.id])
    .flatMap((a) =>
      [
        ...a.overview,
        ...Object.values(a.domains).flatMap((d) => [...(d?.findings ?? []), ...(d?.actions ?? []).map((x) => x.text)]),
        a.independence ?? '',
        a.basis ?? '',
        ...(a.scope ?? []).map((s) => s.detail),
        ...(a.revisitWhen ?? []),
      ]
        .filter(Boolean)
        .map((text) => [a.id, text] as const),
    );

  test('the hashes cover the pages read, and the check has texts to check', () => {
    expect(Object.keys(published.pages).length).toBeGreaterThanOrEqual(5);
    expect(cases.length).toBeGreaterThan(20);
  });

  test.each(cases)('%s: %s', (id, text) => {
    const page = new Set(published.pages[id]);
    const w = words(text);
    const copied = w
      .map((_, i) => w.slice(i, i + 6).join(' '))
      .filter((run, i) => i + 6 <= w.length && page.has(hash(run)));
    expect(copied, 'rewrite this text in our own words: it repeats six words of the published page').toEqual([]);
  });
});
