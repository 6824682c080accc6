// Search result marks in real Chromium, on fixture result pages of Google, Bing and DuckDuckGo: off after
// install (nothing registered, nothing on search pages), switched on from the settings page, marks beside the
// results that lead to rated products (redirect-wrapped links included) with their ratings on focus, and off
// again: the registration gone and the marks with it.
// Runs on the end-to-end build (dist/chrome-e2e), which grants the engines' hosts at install because no driver
// can answer Chromium's permission prompt; the setting itself starts off as in the store build.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { launch, waitForReady } from '../../scripts/lib/browser.mjs';
import { chooseLanguage } from '../../scripts/lib/languages.mjs';
import { grantedSearchHosts } from '../../scripts/lib/manifest-checks.mjs';
import { boxOf, isRendered, readMarks } from '../../scripts/lib/search-marks.mjs';

const GOOGLE = 'https://www.google.com/search?q=ai+agent+frameworks';
const BING = 'https://www.bing.com/search?q=ai+agent+frameworks';
const DUCKDUCKGO = 'https://duckduckgo.com/?q=ai+agent+frameworks&t=h_';
let session;
const errors = [];

before(async () => {
  session = await launch({ dist: resolve('dist/chrome-e2e') });
  session.ctx.on('page', (page) => page.on('pageerror', (error) => errors.push(error.message)));
  await waitForReady(session);
});

after(async () => {
  await session?.close();
});

const registered = async () =>
  (await session.worker()).evaluate(async () =>
    (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id),
  );

/** The marks on a results page once it has settled (DuckDuckGo's results arrive by script). */
async function marksOn(url, want, t) {
  const page = await session.ctx.newPage();
  t.after(() => page.close());
  await page.goto(url);
  let marks = await readMarks(page);
  for (let i = 0; i < 40 && marks.length < want; i++) {
    await page.waitForTimeout(100);
    marks = await readMarks(page);
  }
  return { page, marks };
}

async function setMarks(on, t) {
  const page = await session.ctx.newPage();
  t.after(() => page.close());
  await page.goto(`chrome-extension://${session.extensionId}/src/options/index.html#/settings`);
  const toggle = page.getByRole('checkbox', { name: /Mark rated products in search results/ });
  await toggle.waitFor();
  assert.equal(await toggle.isChecked(), !on);
  await toggle.click();
  await page.getByText(on ? /Search result marks are on/ : /Search result marks are off/).waitFor();
  assert.equal(await toggle.isChecked(), on);
}

test('off after install: nothing registered, and a results page is left as it is', async (t) => {
  assert.deepEqual(await registered(), []);
  const { page, marks } = await marksOn(GOOGLE, 0, t);
  await page.waitForTimeout(500);
  assert.deepEqual(marks, []);
  assert.deepEqual(await readMarks(page), []);
});

test('switched on in the settings page: one script registered, for result pages only', async (t) => {
  await setMarks(true, t);
  const [script] = await (await session.worker()).evaluate(() => chrome.scripting.getRegisteredContentScripts());
  assert.equal(script.id, 'psf-lens-search-marks');
  assert.ok(script.matches.includes('https://www.google.com/search?*'), script.matches.join(' '));
  assert.ok(
    script.matches.every((m) => /^https:\/\/[^/]+\/(search\?|\?|html)\*$/.test(m)),
    script.matches.join(' '),
  );
});

test('Google: marks beside the rated results, google.com/url?q= links included, in closed shadow roots', async (t) => {
  const { marks } = await marksOn(GOOGLE, 3, t);
  assert.deepEqual(
    marks.map((m) => m.result),
    ['r-langchain', 'r-codex', 'r-sonnet'],
  );
  assert.ok(marks.every((m) => m.mode === 'closed'));
  assert.match(marks[1].label, /^PSF assessment of OpenAI Codex: 1 Strong · 5 Partial · 2 Gap$/);
  assert.match(marks[2].label, /^PSF assessment of Claude Sonnet 4\.6: /);
});

test('Bing: bing.com/ck/a?u=a1<base64url> links are unwrapped', async (t) => {
  const { marks } = await marksOn(BING, 3, t);
  assert.deepEqual(
    marks.map((m) => m.result),
    ['r-crewai', 'r-autogen', 'r-haystack'],
  );
  assert.match(marks[0].label, /CrewAI: 0 Strong · 3 Partial · 5 Gap/);
  assert.match(marks[2].label, /Haystack: 4 of 8 domains rated: 1 Strong · 2 Partial · 1 Gap/);
});

test('DuckDuckGo: results rendered by script are marked as they arrive, /l/?uddg= links included', async (t) => {
  const { marks } = await marksOn(DUCKDUCKGO, 3, t);
  assert.deepEqual(
    marks.map((m) => m.result),
    ['r-semantic-kernel', 'r-haystack', 'r-anthropic'],
  );
  assert.match(marks[2].label, /Anthropic: 2 rated products: Claude/);
});

