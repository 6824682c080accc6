// End to end in Firefox ESR: the Firefox build installs, loads its dataset, and shows the badge only where it
// should. Firefox's WebDriver BiDi cannot see into a closed shadow root, so the badge's words are checked in
// Chromium (extension.test.mjs); here its presence, its size and its isolation are.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { badgeBox, launchFirefox } from '../../scripts/lib/firefox.mjs';

let firefox;
let page;

async function settledBox(present) {
  for (let i = 0; i < 60; i++) {
    const box = await badgeBox(page);
    if (Boolean(box) === present) return box;
    await new Promise((r) => setTimeout(r, 100));
  }
  return badgeBox(page);
}

before(async () => {
  firefox = await launchFirefox();
  page = await firefox.newPage();
  // The background loads the dataset on install; the first page may come before it has published the rules.
  for (let i = 0; i < 20 && !(await badgeBox(page)); i++) {
    await page.goto('https://openai.com/codex/');
    await settledBox(true);
  }
});

after(async () => {
  await firefox?.close();
});

test('the badge shows on rated product pages, in a closed shadow root', async () => {
  for (const url of [
    'https://openai.com/codex/',
    'https://github.com/langchain-ai/langchain',
    'https://haystack.deepset.ai/',
  ]) {
    await page.goto(url);
    const box = await settledBox(true);
    assert.ok(box && box.width > 150 && box.height > 30, `${url}: badge box ${JSON.stringify(box)}`);
    assert.equal(box.shadowVisible, false, 'page scripts see no shadow root');
  }
});

test('no badge on pages that are not a rated product', async () => {
  for (const url of ['https://example.org/', 'https://openai.com/careers', 'https://github.com/openai/whisper']) {
    await page.goto(url);
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(await badgeBox(page), null, url);
  }
});

test('single-page navigation removes and restores the badge', async () => {
  await page.goto('https://openai.com/codex/');
  assert.ok(await settledBox(true));
  await page.click('#to-careers');
  assert.equal(await settledBox(false), null, 'gone after pushState to /careers');
  await page.click('#to-pricing');
  assert.ok(await settledBox(true), 'back on /codex/pricing/');
});

test('nothing but fixture pages was requested', () => {
  // Firefox asks for /favicon.ico by itself; that request is the browser's, not PSF Lens's.
  assert.deepEqual(
    firefox.refused.filter((url) => !url.endsWith('/favicon.ico')),
    [],
  );
});
