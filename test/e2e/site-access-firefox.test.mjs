// A rated site whose access the user took back from PSF Lens (Firefox lets anyone do so in its add-ons manager): no
// badge runs there, and the popup, which may not read that tab's address, says it sees no rated product and why that
// may be, rather than that there is none on the page.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { waitForText } from '../../scripts/lib/firefox-dom.mjs';
import { FIREFOX_E2E_DIST, launchFirefox, waitForBadge } from '../../scripts/lib/firefox.mjs';

let firefox;

before(async () => {
  firefox = await launchFirefox({ dist: FIREFOX_E2E_DIST });
});

after(async () => {
  await firefox?.close();
});

test("with openai.com's access taken back, the popup on the Codex page says what it cannot see, and why", async () => {
  const vendor = await firefox.newPage();
  await vendor.goto('https://openai.com/codex/');
  await waitForBadge(vendor);
  // Its id while PSF Lens may still find the tab by its address.
  const tabId = await firefox.tabIdOf(vendor);
  const removed = await firefox.inExtension(() => browser.permissions.remove({ origins: ['https://openai.com/*'] }));
  assert.equal(removed, true);
  await vendor.reload();
  await waitForBadge(vendor, { present: false });

  const popup = await firefox.openExtensionPage(`src/popup/index.html?tabId=${tabId}`);
  await waitForText(popup, /No rated product that PSF Lens can see here\. On a vendor's page, its access to the site/);
  assert.doesNotMatch(await popup.$eval('body', (b) => b.innerText), /No rated product on this page/);
  await Promise.all([popup.close(), vendor.close()]);
});

test('no script error', () => {
  assert.deepEqual(firefox.errors, []);
});
