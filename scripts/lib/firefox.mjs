// Drives Firefox ESR with the built PSF Lens installed (puppeteer-core over WebDriver BiDi), on fixture pages.
// Firefox has no DevTools protocol any more, so what the Chromium helpers (browser.mjs) read through it is read
// here another way: the badge's words through BiDi's serialization, tab ids through an extension page's own API.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { fixtureFor, heldScript } from './fixtures.mjs';

/** The store build, and the end-to-end build whose popup and workspace the driver may open (see vite.config.ts). */
export const FIREFOX_DIST = resolve('dist/firefox');
export const FIREFOX_E2E_DIST = resolve('dist/firefox-e2e');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ADDON_ID = 'psf-lens@psf-lens.org';
/** Fixed, so the tests know the extension's origin (Firefox otherwise picks a random one per profile). */
const UUID = '3f6f2a0e-9c1d-4b7a-8e25-5d0c7b1e4a90';
export const EXTENSION_ORIGIN = `moz-extension://${UUID}`;

const delay = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * `prefs`: more Firefox preferences; `acceptInsecureCerts`: for a loopback HTTPS server with a self-signed
 * certificate (the feed tests).
 */
export async function launchFirefox({ dist = FIREFOX_DIST, prefs = {}, acceptInsecureCerts = false } = {}) {
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`no build at ${dist}: run npm run build first`);
  if (!existsSync(FIREFOX)) throw new Error(`no Firefox at ${FIREFOX}: apt-get install firefox-esr (or FIREFOX_PATH)`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts,
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }), ...prefs },
  });
  await browser.installExtension(dist);
  const refused = [];
  const errors = [];

  async function newPage() {
    const page = await browser.newPage();
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    page.on('console', (message) => message.type() === 'error' && errors.push(`${page.url()}: ${message.text()}`));
    await page.setRequestInterception(true);
    // Firefox may drop an intercepted request before the answer reaches it (the page navigated on, or closed):
    // BiDi then says "no such request". That is not a failure of the page under test, so it is not reported.
    const gone = (error) => {
      if (!/no such request/i.test(String(error?.message))) errors.push(`interception: ${error?.message}`);
    };
    page.on('request', (request) => {
      const body = request.isNavigationRequest() ? fixtureFor(request.url()) : null;
      if (body !== null) {
        request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body }).catch(gone);
        return;
      }
      const held = heldScript(request.url());
      if (held !== null) {
        const answer = () =>
          void request.respond({ status: 200, contentType: 'text/javascript', body: '' }).catch(gone);
        setTimeout(answer, held);
        return;
      }
      refused.push(request.url());
      request.abort().catch(gone);
    });
    return page;
  }

  /**
   * Opens one of PSF Lens's pages (`src/options/index.html#/library`). WebDriver BiDi may not navigate to a
   * moz-extension: address, but a web page may, to a web-accessible one: so from a fixture page, by script.
   */
  async function openExtensionPage(path, page) {
    page ??= await newPage();
    const url = `${EXTENSION_ORIGIN}/${path}`;
    await page.goto('https://example.org/');
    await page.evaluate((to) => void (location.href = to), url);
    for (let i = 0; i < 100; i++) {
      const at = await page
        .evaluate(() => location.href.startsWith('moz-extension:') && document.readyState)
        .catch(() => false);
      if (at === 'complete') return page;
      await delay(50);
    }
    throw new Error(`${url} did not open`);
  }

  /** Runs `fn(arg)` in an extension page, where PSF Lens's own browser API is (Firefox has no way into the background). */
  async function inExtension(fn, arg) {
    const helper = await openExtensionPage('src/options/index.html#/settings');
    try {
      return await helper.evaluate(fn, arg);
    } finally {
      await helper.close();
    }
  }

  /** The Firefox tab id of a page (the popup takes it as ?tabId=). */
  async function tabIdOf(page) {
    const url = await page.evaluate(() => location.href);
    return inExtension(async (u) => (await browser.tabs.query({ url: u }))[0]?.id, url);
  }

  /** The toolbar button's badge text and title for a tab. */
  function toolbarOf(tabId) {
    return inExtension(
      async (id) => ({
        text: await browser.action.getBadgeText({ tabId: id }),
        title: await browser.action.getTitle({ tabId: id }),
      }),
      tabId,
    );
  }

  /** The popup for a tab, in a page of its own as the Chromium tests open it. */
  async function openPopup(tabId) {
    const popup = await openExtensionPage(`src/popup/index.html?tabId=${tabId}`);
    await popup.waitForSelector('.scorecard, .status:not([role="status"])');
    return popup;
  }

  return {
    browser,
    newPage,
    openExtensionPage,
    inExtension,
    tabIdOf,
    toolbarOf,
    openPopup,
    refused,
    errors,
    /** Installs another build over this one, as an update does (same add-on id, a newer version). */
    update: (newDist) => browser.installExtension(newDist),
    close: () => browser.close(),
  };
}

