// The in-page badge and the toolbar button's title in the language chosen on the settings page, in real
// Chromium: German chosen, an open vendor page's badge turns German at once (the content script reads its words
// from storage, where the background publishes them in the chosen language), and so does the toolbar's title;
// back on "the browser's language", English again (this browser's).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { readBadge, tabIdOf, toolbarOf, waitForBadge } from '../../scripts/lib/browser.mjs';
import { chooseLanguage, watchedSession } from '../../scripts/lib/languages.mjs';

let session;
let errors = [];

before(async () => {
  ({ session, errors } = await watchedSession());
});

after(async () => {
  await session?.close();
});

/** Waits until the page's badge says `pattern`, and returns it. */
async function badgeSaying(page, pattern, timeout = 5000) {
  const end = Date.now() + timeout;
  for (;;) {
    const badge = await readBadge(page);
    if (badge && pattern.test(badge.text)) return badge;
    if (Date.now() > end) throw new Error(`the badge never said ${pattern}; it says: ${badge?.text}`);
    await page.waitForTimeout(50);
  }
}

/** The toolbar button's title for a page, once it matches `want` (the page's report reaches the background first). */
async function titleOf(page, want) {
  const tabId = await tabIdOf(session, page);
  const matches = (title) => (want instanceof RegExp ? want.test(title) : title === want);
  let title = '';
  for (let i = 0; i < 100 && !matches(title); i++) {
    ({ title } = await toolbarOf(session, tabId));
    if (!matches(title)) await page.waitForTimeout(50);
  }
  return title;
}

async function open(url, t) {
  const page = await session.ctx.newPage();
  t.after(() => page.close());
  await page.goto(url);
  await waitForBadge(page);
  return page;
}

const ENGLISH = {
  haystack:
    /^PSF Haystack 4 of 8 domains rated: 1 Strong · 2 Partial · 1 Gap Details: click, or the PSF Lens icon in the toolbar/,
  haystackTitle: 'PSF Lens: Haystack, 3 Strong · 4 Partial · 1 Gap · 4 of 8 captured',
  anthropic: /^PSF Anthropic: 2 rated products Claude (Sonnet 4\.6|Opus 4\.8) · Claude/,
};

test('German chosen: the open page’s badge and title turn German at once, words and labels', async (t) => {
  const page = await open('https://haystack.deepset.ai/', t);
  await badgeSaying(page, ENGLISH.haystack);
  assert.equal(await titleOf(page, ENGLISH.haystackTitle), ENGLISH.haystackTitle);

  await chooseLanguage(session, 'de', t);
  const badge = await badgeSaying(page, /Details: anklicken/);
  assert.match(
    badge.text,
    /^PSF Haystack 4 von 8 Domänen eingestuft: 1 Strong · 2 Partial · 1 Gap Details: anklicken, oder das PSF-Lens-Symbol in der Symbolleiste ‹ × PSF Lens auf haystack\.deepset\.ai ausblenden\? Ausblenden Behalten$/,
  );
  assert.deepEqual(badge.labels, ['PSF Lens', 'PSF-Badge einklappen', 'PSF Lens auf haystack.deepset.ai ausblenden…']);
  assert.equal(badge.mode, 'closed');

  const want = 'PSF Lens: Haystack, 3 Strong · 4 Partial · 1 Gap · 4 von 8 erfasst';
  assert.equal(await titleOf(page, want), want, 'the open page’s title, without a reload');
  await page.reload();
  await badgeSaying(page, /eingestuft/);
  assert.equal(await titleOf(page, want), want);

  // A vendor's home page about several products: the count in German's plural.
  const home = await open('https://www.anthropic.com/', t);
  assert.match(
    (await badgeSaying(home, /Anthropic: 2 bewertete Produkte/)).text,
    /^PSF Anthropic: 2 bewertete Produkte Claude/,
  );
  const several = /^PSF Lens: 2 bewertete Produkte hier: Claude/;
  assert.match(await titleOf(home, several), several);
});

test('back on the browser’s language: English again, at once, and in the title', async (t) => {
  const page = await open('https://haystack.deepset.ai/', t);
  await badgeSaying(page, /eingestuft/);
  await chooseLanguage(session, 'auto', t);
  const badge = await badgeSaying(page, ENGLISH.haystack);
  assert.deepEqual(badge.labels, ['PSF Lens', 'Fold the PSF badge', 'Hide PSF Lens on haystack.deepset.ai…']);
  assert.equal(await titleOf(page, ENGLISH.haystackTitle), ENGLISH.haystackTitle);
  await page.reload();
  await badgeSaying(page, ENGLISH.haystack);
  assert.equal(await titleOf(page, ENGLISH.haystackTitle), ENGLISH.haystackTitle);
  const home = await open('https://www.anthropic.com/', t);
  assert.match((await badgeSaying(home, ENGLISH.anthropic)).text, ENGLISH.anthropic);
});

test('no script error on any page', () => {
  assert.deepEqual(errors, []);
});
