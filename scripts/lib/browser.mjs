// Drives Debian's Chromium with the built PSF Lens loaded, for the end-to-end tests, `npm start` and the bench.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serveFixtures } from './fixtures.mjs';

export const DIST = resolve('dist/chrome');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * `profile`: a browser profile to reuse (kept at close), as a restart or an update finds it; by default a fresh one.
 * `args`: more Chromium switches. `fixtures: false` leaves requests unrouted, for tests that need the browser's own
 * network behaviour (CORS preflights, which Playwright answers itself for routed requests): then pass
 * `--host-resolver-rules` so that nothing but the loopback servers can be reached.
 * `devtools`: also open a DevTools port, for a second client that reaches targets Playwright does not (the
 * service worker's heap); `devtoolsEndpoint()` then names its address. `dist: null`: the same browser without
 * PSF Lens, as the bench's baseline. `timeout`: how long Chromium may take to start with the extension installed.
 * `env`: more environment for the browser's process, e.g. `{ LANGUAGE: 'de' }` with `--lang=de`: Chromium on Linux
 * takes its UI language (chrome.i18n.getUILanguage) from the environment, and Debian's from the chromium-l10n package.
 */
export async function launch({
  headless = true,
  dist = DIST,
  profile,
  args = [],
  fixtures = true,
  devtools = false,
  timeout = 180_000,
  env = {},
} = {}) {
  if (dist && !existsSync(join(dist, 'manifest.json'))) throw new Error(`no build at ${dist}: run npm run build first`);
  if (!existsSync(CHROMIUM))
    throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`);
  const userData = profile ?? mkdtempSync(join(tmpdir(), 'psf-lens-profile-'));
  const ctx = await chromium.launchPersistentContext(userData, {
    executablePath: CHROMIUM,
    headless,
    viewport: { width: 1280, height: 800 },
    timeout,
    env: { ...process.env, ...env },
    args: [
      ...(dist ? [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(devtools ? ['--remote-debugging-port=0'] : []),
      ...args,
    ],
  });
  const refused = fixtures ? await serveFixtures(ctx) : [];
  const worker = dist ? (ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout }))) : null;
  const extensionId = worker ? new URL(worker.url()).host : null;
  return {
    ctx,
    extensionId,
    refused,
    devtools,
    /** The browser-wide DevTools websocket (with `devtools: true`), read from the port file Chromium writes. */
    devtoolsEndpoint() {
      const [port, path] = readFileSync(join(userData, 'DevToolsActivePort'), 'utf8').split('\n');
      return `ws://127.0.0.1:${port}${path}`;
    },
    /** The current service worker (a new one after a restart). */
    async worker() {
      return ctx.serviceWorkers()[0] ?? ctx.waitForEvent('serviceworker');
    },
    async close() {
      await ctx.close();
      if (!profile) rmSync(userData, { recursive: true, force: true });
    },
  };
}

/** Waits until the background has published its match rules (the content script needs them). */
export async function waitForReady(session, { timeout = 5000 } = {}) {
  const worker = await session.worker();
  for (let i = 0; i < timeout / 50; i++) {
    const count = await worker.evaluate(
      async () => Object.keys(await chrome.storage.local.get(null)).filter((k) => k.startsWith('rules:')).length,
    );
    if (count > 0) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('PSF Lens never published its match rules');
}

/** An attribute of a DevTools protocol node (its `attributes` are [name, value, name, value, ...]). */
const attributeOf = (node, name) => (node.attributes ?? []).find((_, i, all) => i % 2 === 1 && all[i - 1] === name);

/** The words a node renders: its text, and the generated content the badge's CSS draws from `data-t`. */
function textOf(node) {
  if (node.nodeType === 3) return node.nodeValue;
  if (node.nodeName === 'STYLE') return '';
  const drawn = attributeOf(node, 'data-t') ?? '';
  return [drawn, ...[...(node.shadowRoots ?? []), ...(node.children ?? [])].map(textOf)].join(' ');
}

/** The badge's host: a plain element whose closed shadow root holds PSF Lens's `aside`. */
function isBadgeHost(node) {
  const [shadow] = node.shadowRoots ?? [];
  const [aside] = shadow?.children?.filter((c) => c.nodeName === 'ASIDE') ?? [];
  return shadow?.shadowRootType === 'closed' && (aside?.attributes ?? []).join(' ').includes('PSF Lens');
}

function findBadge(node) {
  if (isBadgeHost(node)) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findBadge(child);
    if (found) return found;
  }
  return null;
}