test('in German when the settings say so: the marks speak the badge’s language, the ratings stay PSF’s', async (t) => {
  await chooseLanguage(session, 'de', t);
  t.after(() => chooseLanguage(session, 'auto', t));
  // The background publishes the German words just after the setting is saved: a page opened later reads them.
  let marks = [];
  for (let i = 0; i < 20 && !marks[1]?.label.startsWith('PSF-Bewertung'); i++)
    ({ marks } = await marksOn(GOOGLE, 3, t));
  assert.equal(marks[1].label, 'PSF-Bewertung von OpenAI Codex: 1 Strong · 5 Partial · 2 Gap');
  assert.match(marks[2].label, /^PSF-Bewertung von Claude Sonnet 4\.6: /);
});

test('the ratings show on keyboard focus, and Escape hides them', async (t) => {
  const { page } = await marksOn(GOOGLE, 3, t);
  const codexTip = async () => (await readMarks(page)).find((m) => m.result === 'r-codex').tooltipNodeId;
  assert.equal(await isRendered(page, await codexTip()), false, 'hidden until hovered or focused');
  // Tab through the page until the Codex result's mark has focus (the page sees only the mark's host).
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    const inCodex = await page.evaluate(() => document.activeElement?.closest('#r-codex') !== null);
    if (inCodex && (await page.evaluate(() => document.activeElement?.localName)) === 'span') break;
  }
  assert.equal(await page.evaluate(() => document.activeElement?.localName), 'span', 'the mark took the focus');
  assert.equal(await isRendered(page, await codexTip()), true, 'shown on focus');
  await page.keyboard.press('Escape');
  assert.equal(await isRendered(page, await codexTip()), false, 'Escape hides it');
});

test('a tooltip shown near the window’s edge stays inside the window, at 400 px too', async (t) => {
  // Each mark in turn takes the focus (Tab scrolls it into view); its tooltip must be readable where it shows.
  for (const [url, width, height] of [
    [DUCKDUCKGO, 400, 500],
    [GOOGLE, 560, 400],
    [BING, 700, 400],
  ]) {
    const { page } = await marksOn(url, 3, t);
    await page.setViewportSize({ width, height });
    const seen = new Set();
    for (let i = 0; i < 30 && seen.size < 3; i++) {
      await page.keyboard.press('Tab');
      const result = await page.evaluate(() =>
        document.activeElement?.localName === 'span' ? document.activeElement.closest('[id^="r-"]')?.id : null,
      );
      if (!result) continue;
      seen.add(result);
      const mark = (await readMarks(page)).find((m) => m.result === result);
      const box = await boxOf(page, mark.tooltipNodeId);
      const where = `${result} at ${width}×${height}: ${JSON.stringify(box)}`;
      assert.ok(box.left >= 0 && box.right <= width, `inside the window's width: ${where}`);
      assert.ok(box.top >= 0 && box.bottom <= height, `inside the window's height: ${where}`);
    }
    assert.equal(seen.size, 3, url);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), width, 'no sideways scrolling');
  }
});

test('switched off: the registration is gone, the marks leave the open page, and no page gets new ones', async (t) => {
  const { page } = await marksOn(GOOGLE, 3, t);
  await setMarks(false, t);
  assert.deepEqual(await registered(), []);
  for (let i = 0; i < 20 && (await readMarks(page)).length; i++) await page.waitForTimeout(50);
  assert.deepEqual(await readMarks(page), [], 'gone from the page that was open');
  await page.reload();
  await page.waitForTimeout(600);
  assert.deepEqual(await readMarks(page), [], 'none after a reload');
});

test('the store build asks for the search hosts only as optional; the end-to-end build grants them at install', () => {
  const manifestOf = (dist) => JSON.parse(readFileSync(`dist/${dist}/manifest.json`, 'utf8'));
  const store = manifestOf('chrome');
  const e2e = manifestOf('chrome-e2e');
  const search = grantedSearchHosts(e2e);
  assert.ok(search.includes('https://www.google.com/*') && search.includes('https://duckduckgo.com/*'), search.join());
  assert.deepEqual(grantedSearchHosts(store), [], 'nothing of a search engine granted at install');
  // Every search host may be asked for: an optional pattern covers it (`https://*/*`, or the host itself).
  const covers = (pattern, origin) => pattern === origin || pattern === 'https://*/*';
  for (const origin of search)
    assert.ok(
      store.optional_host_permissions.some((p) => covers(p, origin)),
      `${origin} is not an optional host of the store build`,
    );
  const { host_permissions: _storeHosts, ...storeRest } = store;
  const { host_permissions: e2eHosts, ...e2eRest } = e2e;
  assert.deepEqual(e2eRest, storeRest, 'only host_permissions differ');
  assert.deepEqual(e2eHosts.slice(-search.length), search);
  assert.equal(store.web_accessible_resources, undefined, 'no web page can fetch a file of PSF Lens');
});

test('search pages cost no request and tell the background nothing', async () => {
  assert.deepEqual(session.refused, [], 'every request was a fixture page');
  const kept = await (await session.worker()).evaluate(async () => Object.keys(await chrome.storage.session.get(null)));
  assert.deepEqual(kept, [], 'no tab state: the marks sent no message');
  assert.deepEqual(errors, []);
});
