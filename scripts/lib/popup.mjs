// The toolbar popup as a user opens it: the browser's own popup, opened by `action.openPopup()` from an extension
// page that runs none of PSF Lens's code (so the opening does not wake the worker; the popup's own message does),
// timed in the popup's clock from its navigation start until it shows the product's eight ratings.
import puppeteer from 'puppeteer-core';
import { stopServiceWorker } from './browser.mjs';

/** Evaluated in the popup: the first time it is seen showing eight ratings, in ms from its navigation start. */
const SHOWN =
  "document.querySelectorAll('.domain .rating').length === 8 ? (window.__psfLensShown ??= performance.now()) : 0";
const POLL_MS = 5;

/**
 * Opens the popup over `page` (a tab on a rated product) from `opener` (see storage.mjs's openStoragePage) and
 * returns when it showed the ratings, undefined if not within 5 s. Read by polling every 5 ms through the DevTools
 * protocol, so a figure may be up to one poll late. Needs a session launched with `devtools: true`.
 */
export async function popupShown(session, page, opener) {
  const browser = await puppeteer.connect({ browserWSEndpoint: session.devtoolsEndpoint(), defaultViewport: null });
  try {
    const url = `chrome-extension://${session.extensionId}/src/popup/index.html`;
    const before = new Set(browser.targets().filter((t) => t.url().startsWith(url)));
    const opened = browser.waitForTarget((t) => t.url().startsWith(url) && !before.has(t), { timeout: 5000 });
    await page.bringToFront();
    await opener.evaluate(() => chrome.action.openPopup());
    const cdp = await (await opened).createCDPSession();
    try {
      for (const end = Date.now() + 5000; Date.now() < end;) {
        const { result } = await cdp.send('Runtime.evaluate', { expression: SHOWN, returnByValue: true });
        if (result.value) return result.value;
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
      return undefined;
    } finally {
      await cdp.send('Runtime.evaluate', { expression: 'window.close()' }).catch(() => {});
      await cdp.detach().catch(() => {});
    }
  } finally {
    await browser.disconnect();
  }
}

/** `count` popups with the worker running, each followed by one with the worker stopped just before. */
export async function popupSeries(session, page, opener, count) {
  const running = [];
  const asleep = [];
  for (let i = 0; i < count; i++) {
    running.push(await popupShown(session, page, opener));
    await stopServiceWorker(session, page);
    asleep.push(await popupShown(session, page, opener));
  }
  return { running, asleep };
}
