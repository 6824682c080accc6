// npm run package: the store packages are reproducible (two builds and two packagings, identical bytes, whatever
// the files' times and modes), hold exactly the build, pass Mozilla's linter, and a test build is refused.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { after, before, test } from 'node:test';
import { measureSizes } from '../../scripts/lib/sizes.mjs';
import { unzip } from '../../scripts/lib/zip.mjs';

const work = mkdtempSync(join(tmpdir(), 'psf-lens-package-'));
const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
const NAMES = ['chrome', 'firefox', 'source'].map((kind) => `psf-lens-${version}-${kind}.zip`);

function build(target, outDir, cwd = process.cwd()) {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', outDir, '--emptyOutDir'], {
    cwd,
    env: { ...process.env, TARGET: target },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

function packageInto(run, extra = {}) {
  const dirs = { chrome: join(work, `${run}-chrome`), firefox: join(work, `${run}-firefox`), ...extra };
  const out = join(work, `${run}-out`);
  const result = spawnSync(
    'node',
    ['scripts/package.mjs', '--out', out, '--chrome', dirs.chrome, '--firefox', dirs.firefox],
    { encoding: 'utf8' },
  );
  return { ...result, out };
}

function filesUnder(root) {
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
    );
  return walk(root).map((file) => relative(root, file).split(sep).join('/'));
}

before(() => {
  for (const run of ['a', 'b'])
    for (const target of ['chrome', 'firefox']) build(target, join(work, `${run}-${target}`));
  // The second build's files get other times and modes, as a checkout on another machine would.
  for (const target of ['chrome', 'firefox']) {
    const root = join(work, `b-${target}`);
    for (const [i, name] of filesUnder(root).entries()) {
      chmodSync(join(root, name), i % 2 ? 0o600 : 0o755);
      utimesSync(join(root, name), new Date(2031, 4, i + 1), new Date(2031, 4, i + 1));
    }
  }
});

after(() => rmSync(work, { recursive: true, force: true }));

test('two builds, packaged twice, give identical bytes', () => {
  const [a, b] = ['a', 'b'].map((run) => packageInto(run));
  assert.equal(a.status, 0, a.stderr);
  assert.equal(b.status, 0, b.stderr);
  for (const name of [...NAMES, 'SHA256SUMS']) {
    const [first, second] = [a, b].map((r) => readFileSync(join(r.out, name)));
    assert.ok(first.equals(second), `${name} differs between two runs`);
  }
  const sums = readFileSync(join(a.out, 'SHA256SUMS'), 'utf8');
  for (const name of NAMES) assert.match(sums, new RegExp(`^[0-9a-f]{64}  ${name.replaceAll('.', '\\.')}$`, 'm'));
});

test('the source package, unpacked elsewhere and built there, gives the same store packages', () => {
  const { out } = packageInto('a');
  const root = join(work, 'unpacked');
  for (const entry of unzip(readFileSync(join(out, `psf-lens-${version}-source.zip`)))) {
    mkdirSync(dirname(join(root, entry.name)), { recursive: true });
    writeFileSync(join(root, entry.name), entry.data);
  }
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'));
  for (const target of ['chrome', 'firefox']) build(target, join(root, 'dist', target), root);
  execFileSync('node', ['scripts/package.mjs', '--out', 'artifacts'], { cwd: root, stdio: 'ignore' });
  for (const target of ['chrome', 'firefox']) {
    const name = `psf-lens-${version}-${target}.zip`;
    assert.ok(readFileSync(join(root, 'artifacts', name)).equals(readFileSync(join(out, name))), name);
  }
});

test('the service worker and the popup each load one script of their own, in both browsers', () => {
  for (const target of ['chrome', 'firefox']) {
    const { background, popup } = measureSizes(join(work, `a-${target}`));
    // crxjs's loader (service-worker-loader.js), then the worker's whole code, which imports nothing.
    assert.equal(background.files.length, 2, `${target}: ${background.files.join(', ')}`);
    assert.equal(popup.files.length, 1, `${target}: ${popup.files.join(', ')}`);
  }
});

test('each store package holds exactly its build, at the root, as plain files of mode 644', () => {
  const { out } = packageInto('a');
  for (const target of ['chrome', 'firefox']) {
    const root = join(work, `a-${target}`);
    const entries = unzip(readFileSync(join(out, `psf-lens-${version}-${target}.zip`)));
    const byName = (a, b) => a.localeCompare(b);
    assert.deepEqual(entries.map((e) => e.name).sort(byName), filesUnder(root).sort(byName), `${target}: file list`);
    for (const entry of entries) {
      assert.ok(entry.data.equals(readFileSync(join(root, entry.name))), `${target}: ${entry.name} bytes`);
      assert.equal(entry.mode, 0o100644, `${target}: ${entry.name} mode`);
    }
    assert.ok(entries.some((e) => e.name === 'manifest.json'));
  }
});

test('the source package holds the committed files that build PSF Lens', () => {
  const { out } = packageInto('a');
  const names = unzip(readFileSync(join(out, `psf-lens-${version}-source.zip`))).map((e) => e.name);
  for (const needed of ['package.json', 'package-lock.json', 'vite.config.ts', 'manifest.json', 'README.md'])
    assert.ok(names.includes(needed), needed);
  assert.ok(names.some((n) => n.startsWith('src/background/')));
  assert.ok(!names.some((n) => /^(node_modules|dist|artifacts)\//.test(n)), 'no installed or built files');
});

test("the Firefox package passes Mozilla's linter: no errors, and only the warnings the README justifies", () => {
  const { out } = packageInto('a');
  const lint = spawnSync('npx', ['addons-linter', '--output', 'json', join(out, `psf-lens-${version}-firefox.zip`)], {
    encoding: 'utf8',
  });
  const report = JSON.parse(lint.stdout);
  assert.deepEqual(report.errors, [], 'errors');
  const readme = readFileSync('README.md', 'utf8');
  for (const warning of [...report.warnings, ...report.notices])
    assert.ok(
      readme.includes(`\`${warning.code}\``),
      `${warning.code} (${warning.file}) is not justified in the README`,
    );
});

test('a build that grants the search engines at install (the Chromium end-to-end build) is refused', () => {
  const granted = join(work, 'granted-chrome');
  cpSync(join(work, 'a-chrome'), granted, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(granted, 'manifest.json'), 'utf8'));
  manifest.host_permissions.push('https://www.google.com/*');
  writeFileSync(join(granted, 'manifest.json'), JSON.stringify(manifest));
  const refused = packageInto('granted', { chrome: granted, firefox: join(work, 'a-firefox') });
  assert.notEqual(refused.status, 0);
  assert.match(
    refused.stderr,
    /is not a store build: host_permissions grants https:\/\/www\.google\.com\/\* at install/,
  );
});

test('a build that opens extension pages to the web (the end-to-end build) is refused', () => {
  const exposed = join(work, 'exposed-firefox');
  cpSync(join(work, 'a-firefox'), exposed, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(exposed, 'manifest.json'), 'utf8'));
  manifest.web_accessible_resources = [{ resources: ['src/options/index.html', 'assets/*'], matches: ['<all_urls>'] }];
  writeFileSync(join(exposed, 'manifest.json'), JSON.stringify(manifest));
  const refused = packageInto('refused', { chrome: join(work, 'a-chrome'), firefox: exposed });
  assert.notEqual(refused.status, 0);
  assert.match(refused.stderr, /is not a store build: web_accessible_resources exposes src\/options\/index\.html/);
});
