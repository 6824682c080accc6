// `psf-lens detect --stdin` as a team runs it on a long list of vendor URLs: wall time from process start to the
// last line written, so start-up and reading the dataset count.
import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Rated pages, pages below them, their unrated neighbours and unrelated sites, in a fixed order. */
export function urlList(dataset, count) {
  const kinds = [];
  for (const product of dataset.products) {
    for (const rule of product.match) {
      const base = `https://${rule.host}${rule.path && rule.path !== '/' ? rule.path : ''}`;
      kinds.push(`${base}/`, `${base}/docs/getting-started?ref=nav#install`, `https://www.${rule.host}/unrelated/page`);
    }
  }
  kinds.push('https://example.org/', 'https://news.example.com/2026/ai', 'https://github.com/someone/else/issues/42');
  return Array.from({ length: count }, (_, i) => kinds[i % kinds.length]);
}

function runOnce(cli, file) {
  return new Promise((resolve, reject) => {
    const input = openSync(file, 'r');
    const started = performance.now();
    const child = spawn(process.execPath, [cli, 'detect', '--stdin'], { stdio: [input, 'pipe', 'inherit'] });
    let lines = 0;
    child.stdout.on('data', (chunk) => {
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    });
    child.on('error', reject);
    child.on('close', () => {
      closeSync(input);
      resolve({ ms: performance.now() - started, lines });
    });
  });
}

/** URLs per second over `runs` runs of `count` URLs each (each run a new process), and every run's time. */
export async function cliThroughput({ cli, dataset, count = 200_000, runs = 3 }) {
  const dir = mkdtempSync(join(tmpdir(), 'psf-lens-urls-'));
  const file = join(dir, 'urls.txt');
  writeFileSync(file, `${urlList(dataset, count).join('\n')}\n`);
  try {
    const times = [];
    for (let i = 0; i < runs; i++) {
      const { ms, lines } = await runOnce(cli, file);
      if (lines !== count) throw new Error(`psf-lens detect answered ${lines} lines for ${count} URLs`);
      times.push(ms);
    }
    return times;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
