// End to end in Firefox ESR, on the end-to-end build (dist/firefox-e2e, whose popup and workspace the driver may
// open): the popup, the workspace, the signed feed from a loopback HTTPS server, and the user's own data through
// a feed installed, feeds refused, a refused import and an update of PSF Lens itself.
import assert from 'node:assert/strict';
import { webcrypto } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startFeedServer } from '../../scripts/lib/feed-server.mjs';
import { clickButton, control, fill, textOf, textsOf, waitForText } from '../../scripts/lib/firefox-dom.mjs';
import { FIREFOX_E2E_DIST, launchFirefox, readBadge, waitForBadge } from '../../scripts/lib/firefox.mjs';

const work = mkdtempSync(join(tmpdir(), 'psf-lens-firefox-'));
const DATASET = JSON.parse(readFileSync('public/data/psf-dataset.json', 'utf8'));
const ALLOWLIST = 'Agree a plugin allowlist for each business unit before rollout.';
let firefox;
let feed;

/** A vendor page with its badge up (the first page after install may come before the rules are published). */
async function vendorPage(url) {
  const page = await firefox.newPage();
  for (let i = 0; i < 10; i++) {
    await page.goto(url);
    if (await waitForBadge(page, { timeout: 2000 }).catch(() => null)) return page;
  }
  throw new Error(`no badge on ${url}`);
}

const workspace = (hash) => firefox.openExtensionPage(`src/options/index.html${hash}`);

before(async () => {
  feed = await startFeedServer();
  firefox = await launchFirefox({
    dist: FIREFOX_E2E_DIST,
    acceptInsecureCerts: true,
    prefs: { 'network.dns.localDomains': feed.host },
  });
});

