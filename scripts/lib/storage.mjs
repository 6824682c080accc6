// What PSF Lens keeps in extension storage per host (the content script reads only its own host's entry), and
// how big that gets. Read from an extension page, never by evaluating in the service worker: a script run there
// stays in the worker's heap, which the bench measures.

/** A per-host entry is `<kind>:<host name>`, e.g. `rules:github.com`. */
const HOST_KEY = /^[\w-]+:((?:[a-z0-9-]+\.)+[a-z0-9-]+)$/;

/** A tab on one of the extension's own files: it has the extension's storage API and runs none of its code. */
export async function openStoragePage(session) {
  const page = await session.ctx.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/manifest.json`);
  return page;
}

/** Waits until the background has published per-host entries (the end of the install's work). */
export async function waitForHostEntries(page, { timeout = 180_000 } = {}) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    const keys = await page.evaluate(async () => Object.keys(await chrome.storage.local.get(null)));
    if (keys.some((key) => HOST_KEY.test(key))) return;
    await page.waitForTimeout(100);
  }
  throw new Error('PSF Lens published no per-host entries in extension storage');
}

/** Bytes as Chromium counts them for getBytesInUse: the key plus the value's JSON. */
export async function storagePerHost(page) {
  const entries = await page.evaluate(async () =>
    Object.entries(await chrome.storage.local.get(null)).map(([key, value]) => [
      key,
      key.length + JSON.stringify(value).length,
    ]),
  );
  const hosts = entries.filter(([key]) => HOST_KEY.test(key)).sort((a, b) => b[1] - a[1]);
  const sizes = hosts.map(([, size]) => size);
  const [largestKey, largest] = hosts[0] ?? ['', 0];
  return {
    hosts: hosts.length,
    medianBytes: sizes[sizes.length >> 1] ?? 0,
    largestHost: largestKey.replace(/^[\w-]+:/, ''),
    largestBytes: largest,
    hostBytes: sizes.reduce((a, b) => a + b, 0),
    totalBytes: entries.reduce((sum, [, size]) => sum + size, 0),
  };
}
