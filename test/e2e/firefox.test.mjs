// End to end in Firefox ESR, on the store build (dist/firefox): it installs, loads its dataset, shows the badge with
// its words only where it should, follows single-page navigation, and opens none of its pages to the web.
// The popup, the workspace and the feed are in firefox-pages.test.mjs, on the end-to-end build.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { badgeBox, FIREFOX_DIST, FIREFOX_E2E_DIST, launchFirefox, waitForBadge } from '../../scripts/lib/firefox.mjs';
import { HELD_PAGE, heldTimings } from '../../scripts/lib/fixtures.mjs';
import { exposedPages } from '../../scripts/lib/manifest-checks.mjs';

let firefox;
let page;

before(async () => {
  firefox = await launchFirefox();
  page = await firefox.newPage();
  // The background loads the dataset on install; the first page may come before it has published the rules.
  for (let i = 0; i < 20 && !(await badgeBox(page)); i++) {
    await page.goto('https://openai.com/codex/');
    await waitForBadge(page, { timeout: 1500 }).catch(() => null);
  }
});

after(async () => {
  await firefox?.close();
});

test('the badge names the product and its ratings, in a closed shadow root', async () => {
  for (const [url, product, counts] of [
    ['https://openai.com/codex/', 'OpenAI Codex', '1 Strong · 5 Partial · 2 Gap'],
    ['https://github.com/langchain-ai/langchain', 'LangChain', '3 Strong · 4 Partial · 1 Gap'],
    ['https://www.crewai.com/', 'CrewAI', '0 Strong · 3 Partial · 5 Gap'],
    ['https://haystack.deepset.ai/', 'Haystack', '4 of 8 domains rated: 1 Strong · 2 Partial · 1 Gap'],
  ]) {
    await page.goto(url);
    const badge = await waitForBadge(page);
    assert.equal(badge.mode, 'closed', url);
    assert.ok(badge.text.startsWith(`PSF ${product}`), `${url}: badge text "${badge.text}"`);
    assert.ok(badge.text.includes(counts), `${url}: "${badge.text}" should include "${counts}"`);
    const box = await badgeBox(page);
    assert.ok(box.width > 150 && box.height > 30, `${url}: badge box ${JSON.stringify(box)}`);
    assert.equal(box.shadowVisible, false, 'page scripts see no shadow root');
  }
});

test('on a page whose head holds the parser, the badge shows as the body starts, before DOMContentLoaded', async () => {
  await page.goto(HELD_PAGE);
  await waitForBadge(page);
  const { badgeAt, bodyStart, dcl } = await page.evaluate(heldTimings);
  // The head's script is answered after 200 ms, the deferred one (fetched as soon as the page is read) after 800.
  assert.ok(bodyStart >= 200 && dcl >= 800, `body at ${bodyStart} ms, DOMContentLoaded at ${dcl} ms`);
  assert.ok(badgeAt < dcl - 300, `badge at ${badgeAt} ms, DOMContentLoaded at ${dcl} ms`);
});

test("a vendor's home page about several rated products names them all", async () => {
  await page.goto('https://www.anthropic.com/');
  const badge = await waitForBadge(page);
  assert.match(badge.text, /Anthropic: 2 rated products/);
  assert.ok(badge.text.includes('Claude Sonnet 4.6') && badge.text.includes('Claude Opus 4.8'), badge.text);
});

test('no badge on pages that are not a rated product, and nothing added to them', async () => {
  for (const url of ['https://example.org/', 'https://openai.com/careers', 'https://github.com/openai/whisper']) {
    await page.goto(url);
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(await badgeBox(page), null, url);
    assert.equal(await page.evaluate(() => document.documentElement.children.length), 2, url);
  }
});

test('single-page navigation removes, changes and restores the badge', async () => {
  await page.goto('https://openai.com/codex/');
  await waitForBadge(page);
  await page.click('#to-careers');
  await waitForBadge(page, { present: false });
  await page.click('#to-gpt41');
  assert.match((await waitForBadge(page)).text, /GPT-4\.1 2 of 8 domains rated: 2 Strong/);
  await page.click('#to-pricing');
  // The GPT-4.1 badge is still there for a moment after the click: wait for its words to change, not for a badge.
  assert.match((await badgeMatching(page, /OpenAI Codex/)).text, /OpenAI Codex/);
});

/** The badge once its words match `pattern`, or as it is after `timeout` ms. */
async function badgeMatching(page, pattern, timeout = 5000) {
  const end = Date.now() + timeout;
  for (;;) {
    const badge = await waitForBadge(page);
    if (pattern.test(badge.text) || Date.now() > end) return badge;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

test('the store build opens none of its pages to the web; only the end-to-end build does', () => {
  const manifestOf = (dist) => JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  const store = manifestOf(FIREFOX_DIST);
  assert.deepEqual(exposedPages(store), []);
  assert.equal(store.web_accessible_resources, undefined);
  const e2e = manifestOf(FIREFOX_E2E_DIST);
  assert.deepEqual(exposedPages(e2e), ['src/popup/index.html', 'src/options/index.html']);
  // Nothing else differs, so the end-to-end tests drive what ships.
  const { web_accessible_resources: _pages, ...rest } = e2e;
  assert.deepEqual(rest, store);
});

test('nothing but fixture pages was requested, and no script error', () => {
  // Firefox asks for /favicon.ico by itself; that request is the browser's, not PSF Lens's.
  assert.deepEqual(
    firefox.refused.filter((url) => !url.endsWith('/favicon.ico')),
    [],
  );
  assert.deepEqual(firefox.errors, []);
});
