// npm run bench: PSF Lens's speed and size as the user meets them, in one table with targets, ratios and pass/fail.
// Headless Chromium on fixture pages; times in each page's own clock from navigation start, medians of
// BENCH_NAVIGATIONS (20) navigations, against a browser without PSF Lens measured in the same run, navigation for
// navigation. First navigations: BENCH_LAUNCHES (8) fresh browsers each. `--no-scale` skips the 10,000-product build;
// `--run-at` adds the content script at document_start, document_end and document_idle, each against the baseline.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM, DIST, launch, stopServiceWorker } from './lib/browser.mjs';
import { cliThroughput } from './lib/cli-throughput.mjs';
import { HELD_PAGE } from './lib/fixtures.mjs';
import { firstNavigation, markBadges, navigate, navigationSeries } from './lib/navigation.mjs';
import { popupSeries } from './lib/popup.mjs';
import { BUDGETS, measureSizes } from './lib/sizes.mjs';
import { openStoragePage, storagePerHost, waitForInstall } from './lib/storage.mjs';
import { buildWithDataset, copyWithManifest, syntheticDataset } from './lib/synthetic.mjs';
import { bytes, count, kib, median, ms, printTable, row, section, signedMs, times } from './lib/table.mjs';
import { workerHeap } from './lib/worker-heap.mjs';
import { backgroundEvents, floorHeap } from './lib/floor-worker.mjs';

const NAVIGATIONS = Number(process.env.BENCH_NAVIGATIONS ?? 20);
const LAUNCHES = Number(process.env.BENCH_LAUNCHES ?? 8);
const SCALE = !process.argv.includes('--no-scale');
const RUN_AT = process.argv.includes('--run-at');
const HEAP_WAKES = 5;
const POPUPS = 10;
/** Chromium starts with each build, for the scale's start-up ratio. */
const STARTS = 5;
const CODEX = 'https://openai.com/codex/';
/** github.com holds the most rules of any host, in the real dataset and the synthetic one. */
const GITHUB = 'https://github.com/langchain-ai/langchain';
/** A page of no product on a host no product lives on. */
const ELSEWHERE = 'https://example.org/';
const SYNTHETIC_DIST = resolve('dist/bench/synthetic');
/** How long Chromium may take to start with the 10,000-product manifest before the bench gives up waiting. */
const SCALE_TIMEOUT = Number(process.env.BENCH_SCALE_TIMEOUT ?? 120_000);
/** chrome.storage.local's quota without the unlimitedStorage permission (QUOTA_BYTES). */
const STORAGE_QUOTA = 10 * 1024 * 1024;
const manifestOf = (dist) => JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
const patternsOf = (dist) => manifestOf(dist).content_scripts.flatMap((c) => c.matches);

const load = () => loadavg()[0].toFixed(2);
const loadAtStart = load();
const build = (env = {}) =>
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit', env: { ...process.env, ...env } });
const visible = (runs) => median(runs.map((r) => r.visible));
const shown = (runs) => runs.filter((r) => r.visible !== undefined).length;
const step = (what) => process.stderr.write(`bench: ${what} (load ${load()})\n`);

step('building for Chrome and the command line');
build();
build({ TARGET: 'cli' });
const real = JSON.parse(readFileSync('public/data/psf-dataset.json', 'utf8'));
const sizes = measureSizes(DIST);

/** From launching Chromium on a fresh profile with `dist` to PSF Lens's worker running, in ms; null if it never did. */
async function startTime(dist) {
  const started = performance.now();
  return launch({ dist, timeout: SCALE_TIMEOUT }).then(
    async (session) => (await session.close(), performance.now() - started),
    () => null,
  );
}

/**
 * The steady state on one browser: badge timings with the worker running and asleep, against `baseline` (a browser
 * without PSF Lens); with `extras`, also github.com's timings, the worker's heap and what storage holds per host;
 * with `held`, also a page whose head holds its parser.
 */
