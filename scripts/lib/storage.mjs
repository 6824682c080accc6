// What PSF Lens keeps in extension storage per host, and how big that gets. A host's record is stored in parts by
// path (`rules:<host>`, `rules:<host>/<s1>`, `rules:<host>/<s1>/<s2>`): a page reads its host's own part and the
// few its path reaches. Read from an extension page, never by evaluating in the service worker: a script run
// there stays in the worker's heap, which the bench measures.

/** A per-host entry is `<kind>:<host name>[/<path>]`, e.g. `rules:github.com` or `rules:github.com/openai`. */
const HOST_KEY = /^[\w-]+:((?:[a-z0-9-]+\.)+[a-z0-9-]+)(\/.*)?$/;

/** A tab on one of the extension's own files: it has the extension's storage API and runs none of its code. */
export async function openStoragePage(session) {
  const page = await session.ctx.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/manifest.json`);
  return page;
}

/**
 * Waits for the end of the install's work: the background has published the records, stored the dataset and found
 * the two equal (`rulesChecked` = `rulesVersion`, the last keys it writes). Reads those two keys only: at 10,000
 * products storage holds 36 MB.
 */
export async function waitForInstall(page, { timeout = 300_000 } = {}) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    const done = await page.evaluate(async () => {
      const { rulesVersion, rulesChecked } = await chrome.storage.local.get(['rulesVersion', 'rulesChecked']);
      return typeof rulesVersion === 'string' && rulesVersion !== '' && rulesChecked === rulesVersion;
    });
    if (done) return;
    await page.waitForTimeout(100);
  }
  throw new Error('PSF Lens did not finish publishing its records in extension storage');
}

const sum = (list) => list.reduce((a, b) => a + b, 0);
const median = (list) => [...list].sort((a, b) => a - b)[list.length >> 1] ?? 0;

/**
 * The keys a page at `url` reads (its host's own part, then the parts under its first segment and its first two),
 * for a path with no locale segment: what the content script reads there.
 */
function pageKeys(url) {
  const { hostname, pathname } = new URL(url);
  const [first, second] = pathname.toLowerCase().split('/').filter(Boolean);
  const own = `rules:${hostname.replace(/^www\./, '')}`;
  return [own, ...(first ? [`${own}/${first}`] : []), ...(first && second ? [`${own}/${first}/${second}`] : [])];
}

/**
 * Bytes as Chromium counts them for getBytesInUse (the key plus the value's JSON): per host (all its parts), per
 * stored part, and what a page at each of `urls` reads.
 */
export async function storagePerHost(page, urls = []) {
  const entries = await page.evaluate(async () =>
    Object.entries(await chrome.storage.local.get(null)).map(([key, value]) => [
      key,
      key.length + JSON.stringify(value).length,
    ]),
  );
  const perHost = new Map();
  const parts = [];
  for (const [key, size] of entries) {
    const host = HOST_KEY.exec(key)?.[1];
    if (!host) continue;
    perHost.set(host, (perHost.get(host) ?? 0) + size);
    parts.push([key, size]);
  }
  const hosts = [...perHost].sort((a, b) => b[1] - a[1]);
  parts.sort((a, b) => b[1] - a[1]);
  const sizeOf = new Map(entries);
  return {
    hosts: hosts.length,
    medianBytes: median(hosts.map(([, size]) => size)),
    largestHost: hosts[0]?.[0] ?? '',
    largestBytes: hosts[0]?.[1] ?? 0,
    hostBytes: sum(hosts.map(([, size]) => size)),
    totalBytes: sum(entries.map(([, size]) => size)),
    parts: parts.length,
    medianPart: median(parts.map(([, size]) => size)),
    largestPartKey: parts[0]?.[0] ?? '',
    largestPart: parts[0]?.[1] ?? 0,
    pageReads: Object.fromEntries(urls.map((url) => [url, sum(pageKeys(url).map((k) => sizeOf.get(k) ?? 0))])),
  };
}
