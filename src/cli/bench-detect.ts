/**
 * Detection speed in one process: URLs classified per second with the real dataset and with 10,000 synthetic
 * products, against a linear scan over every rule (what a naive extension does per page), and the index's memory.
 * Built into dist/cli/bench-detect.js and run by `npm run bench` (with --expose-gc for the memory figures).
 */
import { compileIndex, detect, pathMatches, type CompiledRule, type DetectionIndex } from '../core/detect.ts';
import type { Dataset, Product } from '../core/model.ts';
import { loadDataset } from './dataset-file.ts';

const MIN_MS = 400;

/** Products shaped like real ones: a site, a docs path on a shared docs host, a repository and a package. */
function synthetic(count: number): Product[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `synthetic-${i}`,
    name: `Synthetic ${i}`,
    vendor: `Vendor ${i % 1000}`,
    category: 'agent framework',
    homepage: `https://vendor${i}.example/`,
    match: [
      { host: `vendor${i}.example` },
      { host: 'github.com', path: `/org${i}/repo${i}` },
      { host: 'pypi.org', path: `/project/pkg-${i}` },
      { host: `docs.vendor${i % 200}.example`, path: `/products/p${i}` },
    ],
  }));
}

/** The pages a reviewer visits: rated products' pages and their neighbours that are not rated products. */
function workload(dataset: Dataset): string[] {
  const urls: string[] = [];
  for (const product of dataset.products) {
    for (const rule of product.match) {
      const base = `https://${rule.host}${rule.path && rule.path !== '/' ? rule.path : ''}`;
      urls.push(`${base}/`, `${base}/docs/getting-started?ref=nav#install`, `https://www.${rule.host}/unrelated/page`);
    }
  }
  urls.push(
    'https://github.com/someone/else/issues/42',
    'https://example.org/',
    'https://news.example.com/2026/ai',
    'https://openai.com/careers',
  );
  return urls;
}

/** The baseline: every rule of the dataset tried against every URL. */
function linearIndex(products: readonly Product[]): DetectionIndex {
  const all: CompiledRule[] = [...compileIndex(products).byHost.values()].flat();
  const hosts = new Set(all.map((r) => r.host));
  return {
    hasHost: (host) => hosts.has(host),
    rulesFor: (page) => all.filter((rule) => rule.host === page.host && pathMatches(rule, page)),
  };
}

function rate(index: DetectionIndex, urls: readonly string[]): number {
  let done = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < MIN_MS) {
    for (const url of urls) detect(index, url);
    done += urls.length;
    elapsed = performance.now() - start;
  }
  return (done / elapsed) * 1000;
}

const gc = (globalThis as { gc?: () => void }).gc;
/** Heap bytes per index, averaged over `copies` built side by side (one small index is below the noise). */
function heapOf<T>(build: () => T, copies: number): { value: T; bytes: number | null } {
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const values = Array.from({ length: copies }, build);
  gc?.();
  const bytes = gc ? (process.memoryUsage().heapUsed - before) / copies : null;
  return { value: values[0] as T, bytes };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en');
const size = (bytes: number | null) =>
  bytes === null
    ? 'n/a (--expose-gc)'
    : bytes > 1e6
      ? `${(bytes / 1e6).toFixed(1)} MB`
      : `${(bytes / 1e3).toFixed(0)} kB`;
const row = (label: string, value: string, note = '') =>
  console.log(`  ${label.padEnd(44)} ${value.padStart(14)}   ${note}`);

const dataset = await loadDataset();
const urls = workload(dataset);
const big = [...dataset.products, ...synthetic(10_000)];
// Parsing is part of every detection; a warm-up lets the JIT settle before anything is timed.
for (let i = 0; i < 3; i++) rate(compileIndex(dataset.products), urls.slice(0, 50));

const small = heapOf(() => compileIndex(dataset.products), 200);
const large = heapOf(() => compileIndex(big), 1);
const realRate = rate(small.value, urls);
const bigRate = rate(large.value, urls);
const syntheticUrls = Array.from({ length: 1000 }, (_, k) => {
  const i = (k * 7919) % 10_000;
  return (
    [
      `https://vendor${i}.example/pricing`,
      `https://github.com/org${i}/repo${i}/blob/main/README.md`,
      `https://pypi.org/project/pkg-${i}/`,
    ][k % 3] ?? ''
  );
});
const syntheticRate = rate(large.value, syntheticUrls);
const linearSmall = rate(linearIndex(dataset.products), urls);
const linearBig = rate(linearIndex(big), urls);

console.log(`\nDetection in one process (${urls.length} URLs: rated pages and their unrated neighbours)`);
row(`real dataset (${dataset.products.length} products), URLs/s`, fmt(realRate));
row(
  `${fmt(big.length)} products, URLs/s`,
  fmt(bigRate),
  `cost ${(realRate / bigRate).toFixed(2)}x of the real dataset's (target at most 2x)`,
);
row(`${fmt(big.length)} products, their own pages, URLs/s`, fmt(syntheticRate), 'every URL a match');
row(
  `linear scan, ${dataset.products.length} products, URLs/s`,
  fmt(linearSmall),
  `index ${(realRate / linearSmall).toFixed(1)}x faster`,
);
row(
  `linear scan, ${fmt(big.length)} products, URLs/s`,
  fmt(linearBig),
  `index ${(bigRate / linearBig).toFixed(0)}x faster (target at least 50x)`,
);
row(`index memory, ${dataset.products.length} products (${small.value.ruleCount} rules)`, size(small.bytes));
row(`index memory, ${fmt(big.length)} products (${large.value.ruleCount} rules)`, size(large.bytes));