after(async () => {
  await firefox?.close();
  await feed?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('the popup', () => {
  test('shows the product, the assessment, the eight domains and the link to the source', async () => {
    const page = await vendorPage('https://openai.com/codex/');
    const popup = await firefox.openPopup(await firefox.tabIdOf(page));
    assert.equal(await textOf(popup, 'h1'), 'OpenAI Codex');
    assert.match(await textOf(popup, '.rated-by'), /Production AI Institute.*PSF v1\.1 · 2026-06-02/);
    assert.deepEqual(
      await textsOf(popup, '.domain-name'),
      DATASET.domains.map((d) => d.name),
      'the eight domains, D1 to D8',
    );
    const ratings = (await textsOf(popup, '.domain .rating')).map((r) => r.replace(/^\W+/, ''));
    assert.deepEqual(ratings, ['Partial', 'Partial', 'Partial', 'Gap', 'Partial', 'Strong', 'Gap', 'Partial']);
    assert.equal((await popup.$$('.domain .rating-icon')).length, 8, 'each rating has an icon, not colour alone');
    await (await popup.$$('.domain-head'))[6].click();
    assert.equal(await popup.$$eval('.domain details', (all) => all[6].open), true);
    assert.ok((await popup.$$('details[open] .domain-body li')).length >= 3, 'D7 lists its findings and actions');
    assert.match(await textOf(popup, '.context'), /Independence:.*Look again when:/s);
    const link = await popup.$eval('a.primary', (a) => [a.getAttribute('href'), a.getAttribute('rel')]);
    assert.deepEqual(link, [
      'https://www.productionai.institute/insights/openai-codex-sites-plugins-psf-assessment-2026',
      'noopener noreferrer',
    ]);
    assert.match(await textOf(popup, '.why'), /^Recognised by the page’s address: \/codex on openai\.com\.$/);
    assert.match(await textOf(popup, 'footer'), /CC BY 4\.0/);
    await Promise.all([popup.close(), page.close()]);
  });

  test("on a vendor's home page about several rated products, offers each of them", async () => {
    const page = await vendorPage('https://www.anthropic.com/');
    const popup = await firefox.openPopup(await firefox.tabIdOf(page));
    const first = await textOf(popup, 'h1');
    const other = first === 'Claude Opus 4.8' ? 'Claude Sonnet 4.6' : 'Claude Opus 4.8';
    await clickButton(popup, other);
    await waitForText(popup, new RegExp(`^${other}$`), { selector: 'h1' });
    // Sonnet 4.6 has three ratings captured (all Strong), Opus 4.8 none: every missing one says so, none is a Gap.
    const ratings = (await textsOf(popup, '.domain .rating')).map((r) => r.replace(/^\W+/, ''));
    const captured = other === 'Claude Opus 4.8' ? [] : Array(3).fill('Strong');
    assert.deepEqual(ratings, [...captured, ...Array(8 - captured.length).fill('not captured')]);
    await Promise.all([popup.close(), page.close()]);
  });

  test('hiding the badge for a site sticks, and the popup brings it back', async () => {
    const page = await vendorPage('https://www.crewai.com/');
    const click = async (name) => {
      const { centres } = await readBadge(page, [name]);
      await page.mouse.click(centres[name].x, centres[name].y);
    };
    await click('close');
    await new Promise((r) => setTimeout(r, 700)); // the confirmation ignores clicks right after it appears
    await click('a'); // "Hide", the first answer
    await waitForBadge(page, { present: false });
    await page.reload();
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(await readBadge(page), null, 'hidden on crewai.com after a reload');
    const tabId = await firefox.tabIdOf(page);
    assert.equal((await firefox.toolbarOf(tabId)).text, 'PSF', 'the toolbar still tells');
    const popup = await firefox.openPopup(tabId);
    const toggle = await control(popup, 'Show the badge on crewai.com');
    assert.equal(await toggle.evaluate((n) => n.checked), false);
    await toggle.click();
    await new Promise((r) => setTimeout(r, 200));
    await page.reload();
    await waitForBadge(page);
    await Promise.all([popup.close(), page.close()]);
  });
});

describe('the workspace', () => {
  test('#/library lists every product with its eight ratings; #/compare marks the rows that differ', async () => {
    const page = await workspace('#/library');
    await page.waitForSelector('.library-table tbody tr');
    assert.equal((await page.$$('.library-table tbody tr')).length, DATASET.products.length);
    assert.match(await page.title(), /Library/);
    await page.evaluate((to) => void (location.hash = to), '#/compare?products=langchain,crewai');
    await page.waitForSelector('.compare-table');
    assert.deepEqual(await textsOf(page, '.compare-table thead a'), ['LangChain / LangGraph', 'CrewAI']);
    await (await control(page, 'Show only rows that differ')).click();
    const visible = await page.$$eval('.compare-table tbody tr', (trs) => trs.filter((tr) => tr.offsetParent).length);
    assert.equal(visible, 7);
    await page.close();
  });

  test('#/product/<id> shows the assessment; an unknown id says so', async () => {
    const page = await workspace('#/product/langchain');
    await waitForText(page, /^LangChain \/ LangGraph$/, { selector: 'h1' });
    assert.equal((await page.$$('.domain')).length, 8);
    await page.evaluate(() => void (location.hash = '#/product/no-such-product'));
    await waitForText(page, /no-such-product/);
    await page.close();
  });
});

describe("the user's data through feeds, a refused import and an update", () => {
  let page;
  before(async () => {
    page = await workspace('#/checklist/openai-codex');
  });
  after(() => page?.close());

  const row = { within: 'li.action-row', withinText: ALLOWLIST };

  test('a checklist entry, a watched product and an imported organisation file', async () => {
    await waitForText(page, new RegExp(ALLOWLIST.replace('.', '\\.')), { selector: 'li.action-row' });
    await (await control(page, 'Status', row)).select('done');
    await fill(await control(page, 'Owner', row), 'Dana from security');
    await page.keyboard.press('Tab');
    await waitForText(page, /Saved/, { selector: 'li.action-row' });

    await page.evaluate(() => void (location.hash = '#/product/openai-codex'));
    // The box is off until the watch state arrives from the background (control waits), and while a change is saved.
    await (await control(page, 'Watch OpenAI Codex')).click();
    await page.waitForSelector('.watch input:checked:enabled');

    const own = structuredClone(DATASET);
    own.products = own.products.filter((p) => p.id === 'crewai');
    own.assessments = own.assessments
      .filter((a) => a.productId === 'crewai')
      .map((a) => ({ ...a, id: 'acme-crewai', title: 'Acme review of CrewAI' }));
    writeFileSync(join(work, 'acme.json'), JSON.stringify(own));
    own.assessments[0].ratings.D1 = 'Excellent';
    writeFileSync(join(work, 'broken.json'), JSON.stringify(own));
    await page.evaluate(() => void (location.hash = '#/organisation'));
    await (await control(page, 'Import a dataset file (JSON)')).uploadFile(join(work, 'acme.json'));
    await waitForText(page, /Imported acme\.json: 1 product, 1 assessment\./);
  });

  test('a signed, newer feed is installed; one signed by another key and an older one are refused', async () => {
    await feed.serve('2026.12.01');
    await page.evaluate(() => void (location.hash = '#/settings'));
    // The settings arrive from the background after the page shows; on a busy machine that is later than this line.
    await waitForText(page, /^Settings$/, { selector: 'main h1' });
    await fill(await control(page, 'Feed URL'), feed.urlWithPort);
    await fill(await control(page, 'Public key'), feed.publicKey);
    await clickButton(page, 'Save the feed settings');
    await waitForText(page, /^Saved\.$/, { selector: '[role="status"]' });
    await clickButton(page, 'Update now');
    await waitForText(page, /Updated to version 2026\.12\.01\./);

    const other = await webcrypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify']);
    const otherKey = Buffer.from(await webcrypto.subtle.exportKey('raw', other.publicKey)).toString('base64');
    await feed.serve('2026.12.24');
    await fill(await control(page, 'Public key'), otherKey);
    await clickButton(page, 'Save the feed settings');
    await clickButton(page, 'Update now');
    await waitForText(page, /Last result: Kept version 2026\.12\.01: the signature does not match /, {
      selector: '[role="alert"]',
    });

    await fill(await control(page, 'Public key'), feed.publicKey);
    await clickButton(page, 'Save the feed settings');
    await feed.serve('2026.06.01');
    await clickButton(page, 'Update now');
    await waitForText(
      page,
      /rollback refused: the feed has version 2026\.06\.01, older than the installed 2026\.12\.01/,
      {
        selector: '[role="alert"]',
      },
    );
  });

  test('a bad organisation file is refused with its problem, and changes nothing', async () => {
    await page.evaluate(() => void (location.hash = '#/organisation'));
    await (await control(page, 'Import a dataset file (JSON)')).uploadFile(join(work, 'broken.json'));
    const alert = await waitForText(page, /broken\.json was not imported/, { selector: '[role="alert"]' });
    assert.match(alert, /\$\.assessments\[0\]\.ratings\.D1: This value must be one of Strong, Partial, Gap\./);
    assert.equal((await page.$$('.org-list > li')).length, 1);
  });

  test('an update of PSF Lens with a newer bundled dataset keeps all of it; a dropped action is kept as retired', async () => {
    const dist = join(work, 'update');
    cpSync(FIREFOX_E2E_DIST, dist, { recursive: true });
    const dataset = structuredClone(DATASET);
    dataset.version = '2026.12.31';
    const codex = dataset.assessments.find((a) => a.productId === 'openai-codex');
    codex.domains.D1.actions = codex.domains.D1.actions.filter((a) => a.text !== ALLOWLIST);
    writeFileSync(join(dist, 'data', 'psf-dataset.json'), JSON.stringify(dataset));
    const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
    manifest.version = `${manifest.version}.1`;
    writeFileSync(join(dist, 'manifest.json'), JSON.stringify(manifest));
    await page.close();
    await firefox.update(dist);

    // The updated background loads its bundled dataset as it starts; the page shows the dataset of when it opened.
    page = await workspace('#/checklist/openai-codex');
    for (let i = 0; i < 20 && !/version 2026\.12\.31/.test(await page.evaluate(() => document.body.innerText)); i++) {
      await new Promise((r) => setTimeout(r, 250));
      await firefox.openExtensionPage('src/options/index.html#/checklist/openai-codex', page);
      await page.waitForSelector('li.action-row');
    }
    await waitForText(page, /PSF data of .*version 2026\.12\.31/);
    const retired = { within: 'section.retired li.action-row', withinText: ALLOWLIST };
    assert.equal(await (await control(page, 'Status', retired)).evaluate((n) => n.value), 'done');
    assert.equal(await (await control(page, 'Owner', retired)).evaluate((n) => n.value), 'Dana from security');
    await page.evaluate(() => void (location.hash = '#/product/openai-codex'));
    assert.equal(await (await control(page, 'Watch OpenAI Codex')).evaluate((n) => n.checked), true);
    await page.evaluate(() => void (location.hash = '#/organisation'));
    await waitForText(page, /acme\.json/, { selector: '.org-list > li' });
  });
});

test('nothing but fixture pages and the feed was requested, and no script error', () => {
  assert.deepEqual(
    firefox.refused.filter((url) => !url.endsWith('/favicon.ico')),
    [],
  );
  assert.ok(
    feed.log.some((r) => r.path === '/psf-dataset.json'),
    'the feed was asked',
  );
  assert.deepEqual(firefox.errors, []);
});