/**
 * The badge's host element as the page lays it out (its closed shadow root stays closed to page scripts): the
 * popover PSF Lens adds to <html> (fixture pages add none of their own).
 */
export function badgeBox(page) {
  return page.evaluate(() => {
    const host = [...document.documentElement.children].find((n) => n.hasAttribute('popover'));
    if (!host) return null;
    const r = host.getBoundingClientRect();
    return {
      width: r.width,
      height: r.height,
      right: innerWidth - r.right,
      bottom: innerHeight - r.bottom,
      topLayer: host.matches(':popover-open'),
      shadowVisible: host.shadowRoot !== null,
    };
  });
}

/** Runs `fn` (a function's source) in the page with `nodes` (BiDi node references) as its arguments. */
async function callWithNodes(page, fn, nodes) {
  const { result } = await page.browser().connection.send('script.callFunction', {
    functionDeclaration: fn,
    arguments: nodes.map(({ sharedId }) => ({ sharedId })),
    target: { context: page.mainFrame()._id },
    awaitPromise: false,
  });
  return result.result?.value?.map((item) => item.value ?? null);
}

/** The words a serialized node renders: its text, and the generated content the badge's CSS draws from `data-t`. */
function textOf(node) {
  const { value } = node;
  if (value.nodeType === 3) return value.nodeValue;
  if (value.localName === 'style') return '';
  const children = [value.shadowRoot, ...(value.children ?? [])].filter(Boolean);
  return [value.attributes?.['data-t'] ?? '', ...children.map(textOf)].join(' ');
}

function withClass(node, name, found = []) {
  const { value } = node;
  if (value.attributes?.class?.split(' ').includes(name)) found.push(node);
  for (const child of [value.shadowRoot, ...(value.children ?? [])].filter(Boolean)) withClass(child, name, found);
  return found;
}

/**
 * The badge's words, or null with no badge. Page scripts get no shadow root from the badge's host; the test reads
 * it as the driver may, through WebDriver BiDi's serialization of closed shadow trees (`includeShadowTree: all`).
 * `classes` also returns the on-screen centre of the first shown element with each of those class names, for a click.
 */
export async function readBadge(page, classes = []) {
  const { result } = await page.browser().connection.send('script.evaluate', {
    expression: "[...document.documentElement.children].find((n) => n.hasAttribute('popover')) ?? null",
    target: { context: page.mainFrame()._id },
    awaitPromise: false,
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: null },
  });
  const host = result.result;
  if (host?.type !== 'node') return null;
  const shadow = host.value.shadowRoot;
  if (!shadow) return { mode: 'none', text: '', centres: {} };
  const centres = {};
  for (const name of classes) {
    const [x, y] = await callWithNodes(
      page,
      `(...nodes) => {
        const r = nodes.map((n) => n.getBoundingClientRect()).find((box) => box.width > 0);
        return r ? [r.x + r.width / 2, r.y + r.height / 2] : [];
      }`,
      withClass(shadow, name),
    );
    centres[name] = x === undefined ? undefined : { x, y };
  }
  return { mode: shadow.value.mode, text: textOf(shadow).replace(/\s+/g, ' ').trim(), centres };
}

/** Waits for the badge with words (or, `present: false`, for no badge) and returns it. */
export async function waitForBadge(page, { timeout = 5000, present = true, classes } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const badge = await readBadge(page, classes);
    if (present ? badge?.text : !badge) return badge;
    if (Date.now() > end) throw new Error(present ? 'no badge appeared' : 'the badge did not go away');
    await delay(50);
  }
}
