/**
 * The size budgets npm test checks: what counts as the popup's JavaScript (everything its page loads, followed
 * through imports), and that a build past a budget is named, and fails the run once that budget is enforced.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterEach, expect, test } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

interface Part {
  files: string[];
  gzip: number;
  sourceMemory: number;
}
interface Sizes {
  content: Part;
  popup: Part;
  workspace: Part;
  background: Part;
  distBytes: number;
}
interface Budget {
  limit: number;
  enforced: boolean;
}
const sizes = (await import(pathToFileURL(join(ROOT, 'scripts/lib/sizes.mjs')).href)) as {
  measureSizes(dist: string): Sizes;
  sourceMemory(text: string): number;
  BUDGETS: Record<'content' | 'popup' | 'dist', Budget>;
};

let dist = '';
afterEach(() => rmSync(dist, { recursive: true, force: true }));

/** A small built extension: files by dist-relative path. */
function fakeBuild(files: Record<string, string>): string {
  dist = mkdtempSync(join(tmpdir(), 'psf-lens-size-'));
  const manifest = {
    action: { default_popup: 'src/popup/index.html' },
    options_ui: { page: 'src/options/index.html' },
    background: { service_worker: 'sw.js' },
    content_scripts: [{ js: ['src/content/index.js'] }],
  };
  const all: Record<string, string> = {
    'manifest.json': JSON.stringify(manifest),
    'src/popup/index.html': '<script type="module" src="/assets/popup.js"></script>',
    'src/options/index.html': '<script type="module" src="/assets/options.js"></script>',
    'sw.js': "import './assets/worker.js';",
    'assets/worker.js': '',
    'assets/options.js': 'export {}',
    'src/content/index.js': '(()=>{})()',
    ...files,
  };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
  return dist;
}

const gz = (path: string) => gzipSync(readFileSync(join(dist, path)), { level: 9 }).length;

test('the popup counts every script its page loads, through static and dynamic imports, and nothing else', () => {
  fakeBuild({
    'src/popup/index.html':
      '<script type="module" crossorigin src="/assets/popup.js"></script>' +
      '<link rel="modulepreload" crossorigin href="/assets/shared.js">',
    'assets/popup.js': 'import{a}from"./shared.js";const l=()=>import("./lazy.js");',
    'assets/shared.js': 'export const a=1;',
    'assets/lazy.js': 'import"./deep.js";',
    'assets/deep.js': 'console.log(1)',
    'assets/options-only.js': 'x'.repeat(5000),
  });
  const { popup } = sizes.measureSizes(dist);
  const expected = ['assets/popup.js', 'assets/shared.js', 'assets/lazy.js', 'assets/deep.js'];
  expect([...popup.files].sort()).toEqual([...expected].sort());
  expect(popup.gzip).toBe(expected.reduce((sum, file) => sum + gz(file), 0));
});

test('a script’s source takes a byte per character in memory while all of it is Latin-1, two bytes otherwise', () => {
  expect(sizes.sourceMemory('const a = "x";')).toBe(14);
  expect(sizes.sourceMemory('const a = "\u00e9";'), 'é is Latin-1').toBe(14);
  expect(sizes.sourceMemory('const a = "\u00b7\u2192";'), '→ is not').toBe(2 * 15);
  const latin1 = 'export const a = "·";';
  const wide = "import './assets/worker.js';//\u2192";
  fakeBuild({ 'assets/worker.js': latin1, 'sw.js': wide });
  expect(sizes.measureSizes(dist).background.sourceMemory).toBe(latin1.length + 2 * wide.length);
});

function checkSize(build: string) {
  const run = spawnSync(process.execPath, ['scripts/check-size.mjs', build], { cwd: ROOT, encoding: 'utf8' });
  return { code: run.status, out: run.stdout };
}

test('a build within every budget passes', () => {
  const { code, out } = checkSize(fakeBuild({}));
  expect(out.match(/within budget/g)).toHaveLength(3);
  expect(out).toMatch(/every script in ASCII/);
  expect(code).toBe(0);
});

test('a script with a character outside ASCII is named and fails the run: browsers would hold it at twice its size', () => {
  const { code, out } = checkSize(
    fakeBuild({ 'assets/worker.js': 'export const dot = " · ";', 'src/popup/index.css': 'a::after{content:"→"}' }),
  );
  expect(out).toMatch(/outside ASCII, held in memory at two bytes per character: assets\/worker\.js\n/);
  expect(out).not.toMatch(/every script in ASCII/);
  expect(code).toBe(1);
});

test('a content script past its budget is named, and fails the run when that budget is enforced', () => {
  // Random text does not compress: about 6 KB gzip, past the 4 KB budget.
  const { code, out } = checkSize(fakeBuild({ 'src/content/index.js': randomBytes(6000).toString('base64') }));
  expect(out).toMatch(/content script \(gzip\) [\d,]+ B of 4,096 B: over budget by [\d,]+ B/i);
  expect(code).toBe(sizes.BUDGETS.content.enforced ? 1 : 0);
});
