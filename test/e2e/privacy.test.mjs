// Privacy end to end in Chromium: with a feed configured, browse vendor and other pages, open the popup and every
// workspace page, and record every request the browser context sees (pages, extension pages and the service
// worker). PSF Lens asks for nothing but the configured feed: no telemetry, no lookups of the pages you visit. The
// feed, a real loopback HTTPS server, receives no cookie and no referrer. And nothing about the pages visited is
// kept beyond the tab's session state.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, openPopup, tabIdOf, waitForBadge, waitForReady } from '../../scripts/lib/browser.mjs';
import { startFeedServer } from '../../scripts/lib/feed-server.mjs';

/** Each visit carries a marker in its query (the fixtures ignore queries), to look for in storage afterwards. */
const visit = (url, i) => `${url}?psf-visit=${i}`;
const PRODUCT_PAGES = [
  'https://openai.com/codex/',
  'https://github.com/langchain-ai/langchain',
  'https://www.crewai.com/',
  'https://haystack.deepset.ai/',
  'https://learn.microsoft.com/en-us/semantic-kernel/overview/',
].map((url, i) => visit(url, `product-${i}`));
const VISITED_PRODUCTS = ['openai-codex', 'langchain', 'crewai', 'haystack', 'semantic-kernel'];
/** Pages on a rated vendor's host that are no rated product, and a page on no vendor's host. */
const OTHER_PAGES = ['https://openai.com/careers/', 'https://github.com/openai/whisper', 'https://example.org/'].map(
  (url, i) => visit(url, `other-${i}`),
);
const WORKSPACE = [
  '#/library',
  '#/compare?products=langchain,crewai',
  '#/checklist/openai-codex',
  '#/product/openai-codex',
  '#/organisation',
  '#/settings',
];

let feed;
let session;
/** Every http(s) request seen at the browser context: `who` is page, extension page or service worker. */
const requests = [];

before(async () => {
  feed = await startFeedServer();
  await feed.serve('2026.12.01', { cors: 'exposes-etag' });
  session = await launch({ args: feed.args });
  const { ctx, extensionId } = session;
  const record = (request) => {
    const url = request.url();
    if (!/^https?:/.test(url)) return;
    const frameUrl = request.serviceWorker() ? 'service-worker' : (request.frame()?.url() ?? '');
    const who =
      request.serviceWorker() || frameUrl.startsWith(`chrome-extension://${extensionId}`) ? 'extension' : 'page';
    requests.push({ url, method: request.method(), who, type: request.resourceType() });
  };
  ctx.on('request', record);
  // Routes run last-registered first: the feed goes to the loopback server, the rest to the fixtures (which refuse
  // anything that is not a fixture page, and list it in session.refused).
  await ctx.route(`${new URL(feed.url).origin}/**`, (route) => route.continue());
  // A cookie the feed's host set earlier, and one of a vendor's: neither may travel with the feed request.
  await ctx.addCookies([
    {
      name: 'feed-session',
      value: 'secret',
      domain: new URL(feed.url).hostname,
      path: '/',
      secure: true,
      sameSite: 'None',
    },
    { name: 'vendor-session', value: 'secret', domain: 'openai.com', path: '/', secure: true, sameSite: 'None' },
  ]);
  await waitForReady(session);
});

after(async () => {
  await session?.close();
  await feed?.close();
});

