// Navigation timings in the page's own clock (milliseconds from navigation start): when PSF Lens's badge becomes
// visible, and the page's DOMContentLoaded and load, so runs with and without the extension compare directly.
import { stopServiceWorker, tabIdOf, toolbarOf } from './browser.mjs';
import { popupShown } from './popup.mjs';
import { openStoragePage } from './storage.mjs';

/**
 * Runs in every document before its scripts (main world): notes when the badge's host enters the document (added
 * complete, as a popover; the fixture pages have none), and the start of the next animation frame, the frame that
 * paints it.
 */
function markBadge() {
  const mark = {};
  Object.defineProperty(window, '__psfLensBench', { value: mark });
  new MutationObserver((records, observer) => {
    const isBadge = (n) => n.nodeType === 1 && n.hasAttribute('popover');
    if (!records.some((r) => [...r.addedNodes].some(isBadge))) return;
    mark.inserted = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => {
      mark.visible = performance.now();
    });
  }).observe(document, { childList: true, subtree: true });
}

export async function markBadges(ctx) {
  await ctx.addInitScript(markBadge);
}

/**
 * One navigation: `{ dcl, load, visible, inserted }`, `visible` undefined when no badge showed within
 * `badgeTimeout` ms (0: do not wait for one, as in the run without PSF Lens).
 */
export async function navigate(page, url, { badgeTimeout = 5000 } = {}) {
  await page.goto(url, { waitUntil: 'load' });
  if (badgeTimeout > 0) {
    await page
      .waitForFunction(() => window.__psfLensBench?.visible, null, { timeout: badgeTimeout, polling: 10 })
      .catch(() => null);
  }
  return page.evaluate(() => {
    const [entry] = performance.getEntriesByType('navigation');
    return {
      dcl: entry.domContentLoadedEventStart,
      load: entry.loadEventStart,
      inserted: window.__psfLensBench?.inserted,
      visible: window.__psfLensBench?.visible,
      // Noted by a fixture page when its body starts (held.html).
      body: window.bodyStart,
    };
  });
}

/**
 * `count` navigations to `url` (a fresh query each time, so nothing is served from the back-forward cache),
 * alternating with the same navigations in `baseline` (a browser without PSF Lens) so both see the same load
 * on the machine. `asleep`: stop the service worker before each navigation, then navigate at once. `badge`: wait
 * for the badge (false on a page of no product, where none may show).
 */
export async function navigationSeries({ page, baseline, url, count, asleep = false, session, badge = true }) {
  const runs = [];
  const base = [];
  let stopped = 0;
  for (let i = 0; i < count; i++) {
    const address = `${url}${url.includes('?') ? '&' : '?'}psf-bench=${Date.now()}-${i}`;
    if (baseline) base.push(await navigate(baseline, address, { badgeTimeout: 0 }));
    if (asleep && (await stopServiceWorker(session, page))) stopped++;
    runs.push(await navigate(page, address, badge ? {} : { badgeTimeout: 0 }));
  }
  return { runs, base, stopped };
}

/**
 * The first navigation of a browser just started: `launchBrowser()` returns a session whose extension is
 * installed (its worker has started) and nothing else is waited for. Returns the timings, the toolbar text when
 * the badge showed (`toolbar`) and how long after that the toolbar was set (`toolbarAfter`, ms; undefined when
 * not within 6 s). With a session launched with `devtools: true`, also the toolbar popup opened on the page then:
 * when it showed the ratings (`popup`, ms from its navigation start).
 */
export async function firstNavigation(launchBrowser, url) {
  const session = await launchBrowser();
  try {
    await markBadges(session.ctx);
    const page = await session.ctx.newPage();
    const timing = await navigate(page, url, { badgeTimeout: 5000 });
    const shown = performance.now();
    const tabId = await tabIdOf(session, page);
    const read = async () => (tabId === undefined ? '' : ((await toolbarOf(session, tabId))?.text ?? ''));
    const toolbar = await read();
    let text = toolbar;
    while (!text && tabId !== undefined && performance.now() - shown < 6000) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      text = await read();
    }
    const toolbarAfter = text ? performance.now() - shown : undefined;
    const popup = session.devtools ? await popupShown(session, page, await openStoragePage(session)) : undefined;
    return { ...timing, toolbar, toolbarAfter, popup };
  } finally {
    await session.close();
  }
}