async function steadyState(dist, { baseline, extras = true, held = false }) {
  const session = await launch({ dist, devtools: true });
  const plain = baseline ? await launch({ dist: null }) : null;
  try {
    const storagePage = await openStoragePage(session);
    await waitForInstall(storagePage);
    await markBadges(session.ctx);
    if (plain) await markBadges(plain.ctx);
    const page = await session.ctx.newPage();
    const basePage = plain ? await plain.ctx.newPage() : null;
    const series = (url, asleep = false, badge = true) =>
      navigationSeries({ page, baseline: basePage, url, count: NAVIGATIONS, asleep, session, badge });
    step(`${NAVIGATIONS} navigations, worker running`);
    const running = await series(CODEX);
    // What a page of no product pays: nothing while the manifest names the products' hosts, a script and a storage
    // read once it asks for every site.
    const elsewhere = baseline ? await series(ELSEWHERE, false, false) : null;
    const more = extras
      ? {
          github: await series(GITHUB),
          heapRunning: await workerHeap(session).catch(() => null),
          storage: await storagePerHost(storagePage, [CODEX, GITHUB]),
          // After the heap, which it would otherwise add 20 visits to.
          held: held ? await series(HELD_PAGE) : null,
        }
      : {};
    step(`${NAVIGATIONS} navigations, worker asleep`);
    const asleep = await series(CODEX, true);
    if (extras) step(`${POPUPS} toolbar popups each, worker running and asleep`);
    const popup = extras ? await popupSeries(session, page, storagePage, POPUPS) : undefined;
    const heapWoken = extras ? await wokenHeaps(session, page) : undefined;
    const heapWarm = extras ? await warmHeap(session, page) : undefined;
    return { running, elsewhere, asleep, popup, heapWoken, heapWarm, ...more };
  } finally {
    await session.close();
    await plain?.close();
  }
}

/**
 * The heap of a worker woken by a page after it was stopped: what it holds when it has answered one page. Several
 * wakes: V8 grows its number-to-string cache by 64 KB on the first collision of two numbers it turned into text,
 * which depends on the numbers (tab ids, times) a given run meets.
 */
async function wokenHeaps(session, page) {
  const heaps = [];
  for (let i = 0; i < HEAP_WAKES; i++) {
    await stopServiceWorker(session, page);
    await navigate(page, `${CODEX}?psf-bench=woken-${i}`);
    await page.waitForTimeout(1000);
    heaps.push(await workerHeap(session).catch(() => null));
  }
  return heaps;
}

/**
 * The heap of a worker that, woken by a page, then answered as many page visits as a series: what the page's path
 * holds once V8 has compiled its hot functions, without the install's work that the first heap row also holds.
 */
async function warmHeap(session, page) {
  for (let i = 0; i < NAVIGATIONS; i++) await navigate(page, `${CODEX}?psf-bench=warm-${i}`);
  return workerHeap(session).catch(() => null);
}

/**
 * The badge with the real dataset and with another build's, in two browsers side by side, navigation for navigation
 * (as each series pairs with its baseline), so both meet the same load on the machine: a ratio between two series
 * taken minutes apart reads the machine's drift as much as the dataset (1.31x and 0.90x on the same code).
 */
async function pairedBadges(dist, urls) {
  const sessions = [await launch({ dist: DIST }), await launch({ dist })];
  try {
    const pages = [];
    for (const session of sessions) {
      await waitForInstall(await openStoragePage(session));
      await markBadges(session.ctx);
      pages.push(await session.ctx.newPage());
    }
    const out = {};
    for (const url of urls) {
      const runs = [[], []];
      for (let i = 0; i < NAVIGATIONS; i++) {
        const address = `${url}${url.includes('?') ? '&' : '?'}psf-bench=paired-${Date.now()}-${i}`;
        for (const [k, page] of pages.entries()) runs[k].push(await navigate(page, address));
      }
      out[url] = { real: runs[0], other: runs[1] };
    }
    return out;
  } finally {
    for (const session of sessions) await session.close();
  }
}

