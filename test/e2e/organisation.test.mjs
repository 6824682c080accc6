// The organisation's own assessments in real Chromium: one written in the workspace shows on the vendor's own
// site only while the user grants that site, a revoked grant or a deleted assessment takes the content script away,
// and a draft survives a browser restart.
//
// Chromium's prompt for an optional host permission is browser UI that no test driver can answer (it is not in the
// DevTools protocol). So this test drives the end-to-end build (dist/chrome-e2e), in which the test site is granted
// at install: the workspace's click then calls permissions.request as it ships, and the browser answers at once.
// The grant is taken back through Chromium's own site-access settings (chrome://extensions), which is what a user
// does, and fires permissions.onRemoved. The store build is checked too: there, nothing runs on the site unasked.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import { launch, openPopup, readBadge, tabIdOf, waitForBadge, waitForReady } from '../../scripts/lib/browser.mjs';

const E2E_DIST = resolve('dist/chrome-e2e');
const SITE = 'acme-agent.example';
const PAGE = `<!doctype html><html><head><title>Acme Agent</title></head><body><h1>Acme Agent</h1></body></html>`;
const sessions = [];

after(async () => {
  for (const s of sessions) await s.close().catch(() => {});
});

async function start(options = {}) {
  const session = await launch({ dist: E2E_DIST, ...options });
  sessions.push(session);
  await session.ctx.route(`https://${SITE}/**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: PAGE }),
  );
  await waitForReady(session);
  return session;
}

async function workspace(session, hash) {
  const page = await session.ctx.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/src/options/index.html${hash}`);
  return page;
}

/** Writes and saves an assessment of Acme Agent, on SITE, with D3 rated Gap. */
async function writeAssessment(page, { save = true } = {}) {
  await page.getByLabel('Product name').fill('Acme Agent');
  await page.getByLabel('Vendor', { exact: true }).fill('Acme');
  await page.getByLabel('Site 1: host').fill(SITE);
  await page.getByLabel(/^Assessor/).fill('Security team');
  await page
    .getByRole('radiogroup', { name: /D3 Data Protection/ })
    .getByLabel('Gap')
    .check();
  await page.locator('.save-line', { hasText: 'Draft saved' }).waitFor({ timeout: 5000 });
  if (save) await page.getByRole('button', { name: 'Save version' }).click();
}

async function registered(session) {
  const worker = await session.worker();
  return worker.evaluate(async () =>
    (await chrome.scripting.getRegisteredContentScripts()).map((s) => ({ id: s.id, matches: s.matches })),
  );
}

async function until(check, what, timeout = 5000) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** Chromium's site-access setting for PSF Lens, as chrome://extensions sets it: all sites, or on click only. */
async function siteAccess(session, hostAccess) {
  const page = await session.ctx.newPage();
  await page.goto('chrome://extensions/');
  await page.evaluate(
    ([extensionId, access]) =>
      chrome.developerPrivate.updateExtensionConfiguration({ extensionId, hostAccess: access }),
    [session.extensionId, hostAccess],
  );
  await page.close();
}

test('saved for its site: the badge shows the organisation’s rating there; revoked or deleted: nothing runs', async () => {
  const session = await start();
  const page = await workspace(session, '#/organisation/new');
  await writeAssessment(page);
  await page.getByText(`Saved as version 1. PSF Lens shows it on ${SITE}`).waitFor({ timeout: 10_000 });
  await until(
    async () => (await registered(session)).some((s) => s.matches?.includes(`https://${SITE}/*`)),
    'the content script registered for the site',
  );

  const vendor = await session.ctx.newPage();
  await vendor.goto(`https://${SITE}/agent`);
  const badge = await waitForBadge(vendor);
  assert.match(badge.text, /Acme Agent/);
  assert.match(badge.text, /Your organisation's rating: 1 of 8 domains rated: 1 Gap/);

  // The popup leads to the assessment's own page in the workspace, where it can be compared and tracked.
  const popup = await openPopup(session, await tabIdOf(session, vendor));
  const [product] = await Promise.all([
    session.ctx.waitForEvent('page'),
    popup.getByRole('link', { name: 'Read it in the workspace' }).click(),
  ]);
  await product.getByRole('heading', { level: 1, name: 'Acme Agent' }).waitFor();
  await product.getByText(/has not published a PSF assessment of Acme Agent yet/).waitFor();
  await product.getByRole('link', { name: 'Compare this assessment with others…' }).waitFor();
  await Promise.all([popup.close(), product.close()]);

  // The user takes the site back in Chromium's settings: the registration goes, and the page shows nothing.
  await siteAccess(session, 'ON_CLICK');
  await until(async () => (await registered(session)).length === 0, 'the registration removed on revoke');
  await vendor.reload();
  await vendor.waitForTimeout(800);
  assert.equal(await readBadge(vendor), null);

  // Granted again, then the assessment deleted: the registration goes again.
  await siteAccess(session, 'ON_ALL_SITES');
  await until(async () => (await registered(session)).length === 1, 'the registration back with the grant');
  const list = await workspace(session, '#/organisation');
  const item = list.getByRole('listitem', { name: 'Acme Agent' });
  await item.getByRole('button', { name: /Delete/ }).click();
  await until(async () => (await registered(session)).length === 0, 'the registration removed on delete');
  await vendor.reload();
  await vendor.waitForTimeout(800);
  assert.equal(await readBadge(vendor), null);
});

test('the store build asks for the site and, until the user answers, runs nothing there', async () => {
  const session = await launch({ dist: resolve('dist/chrome') });
  sessions.push(session);
  await session.ctx.route(`https://${SITE}/**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: PAGE }),
  );
  await waitForReady(session);
  const page = await workspace(session, '#/organisation/new');
  await writeAssessment(page);
  // The browser's prompt is open (no driver can answer it); the version is saved all the same.
  const list = await workspace(session, '#/organisation');
  await list
    .getByRole('listitem', { name: 'Acme Agent' })
    .getByText(/version 1/)
    .waitFor({ timeout: 10_000 });
  assert.deepEqual(await registered(session), []);
  const vendor = await session.ctx.newPage();
  await vendor.goto(`https://${SITE}/`);
  await vendor.waitForTimeout(800);
  assert.equal(await readBadge(vendor), null);
});

test('a draft typed in the workspace survives a browser restart', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'psf-lens-profile-'));
  try {
    const first = await start({ profile });
    const page = await workspace(first, '#/organisation/new');
    await writeAssessment(page, { save: false });
    await page.getByLabel('Scope').fill('The hosted agent, contract of 2026');
    await page.locator('.save-line', { hasText: 'Draft saved' }).waitFor({ timeout: 5000 });
    const address = page.url();
    await first.close();
    sessions.splice(sessions.indexOf(first), 1);

    const second = await start({ profile });
    const again = await second.ctx.newPage();
    await again.goto(address);
    assert.equal(await again.getByLabel('Product name').inputValue(), 'Acme Agent');
    assert.equal(await again.getByLabel('Scope').inputValue(), 'The hosted agent, contract of 2026');
    assert.equal(
      await again
        .getByRole('radiogroup', { name: /D3 Data Protection/ })
        .getByLabel('Gap')
        .isChecked(),
      true,
    );
    const list = await workspace(second, '#/organisation');
    assert.match(
      await list.getByRole('listitem', { name: 'Acme Agent' }).textContent(),
      /draft, not saved as a version yet/,
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
