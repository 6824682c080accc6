// npm run bench: PSF Lens's size and speed, measured on the built extension in headless Chromium.
// Prints figures and their ratio to the targets. Figures, not pass/fail: a regression shows as a ratio above 1.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, launch, tabIdOf, waitForReady } from './lib/browser.mjs';

const NAVIGATIONS = Number(process.env.BENCH_NAVIGATIONS ?? 30);
const TARGETS = { contentGzip: 6000, popupGzip: 25000, badgeMedianMs: 150 };

const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (n) => `${(n / 1000).toFixed(2)} kB`;
const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
};
const row = (label, value, target) =>
  console.log(`  ${label.padEnd(44)} ${value.padStart(12)}${target ? `   ${target}` : ''}`);
const ratio = (value, target) => `(${(value / target).toFixed(2)}x of target ${target.toLocaleString('en')})`;

execFileSync('npx', ['vite', 'build', '--logLevel', 'silent'], { stdio: 'ignore' });

// --- sizes
const content = readFileSync(join(DIST, 'src/content/index.js'));
const popupHtml = readFileSync(join(DIST, 'src/popup/index.html'), 'utf8');
const popupJs = [...popupHtml.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
const popupBytes = popupJs.map((file) => readFileSync(join(DIST, file)));
const popupGzip = popupBytes.reduce((sum, b) => sum + gz(b), 0);
console.log('\nSize (minified, gzip -9)');
row('content script', `${content.length.toLocaleString('en')} B`);
row('content script, gzipped', `${gz(content).toLocaleString('en')} B`, ratio(gz(content), TARGETS.contentGzip));
row(
  `popup JS (${popupJs.length} files), gzipped`,
  `${popupGzip.toLocaleString('en')} B`,
  ratio(popupGzip, TARGETS.popupGzip),
);
row('bundled dataset, gzipped', kb(gz(readFileSync(join(DIST, 'data/psf-dataset.json')))));

// --- navigation start to badge visible
const session = await launch();
await waitForReady(session);
// Records, in the page's own clock, when the badge's host (a popover; the fixture has none) enters the document.
await session.ctx.addInitScript(() => {
  new MutationObserver((records, observer) => {
    if (records.some((r) => [...r.addedNodes].some((n) => n.nodeType === 1 && n.hasAttribute('popover')))) {
      window.__psfBadgeAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
});
const page = await session.ctx.newPage();
const times = [];
const ownShare = [];
for (let i = 0; i <= NAVIGATIONS; i++) {
  await page.goto(`https://openai.com/codex/?n=${i}`);
  const at = await page.waitForFunction(() => window.__psfBadgeAt, null, { timeout: 5000 }).then((h) => h.jsonValue());
  const domReady = await page.evaluate(() => performance.getEntriesByType('navigation')[0].domContentLoadedEventStart);
  times.push(at);
  ownShare.push(at - domReady);
}
const [cold, ...warm] = times;
const ownWarm = ownShare.slice(1);
console.log(
  `\nNavigation start to badge in the page, headless Chromium (${warm.length} navigations after a first one)`,
);
row('first navigation', `${cold.toFixed(0)} ms`);
row('median', `${quantile(warm, 0.5).toFixed(0)} ms`, ratio(quantile(warm, 0.5), TARGETS.badgeMedianMs));
row('p95', `${quantile(warm, 0.95).toFixed(0)} ms`);
row('of which after DOMContentLoaded (PSF Lens), median', `${quantile(ownWarm, 0.5).toFixed(0)} ms`);
row('of which after DOMContentLoaded, p95', `${quantile(ownWarm, 0.95).toFixed(0)} ms`);

// --- background lookup latency
const tabId = await tabIdOf(session, page);
const ui = await session.ctx.newPage();
await ui.goto(`chrome-extension://${session.extensionId}/src/popup/index.html?tabId=${tabId}`);
const roundTrips = await ui.evaluate(async (id) => {
  const out = [];
  for (let i = 0; i < 100; i++) {
    const t0 = performance.now();
    await chrome.runtime.sendMessage({ type: 'tab-view', tabId: id });
    out.push(performance.now() - t0);
  }
  return out;
}, tabId);
const worker = await session.worker();
const reads = await worker.evaluate(async () => {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('psf-lens');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const out = [];
  for (let i = 0; i < 200; i++) {
    const t0 = performance.now();
    await new Promise((resolve) => {
      const request = db
        .transaction('assessments')
        .objectStore('assessments')
        .index('by-product')
        .getAll('openai-codex');
      request.onsuccess = resolve;
    });
    out.push(performance.now() - t0);
  }
  db.close();
  return out;
});
console.log('\nBackground lookup');
row('message round trip (popup -> background), median', `${quantile(roundTrips, 0.5).toFixed(2)} ms`);
row('message round trip, p95', `${quantile(roundTrips, 0.95).toFixed(2)} ms`);
row('IndexedDB indexed read in the worker, median', `${quantile(reads, 0.5).toFixed(3)} ms`);
row('IndexedDB indexed read, p95', `${quantile(reads, 0.95).toFixed(3)} ms`);
await session.close();

// --- detection in one process (the engine the content script and the command line share)
execFileSync('npx', ['vite', 'build', '--logLevel', 'silent'], {
  stdio: 'ignore',
  env: { ...process.env, TARGET: 'cli' },
});
execFileSync('node', ['--expose-gc', 'dist/cli/bench-detect.js'], { stdio: 'inherit' });
console.log('');
