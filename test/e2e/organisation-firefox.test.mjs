// The organisation's own assessment in Firefox ESR, on the end-to-end build: written in the workspace for a site PAI
// does not rate, saved, and granted, it registers PSF Lens's content script there and shows on the site.
// Firefox's prompt for an optional host permission is browser UI no driver can answer; the preference
// extensions.webextOptionalPermissionPrompts set to false makes Firefox grant what permissions.request asks, at once.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { clickButton, control, fill, waitForText } from '../../scripts/lib/firefox-dom.mjs';
import { FIREFOX_E2E_DIST, launchFirefox, waitForBadge } from '../../scripts/lib/firefox.mjs';

const SITE = 'acme-agent.example';
let firefox;

before(async () => {
  firefox = await launchFirefox({
    dist: FIREFOX_E2E_DIST,
    prefs: { 'extensions.webextOptionalPermissionPrompts': false },
  });
});

after(async () => {
  await firefox?.close();
});

test('saving an assessment of a product on its own site registers the content script there, with no error', async () => {
  const page = await firefox.openExtensionPage('src/options/index.html#/organisation/new');
  await page.waitForSelector('#f-name');
  // The welcome page PSF Lens opens on install may come in front of it: typed into a tab behind, keys crawl.
  await page.bringToFront();
  await fill(await control(page, 'Product name'), 'Acme Agent');
  await fill(await control(page, 'Vendor'), 'Acme');
  await fill(await page.$('input[aria-label="Site 1: host"]'), SITE);
  await fill(await control(page, 'Assessor'), 'Security team');
  const d3Gap = await page.evaluateHandle(() =>
    [...document.querySelectorAll('input[name="rating-D3"]')].find((i) => i.labels[0].textContent.trim() === 'Gap'),
  );
  await d3Gap.asElement().click();
  await waitForText(page, /Draft saved/);
  await clickButton(page, 'Save version');
  await waitForText(page, new RegExp(`Saved as version 1\\. PSF Lens shows it on ${SITE.replace('.', '\\.')}\\.`));
  assert.deepEqual(await page.$$eval('[role="alert"]', (alerts) => alerts.map((a) => a.textContent)), []);
  const registered = await firefox.inExtension(async () =>
    (await browser.scripting.getRegisteredContentScripts()).map(({ id, js, matches }) => ({ id, js, matches })),
  );
  assert.deepEqual(registered, [
    {
      id: 'psf-lens-organisation',
      js: ['src/content/index.js'],
      matches: [`https://${SITE}/*`, `https://www.${SITE}/*`],
    },
  ]);

  const vendor = await firefox.newPage();
  await vendor.goto(`https://${SITE}/`);
  assert.match((await waitForBadge(vendor)).text, /Acme Agent Your organisation's rating: 1 of 8 domains rated: 1 Gap/);
  await Promise.all([vendor.close(), page.close()]);
});

test('no script error', () => {
  assert.deepEqual(firefox.errors, []);
});
