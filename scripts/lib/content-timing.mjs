// How long PSF Lens's in-page badge takes, and what the content script costs the vendor's page, measured in
// headless Chromium against the same fixture page with no extension at all. Shared by `npm run bench` and by
// anyone tuning the content script. Times are in the page's own clock (ms from navigation start).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, launch, stopServiceWorker, tabIdOf, toolbarOf } from './browser.mjs';
import { serveFixtures } from './fixtures.mjs';

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Records when the badge's host enters the document: an element added to <html> or <body> that the page did not
 * make (fixture pages add none), i.e. PSF Lens's top-layer host. Runs before any page script.
 */
function recordBadge() {
  const own = (node) => node.nodeType === 1 && (node.hasAttribute('popover') || node.localName === 'psf-lens-badge');
  new MutationObserver((records, observer) => {
    if (records.some((r) => [...r.addedNodes].some(own))) {
      window.__psfBadgeAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

const pageTimes = () => {
  const [nav] = performance.getEntriesByType('navigation');
  return {
    domReady: nav.domContentLoadedEventStart,
    load: nav.loadEventStart,
    badge: window.__psfBadgeAt ?? null,
  };
};

async function waitLoaded(page) {
  await page.waitForFunction(() => performance.getEntriesByType('navigation')[0]?.loadEventEnd > 0);
}

/** A browser with no extension at all, on the same fixtures: the baseline every delay is measured from. */
export async function launchBaseline() {
  const dir = mkdtempSync(join(tmpdir(), 'psf-lens-baseline-'));
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  await serveFixtures(ctx);
  return {
    ctx,
    async close() {
      await ctx.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Navigations alternating between the baseline browser and PSF Lens's (rules already published), so both see
 * the same load on a shared machine. Per pair: the baseline's DOMContentLoaded and load, and PSF Lens's
 * DOMContentLoaded, load and badge. `asleep`: the service worker is stopped before each navigation.
 */
export async function comparePairs(baselineSession, session, url, runs, { asleep = false } = {}) {
  await session.ctx.addInitScript(recordBadge);
  const plain = await baselineSession.ctx.newPage();
  const page = await session.ctx.newPage();
  const out = [];
  try {
    for (let i = 0; i <= runs; i++) {
      await plain.goto(`${url}?n=${i}`);
      await waitLoaded(plain);
      const base = await plain.evaluate(pageTimes);
      if (asleep) await stopServiceWorker(session, page);
      await page.goto(`${url}?n=${i}`);
      await page.waitForFunction(() => window.__psfBadgeAt, null, { timeout: 5000 });
      await waitLoaded(page);
      const own = await page.evaluate(pageTimes);
      if (i > 0) out.push({ baseDomReady: base.domReady, baseLoad: base.load, ...own });
    }
  } finally {
    await plain.close();
    await page.close();
  }
  return out;
}

/**
 * A fresh profile, the rated page opened at once (no wait for PSF Lens to load its data): whether the badge and
 * the toolbar state appear, and when (ms from navigation start). One browser launch per run.
 */
export async function firstNavigation(url, launches, { timeout = 5000 } = {}) {
  const out = [];
  for (let i = 0; i < launches; i++) {
    const session = await launch();
    try {
      await session.ctx.addInitScript(recordBadge);
      const page = await session.ctx.newPage();
      await page.goto(url);
      const badge = await page
        .waitForFunction(() => window.__psfBadgeAt, null, { timeout })
        .then((handle) => handle.jsonValue())
        .catch(() => null);
      let toolbar = '';
      const end = Date.now() + timeout;
      while (toolbar !== 'PSF' && Date.now() < end) {
        const tabId = await tabIdOf(session, page);
        toolbar = tabId === undefined ? '' : (await toolbarOf(session, tabId)).text;
        if (toolbar !== 'PSF') await new Promise((r) => setTimeout(r, 50));
      }
      out.push({ badge, toolbar: toolbar === 'PSF' });
    } finally {
      await session.close();
    }
  }
  return out;
}
