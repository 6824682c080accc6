// Pages already open when PSF Lens is installed or updated. Chromium gives a page loaded before the install no
// content script, so PSF Lens brings it to the open tabs of rated pages itself, and the page the user installed it
// from shows its badge without a reload; Firefox brings declared content scripts to open tabs itself, and there the
// page must still show one badge, not two. An update leaves the old script in open pages cut off from PSF Lens:
// its badge must bow out quietly when used, not throw. Firefox stops the old script there and brings the new one:
// the old one's badge, dead, must go, and the new one's stay alone. Chromium is driven by puppeteer-core here: only its pipe
// connection may install an extension into a running browser (Extensions.loadUnpacked), as the store does.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { badgeThrough, CHROMIUM, clickInBadge, DIST } from '../../scripts/lib/browser.mjs';
import { fixtureFor } from '../../scripts/lib/fixtures.mjs';
import { FIREFOX, FIREFOX_DIST, FIREFOX_E2E_DIST, launchFirefox, waitForBadge } from '../../scripts/lib/firefox.mjs';

/** A Chromium without PSF Lens, which a test installs it into; `errors` and `refused` collect what its pages met. */
async function chromium(t) {
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    enableExtensions: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'],
  });
  t.after(() => browser.close());
  const errors = [];
  const refused = [];
  /** A tab on a fixture page; every other request is refused and recorded. */
  async function open(url) {
    const page = await browser.newPage();
    page.on('pageerror', (error) => errors.push(`${url}: ${error.message}`));
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (!/^https?:/.test(request.url())) return void request.continue();
      const body = request.resourceType() === 'document' ? fixtureFor(request.url()) : null;
      // The browser's own favicon request is neither the page's traffic nor PSF Lens's.
      if (body === null && !request.url().endsWith('/favicon.ico')) refused.push(request.url());
      if (body === null) return void request.abort();
      void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
    });
    await page.goto(url);
    return page;
  }
  return { browser, open, errors, refused };
}

/** The badge in `page` once `present` holds of it (a badge, or none), waiting up to `timeout` ms; else null. */
async function badgeIn(page, timeout, present = true) {
  const cdp = await page.createCDPSession();
  try {
    for (const end = Date.now() + timeout; ;) {
      const badge = await badgeThrough(cdp);
      if (Boolean(badge) === present || Date.now() > end) return badge;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    await cdp.detach();
  }
}

const popovers = (page) => page.evaluate(() => document.querySelectorAll('[popover]').length);

test('the rated pages open at install show their badge without a reload; the others stay untouched', async (t) => {
  const { browser, open, errors, refused } = await chromium(t);
  const codex = await open('https://openai.com/codex/');
  const careers = await open('https://openai.com/careers');
  assert.equal(await badgeIn(codex, 0), null, 'no badge before PSF Lens is installed');
  await browser.installExtension(DIST);
  const badge = await badgeIn(codex, 10_000);
  assert.ok(badge, 'the page PSF Lens was installed from shows its badge');
  assert.equal(badge.mode, 'closed');
  assert.match(badge.text, /^PSF OpenAI Codex/);
  await browser.waitForTarget((target) => target.url().endsWith('src/options/index.html#/welcome'), {
    timeout: 10_000,
  });
  assert.equal(await badgeIn(careers, 0), null, 'a page of no product gets nothing');
  // Injected once: the content script's own guard keeps a second copy out, and the page has one badge.
  assert.equal(await popovers(codex), 1);
  assert.deepEqual(errors, []);
  assert.deepEqual(refused, []);
});

test('after an update, the badge of a page open before it bows out quietly when pressed', async (t) => {
  const { browser, open, errors, refused } = await chromium(t);
  // A copy of the build, so that installing it again with a higher version is an update.
  const copy = mkdtempSync(join(tmpdir(), 'psf-lens-update-'));
  t.after(() => rmSync(copy, { recursive: true, force: true }));
  cpSync(DIST, copy, { recursive: true });
  await browser.installExtension(copy);
  // The install opens the welcome page in front: the vendor page comes after it, and is brought to the front.
  await browser.waitForTarget((target) => target.url().endsWith('src/options/index.html#/welcome'), {
    timeout: 10_000,
  });
  const page = await open('https://www.crewai.com/');
  assert.ok(await badgeIn(page, 10_000), 'the badge before the update');
  const manifest = JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf8'));
  writeFileSync(join(copy, 'manifest.json'), JSON.stringify({ ...manifest, version: `${manifest.version}.1` }));
  await browser.installExtension(copy);
  // Pressed with the mouse, which needs no keyboard focus: a busy machine gives a page brought to the front the
  // keyboard only a while later. (Reaching the badge with the keyboard is tested on a page of its own.)
  await page.bringToFront();
  assert.ok(await badgeIn(page, 0), 'the badge is still there after the update, cut off');
  await clickInBadge(page, 'm');
  assert.equal(await badgeIn(page, 5000, false), null, 'the cut-off badge went away');
  assert.deepEqual(errors, [], 'and threw nothing');
  assert.deepEqual(refused, []);
});

test('in Firefox, which brings the content script to open tabs itself, the page has one badge', async () => {
  const firefox = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  try {
    const page = await firefox.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const body = request.isNavigationRequest() ? fixtureFor(request.url()) : null;
      // Firefox may drop an intercepted request the page no longer waits for: not this test's concern.
      const answer = body === null ? request.abort() : request.respond({ status: 200, contentType: 'text/html', body });
      answer.catch(() => {});
    });
    await page.goto('https://openai.com/codex/');
    const tabs = (await firefox.pages()).length;
    await firefox.installExtension(FIREFOX_DIST);
    assert.match((await waitForBadge(page, { timeout: 10_000 })).text, /^PSF OpenAI Codex/);
    // The welcome page opens once PSF Lens has brought its script to the open tabs, so by then any second copy ran.
    // (Firefox shows the driver an extension page's tab as about:blank: it is counted, not named.)
    for (const end = Date.now() + 10_000; (await firefox.pages()).length === tabs && Date.now() < end;)
      await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal((await firefox.pages()).length, tabs + 1, 'the welcome page opened');
    assert.equal(await popovers(page), 1);
  } finally {
    await firefox.close();
  }
});