async function firstNavigations(launchBrowser) {
  const out = [];
  for (let i = 0; i < LAUNCHES; i++) out.push(await firstNavigation(launchBrowser, CODEX));
  return out;
}

step('steady state, real dataset');
const steady = await steadyState(DIST, { baseline: true, held: true });
const events = backgroundEvents();
step(`the platform's floor: a worker of ${events.length} empty listeners`);
const floor = await floorHeap(manifestOf(DIST), events).catch(() => null);
step(`${LAUNCHES} fresh profiles, first navigation after install`);
const fresh = await firstNavigations(() => launch({ devtools: true }));
step(`${LAUNCHES} browser restarts on one profile`);
const profile = mkdtempSync(join(tmpdir(), 'psf-lens-restart-'));
const installed = await launch({ profile });
await waitForInstall(await openStoragePage(installed));
await installed.close();
const restarts = await firstNavigations(() => launch({ profile, devtools: true }));
rmSync(profile, { recursive: true, force: true });

step('psf-lens detect --stdin, 200,000 URLs');
const cliTimes = await cliThroughput({ cli: 'dist/cli/psf-lens.js', dataset: real });
const cliRate = 200_000 / (median(cliTimes) / 1000);

// Where the content script runs (run_at), each measured as the user meets it, in a copy of the build.
const runAt = {};
for (const when of RUN_AT ? ['document_start', 'document_end', 'document_idle'] : []) {
  step(`content script at ${when}`);
  const dist = copyWithManifest(DIST, resolve(`dist/bench/${when}`), (manifest) => {
    for (const script of manifest.content_scripts) script.run_at = when;
  });
  runAt[when] = await steadyState(dist, { baseline: true, extras: false });
}

let scale = null;
if (SCALE) {
  step('building with 10,000 products');
  const synthetic = syntheticDataset(real);
  buildWithDataset(synthetic, SYNTHETIC_DIST);
  // Its own manifest: past MANIFEST_PATTERN_LIMIT patterns it asks for every https site (and, past half the storage
  // quota, for unlimited storage). First, how long Chromium takes to start with it.
  step(
    `Chromium start, ${STARTS} each with the real and the 10,000-product manifest (given up after ${SCALE_TIMEOUT / 1000} s)`,
  );
  const starts = { real: [], synthetic: [] };
  for (let i = 0; i < STARTS; i++) {
    starts.real.push(await startTime(DIST));
    starts.synthetic.push(await startTime(SYNTHETIC_DIST));
    if (starts.synthetic.at(-1) === null) break;
  }
  // One start that never came is the figure: the target is missed however the others went.
  const install = starts.synthetic.includes(null) ? null : median(starts.synthetic);
  step('steady state, 10,000 products');
  scale = {
    products: synthetic.products.length,
    rules: synthetic.products.reduce((sum, p) => sum + p.match.length, 0),
    install,
    starts,
    sizes: measureSizes(SYNTHETIC_DIST),
    ...(await steadyState(SYNTHETIC_DIST, { baseline: true })),
  };
  step(
    `${NAVIGATIONS} navigations each to openai.com and github.com, the real and the 10,000-product build side by side`,
  );
  scale.paired = await pairedBadges(SYNTHETIC_DIST, [CODEX, GITHUB]);
}

// --- the table
const r = steady.running;
const baseDcl = median(r.base.map((b) => b.dcl));
const running = visible(r.runs) - baseDcl;
/** A series' load event against its baseline's, medians. */
const loadDelay = (series) => median(series.runs.map((x) => x.load)) - median(series.base.map((b) => b.load));
const asleep = visible(steady.asleep.runs) - median(steady.asleep.base.map((b) => b.dcl));
/** The popup's time to its ratings (ms from its navigation start), median, each in the note. */
const popupRow = (label, times) =>
  row(label, median(times), {
    show: ms,
    note: `each: ${times.map((t) => (t === undefined ? 'not shown within 5 s' : ms(t))).join(', ')}`,
  });