test('browsing, the popup and every workspace page ask for nothing but the pages and the configured feed', async () => {
  const { ctx, extensionId } = session;
  const settings = await ctx.newPage();
  await settings.goto(`chrome-extension://${extensionId}/src/options/index.html#/settings`);
  const send = (m) => settings.evaluate((message) => chrome.runtime.sendMessage(message), m);
  assert.ok((await send({ type: 'save-settings', patch: { feedUrl: feed.url, feedPublicKey: feed.publicKey } })).ok);
  const update = await send({ type: 'update-now' });
  assert.deepEqual(update.value?.feed.lastOutcome.note, { code: 'updated', version: '2026.12.01' });

  const page = await ctx.newPage();
  for (const url of PRODUCT_PAGES) {
    await page.goto(url);
    await waitForBadge(page);
  }
  for (const url of OTHER_PAGES) {
    await page.goto(url);
    await page.waitForTimeout(300);
  }
  await page.goto(PRODUCT_PAGES[0]);
  await waitForBadge(page);
  const popup = await openPopup(session, await tabIdOf(session, page));
  await popup.close();
  const workspace = await ctx.newPage();
  for (const hash of WORKSPACE) {
    await workspace.goto(`chrome-extension://${extensionId}/src/options/index.html${hash}`);
    await workspace.locator('h1').first().waitFor();
    await workspace.waitForTimeout(300);
  }
  await send({ type: 'update-now' }); // a second check: an ETag, a 304

  const visited = new Set([...PRODUCT_PAGES, ...OTHER_PAGES]);
  const feedFiles = new Set([feed.url, `${feed.url}.sig`]);
  const unexpected = requests.filter((r) =>
    r.who === 'extension' ? !feedFiles.has(r.url) : !(r.type === 'document' && visited.has(r.url)),
  );
  assert.deepEqual(unexpected, [], 'PSF Lens asked for something other than the visited pages and the feed');
  assert.deepEqual(session.refused, []);
  const fromExtension = requests.filter((r) => r.who === 'extension');
  assert.deepEqual(
    fromExtension.map((r) => r.url),
    [feed.url, `${feed.url}.sig`, feed.url],
    'the extension asked only for the feed: its file and signature, then the file again (304)',
  );
  console.log(
    `# requests seen: ${requests.length} (${requests.length - fromExtension.length} page documents, ${fromExtension.length} feed requests)`,
  );

  // What reached the feed server itself: no cookie, no referrer, and the second check answered 304.
  const atFeed = feed.log.filter((r) => r.method === 'GET');
  assert.equal(atFeed.length, 3);
  for (const r of atFeed) {
    assert.equal(r.cookie, null, `the feed request ${r.path} carried cookies`);
    assert.equal(r.referer, null, `the feed request ${r.path} named a referrer`);
  }
  assert.equal(atFeed[2].ifNoneMatch, '"2026.12.01"');

  // The control: the browser does hold a cookie for the feed's host, which a credentialed request would send.
  await settings.evaluate((url) => fetch(`${url}?control`, { credentials: 'include', mode: 'no-cors' }), feed.url);
  assert.equal(feed.log.at(-1)?.cookie, 'feed-session=secret');
});

test('nothing about the pages visited is stored beyond the tab’s session state', async () => {
  const worker = await session.worker();
  const localItems = await worker.evaluate(() => chrome.storage.local.get(null));
  const local = JSON.stringify(localItems);
  const sessionState = JSON.stringify(await worker.evaluate(() => chrome.storage.session.get(null)));
  const page = await session.ctx.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/src/options/index.html#/library`);
  const indexedDb = await page.evaluate(async () => {
    const out = {};
    for (const { name } of await indexedDB.databases()) {
      const db = await new Promise((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of db.objectStoreNames) {
        out[`${name}/${store}`] = await new Promise((resolve) => {
          const all = db.transaction(store).objectStore(store).getAll();
          all.onsuccess = () => resolve(all.result);
        });
      }
      db.close();
    }
    return JSON.stringify(out);
  });
  await page.close();
  assert.ok(indexedDb.includes('openai-codex'), 'the IndexedDB dump holds the dataset (the reader works)');

  const stores = { 'storage.local': local, 'storage.session': sessionState, IndexedDB: indexedDb };
  // Pages that are no rated product leave no trace at all, not even in the session state.
  for (const trace of ['example.org', '/careers', 'openai/whisper', 'psf-visit=other']) {
    for (const [where, text] of Object.entries(stores)) {
      assert.ok(!text.includes(trace), `${where} mentions ${trace}, from a visited page that is no rated product`);
    }
  }
  // The one thing kept about the rated products seen: their ids, the last eight, for the popup's "recent" list,
  // in the session's storage only, gone when the browser closes.
  assert.equal(localItems.recentProducts, undefined, 'recently viewed products are kept beyond the session');
  const recent = JSON.parse(sessionState).recentProducts ?? [];
  assert.ok(recent.length > 0, 'the popup was shown for a rated product, so the session lists it as recent');
  assert.ok(recent.length <= 8);
  for (const id of recent) assert.ok(VISITED_PRODUCTS.includes(id), `recentProducts holds ${id}, never visited`);
  // Product pages: what the tab shows may stay in the tab's session state, and nowhere else.
  for (const where of ['storage.local', 'IndexedDB']) {
    assert.ok(!stores[where].includes('psf-visit='), `${where} kept the address of a visited page`);
  }
});