test("after an update in Firefox, an open page keeps one badge, the new version's, which follows the page", async (t) => {
  // A copy of the end-to-end build (whose pages tell the version installed), so that a higher version is an update.
  const copy = mkdtempSync(join(tmpdir(), 'psf-lens-update-'));
  t.after(() => rmSync(copy, { recursive: true, force: true }));
  cpSync(FIREFOX_E2E_DIST, copy, { recursive: true });
  const firefox = await launchFirefox({ dist: copy });
  t.after(() => firefox.close());
  const page = await firefox.newPage();
  for (let i = 0; i < 10 && !(await waitForBadge(page, { timeout: 2000 }).catch(() => null)); i++)
    await page.goto('https://openai.com/codex/');
  assert.equal(await popovers(page), 1, 'one badge before the update');
  const manifest = JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf8'));
  const version = `${manifest.version}.1`;
  writeFileSync(join(copy, 'manifest.json'), JSON.stringify({ ...manifest, version }));
  await firefox.update(copy);
  const installed = () => firefox.inExtension(() => browser.runtime.getManifest().version).catch(() => null);
  for (const end = Date.now() + 10_000; (await installed()) !== version && Date.now() < end;)
    await new Promise((resolve) => setTimeout(resolve, 200));
  assert.equal(await installed(), version, 'the update is in');
  let count = await popovers(page);
  for (const end = Date.now() + 5000; count !== 1 && Date.now() < end; count = await popovers(page))
    await new Promise((resolve) => setTimeout(resolve, 100));
  assert.equal(count, 1, "one badge after the update, not the old one's under the new one's");
  // The badge left is a live one: it goes when the page moves on to a page of no product, and comes back.
  await page.evaluate(() => history.pushState({}, '', '/careers'));
  await waitForBadge(page, { present: false });
  await page.evaluate(() => history.pushState({}, '', '/codex/'));
  assert.match((await waitForBadge(page)).text, /^PSF OpenAI Codex/);
  assert.equal(await popovers(page), 1);
  assert.deepEqual(firefox.errors, []);
});

test('PSF Lens removed and installed again in Firefox: an open page shows one badge, a live one', async (t) => {
  const firefox = await launchFirefox({ dist: FIREFOX_DIST });
  t.after(() => firefox.close());
  const page = await firefox.newPage();
  for (let i = 0; i < 10 && !(await waitForBadge(page, { timeout: 2000 }).catch(() => null)); i++)
    await page.goto('https://openai.com/codex/');
  await firefox.browser.uninstallExtension('psf-lens@psf-lens.org');
  // Firefox stops the script and leaves what it put in the page: its badge, dead.
  assert.equal(await popovers(page), 1);
  await firefox.update(FIREFOX_DIST);
  // Whenever the new run's script comes, a page of no product then has no badge: the dead one must have gone.
  await page.evaluate(() => history.pushState({}, '', '/careers'));
  await waitForBadge(page, { present: false, timeout: 10_000 });
  await page.evaluate(() => history.pushState({}, '', '/codex/'));
  assert.match((await waitForBadge(page)).text, /^PSF OpenAI Codex/);
  assert.equal(await popovers(page), 1);
  assert.deepEqual(firefox.errors, []);
});