/**
 * The badge as the browser renders it, read through the DevTools protocol, which (unlike page scripts and
 * Playwright locators) sees into closed shadow roots: its words, and its elements' accessible labels
 * (`aria-label`, in document order). Returns null when there is no badge.
 */
export async function readBadge(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    return await badgeThrough(cdp);
  } finally {
    await cdp.detach();
  }
}

/** `readBadge` through a DevTools session on the page that is already open (Playwright's or puppeteer's). */
export async function badgeThrough(cdp) {
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const host = findBadge(root);
  if (!host) return null;
  const shadow = host.shadowRoots?.[0];
  const labels = [];
  const walk = (node) => {
    const label = attributeOf(node, 'aria-label');
    if (label) labels.push(label);
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) walk(child);
  };
  walk(shadow ?? {});
  return { mode: shadow?.shadowRootType, text: textOf(host).replace(/\s+/g, ' ').trim(), labels };
}

/**
 * The on-screen boxes of the elements inside the badge's closed shadow root that carry a class, in document
 * order ({ left, top, right, bottom } in CSS pixels, and `overflow`: how far its contents spill out of it), read
 * through the DevTools protocol.
 */
export async function boxesInBadge(page, className) {
  // A Playwright page, or a Puppeteer one (the tests that install PSF Lens into a running browser).
  const cdp = page.createCDPSession ? await page.createCDPSession() : await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const found = [];
    const walk = (node) => {
      const classes = attributeOf(node, 'class');
      if (classes?.split(' ').includes(className)) found.push(node);
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) walk(child);
    };
    walk(root);
    const boxes = [];
    for (const node of found) {
      const model = await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId }).catch(() => null);
      if (!model) continue; // not rendered (display: none)
      const [left, top, , , right, bottom] = model.model.border;
      // How wide its contents are, beside how wide it is: text that overflows its box runs under its neighbours.
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: node.backendNodeId });
      const { result } = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: 'function () { return [this.scrollWidth, this.clientWidth]; }',
        returnByValue: true,
      });
      const [scrollWidth, clientWidth] = result.value;
      boxes.push({ left, top, right, bottom, overflow: scrollWidth - clientWidth });
    }
    return boxes;
  } finally {
    await cdp.detach();
  }
}

/** Clicks the first shown element inside the badge's closed shadow root that carries a class, at its middle. */
export async function clickInBadge(page, className) {
  const [box] = await boxesInBadge(page, className);
  if (!box) throw new Error(`no .${className} shown in the badge`);
  await page.mouse.click((box.left + box.right) / 2, (box.top + box.bottom) / 2);
}

export async function waitForBadge(page, { timeout = 5000, present = true } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const badge = await readBadge(page);
    if (present ? badge?.text : !badge) return badge;
    if (Date.now() > end) throw new Error(present ? 'no badge appeared' : 'the badge did not go away');
    await page.waitForTimeout(40);
  }
}

/**
 * The browser's id of a page's tab: found by its address, or, for a page whose address PSF Lens may not read (a site
 * it does not rate), as the active tab once the page is brought to the front.
 */
export async function tabIdOf(session, page) {
  const worker = await session.worker();
  const url = page.url();
  const found = await worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
  if (found !== undefined) return found;
  await page.bringToFront();
  return worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
}

export async function toolbarOf(session, tabId) {
  const worker = await session.worker();
  return worker.evaluate(
    async (id) => ({
      text: await chrome.action.getBadgeText({ tabId: id }),
      title: await chrome.action.getTitle({ tabId: id }),
    }),
    tabId,
  );
}

/** Opens the popup for a tab in a normal tab (`?tabId=`), as the README's screenshots and the tests do. */
export async function openPopup(session, tabId, { width = 420, height = 900 } = {}) {
  const popup = await session.ctx.newPage();
  await popup.setViewportSize({ width, height });
  await popup.goto(`chrome-extension://${session.extensionId}/src/popup/index.html?tabId=${tabId}`);
  await popup.waitForSelector('.scorecard, .launcher, .status:not([role="status"])');
  return popup;
}

/**
 * Stops every service worker, as the browser does to an idle one; the next message starts it again. Resolves
 * true once the browser reports PSF Lens's worker stopped (false if it did not say so within two seconds).
 */
export async function stopServiceWorker(session, page) {
  const cdp = await session.ctx.newCDPSession(page);
  const origin = `chrome-extension://${session.extensionId}/`;
  try {
    const stopped = new Promise((resolve) => {
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        if (versions.some((v) => v.scriptURL.startsWith(origin) && v.runningStatus === 'stopped')) resolve(true);
      });
      setTimeout(() => resolve(false), 2000);
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    return await stopped;
  } finally {
    await cdp.detach();
  }
}
