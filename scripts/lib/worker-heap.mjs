// The service worker's JavaScript heap after garbage collection, read through the DevTools protocol on the worker's
// own target (Playwright reaches pages, not workers, so puppeteer-core attaches to the same browser for this).
import puppeteer from 'puppeteer-core';

/**
 * Collects garbage in PSF Lens's service worker (which must be running) and returns its used heap in bytes.
 * Needs a session launched with `devtools: true`.
 */
export async function workerHeap(session) {
  const browser = await puppeteer.connect({ browserWSEndpoint: session.devtoolsEndpoint(), defaultViewport: null });
  try {
    const origin = `chrome-extension://${session.extensionId}/`;
    const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(origin), {
      timeout: 5000,
    });
    const cdp = await target.createCDPSession();
    // Twice: the first collection can leave objects that only a second one frees (weak maps, finalizers).
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    await cdp.detach();
    return usedSize;
  } finally {
    await browser.disconnect();
  }
}
