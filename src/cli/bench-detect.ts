/**
 * Detection speed: URLs classified per second in one process with the real dataset and with 10,000 synthetic
 * products, against a linear scan over every rule (what a naive extension does per page), the index's memory,
 * and `psf-lens detect --stdin` end to end (200,000 URLs, start-up included, target 150,000 URLs/s).
 * Built into dist/cli/bench-detect.js and run by `npm run bench` (with --expose-gc for the memory figures);
 * `benchDetect()` prints the same figures for any other caller.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { compileRecords } from '../core/compile.ts';
import { compileIndex, detect, type DetectionIndex } from '../core/detect.ts';
import { matchRecord } from '../core/host-rules.ts';
import type { Dataset, Product } from '../core/model.ts';
import { parsePageUrl } from '../core/url.ts';
import { loadDataset } from './dataset-file.ts';

const MIN_MS = 400;
export const CLI_URLS = 200_000;
export const CLI_TARGET = 150_000;

/** Products shaped like real ones: a site, a docs path on a shared docs host, a repository and a package family. */
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
export function workload(dataset: Dataset): string[] {
  const urls: string[] = [];
  for (const product of dataset.products) {
    for (const rule of product.match) {
      const path = rule.path && rule.path !== '/' ? rule.path.replace(/\*/g, 'core') : '';
      const base = `https://${rule.host}${path}`;
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

/** A linear scan's rate: every single-rule record of the URL's host walked in turn. */
function linearRate(products: readonly Product[], urls: readonly string[]): number {
  const single = products.flatMap((p) =>
    p.match.flatMap((rule) => [...compileRecords([{ id: p.id, match: [rule] }]).values()]),
  );
  let done = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < MIN_MS) {
    for (const url of urls) {
      const page = parsePageUrl(url);
      if (page)
        for (const record of single) if (record.host === page.host) matchRecord(record, page.segments, () => ({}));
    }
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

/**
 * `psf-lens detect --stdin` on `count` URLs, wall clock from spawn to exit (Node's start-up, reading the
 * dataset and compiling included). `cli` is the built dist/cli/psf-lens.js.
 */
export function cliRate(cli: string, urls: readonly string[], count = CLI_URLS): { perSecond: number; ms: number } {
  const input = Array.from({ length: count }, (_, i) => urls[i % urls.length]).join('\n') + '\n';
  const start = performance.now();
  const run = spawnSync(process.execPath, [cli, 'detect', '--stdin'], { input, maxBuffer: 1 << 30 });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`psf-lens detect failed (${run.status}): ${String(run.stderr).slice(0, 500)}`);
  return { perSecond: (count / ms) * 1000, ms };
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

/** Prints every detection figure; `cli` is the built command line to time end to end. */
export async function benchDetect(cliPath = fileURLToPath(new URL('./psf-lens.js', import.meta.url))): Promise<void> {
  const dataset = await loadDataset();
  const urls = workload(dataset);
  const big = [...dataset.products, ...synthetic(10_000)];
  // Parsing is part of every detection; a warm-up lets the JIT settle before anything is timed.
  for (let i = 0; i < 3; i++) rate(compileIndex(dataset.products), urls.slice(0, 50));

  const small = heapOf(() => compileIndex(dataset.products, dataset.assessments), 200);
  const large = heapOf(() => compileIndex(big), 1);
  const realRate = rate(small.value, urls);
  const bigRate = rate(large.value, urls);
  const syntheticUrls = Array.from({ length: 1000 }, (_, k) => {
    const i = (k * 7919) % 10_000;
    const pages = [
      `https://vendor${i}.example/pricing`,
      `https://github.com/org${i}/repo${i}/blob/main/README.md`,
      `https://pypi.org/project/pkg-${i}/`,
    ];
    return pages[k % 3] ?? '';
  });
  const syntheticRate = rate(large.value, syntheticUrls);
  const linearSmall = linearRate(dataset.products, urls);
  const linearBig = linearRate(big, urls);
  const cli = cliRate(cliPath, urls);

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
  console.log(`\npsf-lens detect --stdin, end to end (${fmt(CLI_URLS)} URLs, start-up included)`);
  row(
    'URLs/s',
    fmt(cli.perSecond),
    `(${(cli.perSecond / CLI_TARGET).toFixed(2)}x of target ${fmt(CLI_TARGET)}; ${fmt(cli.ms)} ms in all)`,
  );
}

// Run as a script (node dist/cli/bench-detect.js), not when imported.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await benchDetect();