const firstRows = (title, runs) => [
  row(`${title}: badge shown`, shown(runs), {
    target: LAUNCHES,
    atLeast: true,
    show: (n) => `${n} of ${LAUNCHES}`,
  }),
  row(`${title}: toolbar set as the badge shows`, runs.filter((x) => x.toolbar).length, {
    show: (n) => `${n} of ${LAUNCHES}`,
  }),
  row(`${title}: toolbar set after the badge, median`, median(runs.map((x) => x.toolbarAfter)), {
    show: ms,
    note: `each: ${runs.map((x) => (x.toolbarAfter === undefined ? 'not within 6 s' : ms(x.toolbarAfter))).join(', ')}`,
  }),
  row(`${title}: median from navigation start`, visible(runs), { target: 400, show: ms }),
  popupRow(
    `${title}: toolbar popup opened then, ratings shown`,
    runs.map((x) => x.popup),
  ),
];
/** Above the platform's floor: what PSF Lens's own code and data hold. */
const ownShare = (heap) => (heap === null || floor === null ? 'n/a' : kib(heap - floor));
const heapRow = (label, value, options = {}) =>
  row(label, value, { target: 600 * 1024, show: kib, note: `PSF Lens's own: ${ownShare(value)}`, ...options });
const scaleRatio = (label, a, b) => row(label, a !== null && b ? a / b : null, { target: 1.2, show: times });
const storageRows = (label, s) => [
  row(`${label}: hosts in extension storage`, s.hosts, { show: count }),
  row(`${label}: bytes per host, median`, s.medianBytes, { show: bytes }),
  row(`${label}: largest host (${s.largestHost})`, s.largestBytes, { show: bytes }),
  row(`${label}: all hosts / all storage`, s.hostBytes, { show: bytes, note: `all storage ${bytes(s.totalBytes)}` }),
  row(`${label}: bytes per stored part, median`, s.medianPart, {
    show: bytes,
    note: `${count(s.parts)} parts; the largest is ${s.largestPartKey}, ${bytes(s.largestPart)}`,
  }),
  ...Object.entries(s.pageReads).map(([url, read]) =>
    row(`${label}: a page on ${new URL(url).hostname} reads`, read, { show: bytes }),
  ),
];

