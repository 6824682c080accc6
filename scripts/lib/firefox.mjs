// Drives Firefox ESR with the built PSF Lens installed (puppeteer-core over WebDriver BiDi), on fixture pages.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { fixtureFor } from './fixtures.mjs';

export const FIREFOX_DIST = resolve('dist/firefox');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export async function launchFirefox() {
  if (!existsSync(join(FIREFOX_DIST, 'manifest.json')))
    throw new Error(`no build at ${FIREFOX_DIST}: run npm run build first`);
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  await browser.installExtension(FIREFOX_DIST);
  const refused = [];
  async function newPage() {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const body = request.isNavigationRequest() ? fixtureFor(request.url()) : null;
      if (body !== null) {
        void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
        return;
      }
      refused.push(request.url());
      void request.abort();
    });
    return page;
  }
  return { browser, newPage, refused, close: () => browser.close() };
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