const rows = [
  section('In-page badge (openai.com/codex, medians)'),
  row('badge visible - baseline DOMContentLoaded, worker running', running, { target: 30, show: signedMs }),
  row('badge visible - baseline DOMContentLoaded, worker asleep', asleep, { show: signedMs }),
  row('badge visible from navigation start, worker running', visible(r.runs), { show: ms }),
  row('badge visible from navigation start, worker asleep / running', visible(steady.asleep.runs) / visible(r.runs), {
    target: 1.3,
    show: times,
    note: `${ms(visible(steady.asleep.runs))} asleep; ${steady.asleep.stopped} of ${NAVIGATIONS} navigations began with the worker reported stopped`,
  }),
  row('baseline (no extension) DOMContentLoaded', baseDcl, { show: ms }),
  row('vendor page load event - baseline load event', loadDelay(r), { target: 15, show: signedMs }),
  row('page of no product (example.org) load event - baseline', loadDelay(steady.elsewhere), { show: signedMs }),
  row('badges shown, worker running / asleep', shown(r.runs) + shown(steady.asleep.runs), {
    target: 2 * NAVIGATIONS,
    atLeast: true,
    show: (n) => `${n} of ${2 * NAVIGATIONS}`,
  }),
  section('A page whose head holds its parser (a script of 200 ms in its head, a deferred one of 800 ms)'),
  row('badge visible from navigation start, worker running', visible(steady.held.runs), { show: ms }),
  row('baseline (no extension) DOMContentLoaded', median(steady.held.base.map((b) => b.dcl)), { show: ms }),
  row(
    'badge visible - baseline DOMContentLoaded',
    visible(steady.held.runs) - median(steady.held.base.map((b) => b.dcl)),
    { show: signedMs, note: `the body starts at ${ms(median(steady.held.runs.map((x) => x.body)))}` },
  ),
  section(`Toolbar popup (openai.com/codex, ${POPUPS} each, ms from the popup's navigation start)`),
  popupRow('ratings shown, worker running', steady.popup.running),
  popupRow('ratings shown, worker asleep', steady.popup.asleep),
  section(`First navigation (${LAUNCHES} launches each, rules not waited for)`),
  ...firstRows('fresh profile after install', fresh),
  ...firstRows('after a browser restart', restarts),
  section('Size (gzip -9 per file)'),
  row('content script', sizes.content.gzip, { target: BUDGETS.content.limit, show: bytes }),
  row(`popup JS (${sizes.popup.files.length} files)`, sizes.popup.gzip, { target: BUDGETS.popup.limit, show: bytes }),
  row(`workspace JS (${sizes.workspace.files.length} files)`, sizes.workspace.gzip, { show: bytes }),
  row(`service worker JS (${sizes.background.files.length} files)`, sizes.background.gzip, { show: bytes }),
  row('dist/chrome, all files', sizes.distBytes, { target: BUDGETS.dist.limit, show: kib }),
  row('dist/chrome as the store package (zip)', sizes.packageBytes, { show: kib }),
  section('Script source held in memory while it runs (1 byte per character if all Latin-1, else 2)'),
  row('content script, in each vendor page', sizes.content.sourceMemory, { show: bytes }),
  row('service worker', sizes.background.sourceMemory, { show: kib }),
  row('popup', sizes.popup.sourceMemory, { show: kib }),
  section('Service worker heap after GC (full dataset)'),
  row(`the platform's floor: an empty worker with PSF Lens's permissions and ${events.length} listeners`, floor, {
    show: kib,
    note: events.join(', '),
  }),
  heapRow('after install and the lookups above', steady.heapRunning),
  heapRow(`woken by a page after being stopped, median of ${HEAP_WAKES} wakes`, median(steady.heapWoken), {
    note: `PSF Lens's own: ${ownShare(median(steady.heapWoken))}; each wake: ${steady.heapWoken.map((h) => (h === null ? 'n/a' : kib(h))).join(', ')}`,
  }),
  heapRow(`woken, then ${NAVIGATIONS} page visits (no install in this worker)`, steady.heapWarm, {
    target: undefined,
  }),
  section('Command line'),
  row('psf-lens detect --stdin, 200,000 URLs, URLs/s', cliRate, {
    target: 150_000,
    atLeast: true,
    show: count,
    note: `median of ${cliTimes.length} runs, start-up included: ${cliTimes.map(ms).join(', ')}`,
  }),
  section('Extension storage per host'),
  ...storageRows(`real dataset (${real.products.length} products)`, steady.storage),
];
if (RUN_AT) {
  rows.push(section('Content script run_at (badge - baseline DOMContentLoaded)'));
  for (const [when, result] of Object.entries(runAt)) {
    const dcl = (series) => visible(series.runs) - median(series.base.map((b) => b.dcl));
    const load = median(result.running.runs.map((x) => x.load)) - median(result.running.base.map((b) => b.load));
    rows.push(
      row(`${when}, worker running`, dcl(result.running), {
        show: signedMs,
        note: `worker asleep ${signedMs(dcl(result.asleep))}; load event - baseline load event ${signedMs(load)}`,
      }),
    );
  }
}
if (scale) {
  const unlimited = manifestOf(SYNTHETIC_DIST).permissions.includes('unlimitedStorage');
  const label = `${count(scale.products)} products (${count(scale.rules)} rules)`;
  rows.push(
    section(`Scale: ${label} / real dataset`),
    row('content-script match patterns in the manifest', patternsOf(SYNTHETIC_DIST).length, {
      show: count,
      note: `${patternsOf(SYNTHETIC_DIST).join(' ')}; the real dataset's manifest has ${patternsOf(DIST).length}`,
    }),
    row(
      'Chromium start to worker running with that manifest',
      scale.install && scale.install / median(scale.starts.real),
      {
        target: 1.2,
        show: times,
        failed: scale.install === null ? `> ${SCALE_TIMEOUT / 1000} s` : '',
        note: `medians of ${STARTS} fresh profiles each, alternated: ${scale.install === null ? 'gave up' : ms(scale.install)} against ${ms(median(scale.starts.real))} with the real dataset`,
      },
    ),
    row('page of no product (example.org) load event - baseline', scale.elsewhere && loadDelay(scale.elsewhere), {
      target: 15,
      show: signedMs,
      note: `${signedMs(loadDelay(steady.elsewhere))} with the real dataset, whose manifest does not run PSF Lens there`,
    }),
    row('vendor page load event - baseline, openai.com', loadDelay(scale.running), { target: 15, show: signedMs }),
    scaleRatio('content script bytes', scale.sizes.content.gzip, sizes.content.gzip),
    ...[
      [CODEX, 'openai.com (vendor’s host)'],
      [GITHUB, 'github.com (shared host)'],
    ].map(([url, host]) => {
      const { real: withReal, other } = scale.paired[url];
      return row(`badge from navigation start, ${host}, side by side`, visible(other) / visible(withReal), {
        target: 1.2,
        show: times,
        note: `${ms(visible(other))} against ${ms(visible(withReal))} with the real dataset, alternated; in the separate series above ${times(visible(url === CODEX ? scale.running.runs : scale.github.runs) / visible(url === CODEX ? r.runs : steady.github.runs))}`,
      });
    }),
    ...[CODEX, GITHUB].map((url) =>
      scaleRatio(
        `what a page reads from storage, ${new URL(url).hostname}`,
        scale.storage.pageReads[url],
        steady.storage.pageReads[url],
      ),
    ),
    scaleRatio('worker heap after install and lookups', scale.heapRunning, steady.heapRunning),
    scaleRatio('worker heap, woken (medians)', median(scale.heapWoken), median(steady.heapWoken)),
    row('toolbar popup, worker asleep (medians)', median(scale.popup.asleep) / median(steady.popup.asleep), {
      show: times,
      note: `${ms(median(scale.popup.asleep))} against ${ms(median(steady.popup.asleep))} with the real dataset`,
    }),
    unlimited
      ? row('extension storage, all of it', scale.storage.totalBytes, {
          show: kib,
          note: 'past half the 10 MB quota the build asks for unlimitedStorage, which Chromium grants without a prompt',
        })
      : row('extension storage, all of it (storage.local quota: 10 MB)', scale.storage.totalBytes, {
          target: STORAGE_QUOTA,
          show: kib,
          note: 'past the quota, publishing fails and no page shows a badge',
        }),
    row('extension storage, largest stored part (what one key holds)', scale.storage.largestPart, {
      show: bytes,
      note: `${scale.storage.largestPartKey}; ${bytes(steady.storage.largestPart)} with the real dataset`,
    }),
    row('dist/chrome with the synthetic dataset', scale.sizes.distBytes, { show: kib }),
    ...storageRows(label, scale.storage),
  );
}

const chromium = execFileSync(CHROMIUM, ['--version'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'ignore'],
}).trim();
console.log(`\nPSF Lens bench: ${chromium}, headless; ${NAVIGATIONS} navigations a series, ${LAUNCHES} launches.`);
console.log(
  `Load average (1 min) at start ${loadAtStart}, at the end ${load()}: on this 2-core machine, timings taken while` +
    ' other work runs are noisy; run it quiet.\n',
);
printTable(rows);
