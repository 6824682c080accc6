// The workspace in real Chromium: each page from its deep link, and a checklist that survives a dataset update
// (the extension reloaded with a new dataset) and a service worker restart.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { DIST, launch, stopServiceWorker, waitForReady } from '../../scripts/lib/browser.mjs';

// A copy of the build, so this test can ship it a new dataset without touching the other tests' extension, and a
// profile that outlives a browser restart, as a user's does.
const dist = mkdtempSync(join(tmpdir(), 'psf-lens-dist-'));
const profile = mkdtempSync(join(tmpdir(), 'psf-lens-profile-'));
let session;
const errors = [];

async function open(hash, t) {
  const page = await session.ctx.newPage();
  t.after(() => page.close());
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`chrome-extension://${session.extensionId}/src/options/index.html${hash}`);
  return page;
}

before(async () => {
  cpSync(DIST, dist, { recursive: true });
  session = await launch({ dist, profile });
  await waitForReady(session);
});

after(async () => {
  await session?.close();
  rmSync(dist, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
});

test('#/library lists every product with its eight ratings, and filters by a domain rating', async (t) => {
  const page = await open('#/library', t);
  const rows = page.locator('.library-table tbody tr');
  await rows.first().waitFor();
  const { products } = JSON.parse(readFileSync('public/data/psf-dataset.json', 'utf8'));
  assert.equal(await rows.count(), products.length);
  assert.match(await page.title(), /Library/);
  await page.getByLabel('Domain', { exact: false }).first().selectOption('D7');
  const condition = page.locator('select').filter({ hasText: 'captured and not Gap' });
  await condition.selectOption({
    label: await condition.locator('option', { hasText: 'captured and not Gap' }).first().textContent(),
  });
  await page.waitForTimeout(100);
  const names = await page
    .locator('.library-table tbody tr')
    .evaluateAll((trs) => trs.map((tr) => tr.querySelector('a')?.textContent));
  // D7 captured and not Gap: LangChain, AutoGen, Semantic Kernel (Strong or Partial); Codex and CrewAI have a Gap.
  assert.deepEqual(new Set(names), new Set(['LangChain / LangGraph', 'AutoGen / AG2', 'Semantic Kernel']));
});

test('#/product/<id> shows the assessment; an unknown id says so', async (t) => {
  const page = await open('#/product/langchain', t);
  await page.getByRole('heading', { level: 1, name: 'LangChain / LangGraph' }).waitFor();
  assert.equal(await page.locator('.domain').count(), 8);
  const missing = await open('#/product/no-such-product', t);
  await missing
    .getByText(/no-such-product/)
    .first()
    .waitFor();
  assert.ok(await missing.getByRole('link', { name: /library/i }).count());
});

test("#/product/<id> shows the eight ratings at a glance in one row, each on its rating's colour", async (t) => {
  const page = await open('#/product/langchain', t);
  const cells = page.getByRole('list', { name: 'The eight domain ratings' }).getByRole('listitem');
  await cells.first().waitFor();
  const looks = await cells.evaluateAll((lis) =>
    lis.map((li) => {
      const style = getComputedStyle(li);
      return { top: li.getBoundingClientRect().top, marker: style.listStyleType, background: style.backgroundColor };
    }),
  );
  assert.equal(looks.length, 8);
  assert.equal(new Set(looks.map((l) => l.top)).size, 1, 'all eight on one line');
  assert.deepEqual(new Set(looks.map((l) => l.marker)), new Set(['none']), 'no list numbers');
  // D3 is Gap and D4 Strong: each cell is drawn on its rating's own colour, not left transparent.
  assert.notEqual(looks[2].background, 'rgba(0, 0, 0, 0)');
  assert.notEqual(looks[2].background, looks[3].background);
});

test('#/compare shows the products from the URL side by side and marks the rows that differ', async (t) => {
  const page = await open('#/compare?products=langchain,crewai', t);
  await page.locator('.compare-table').waitFor();
  const heads = await page.locator('.compare-table thead a').allTextContents();
  assert.deepEqual(heads, ['LangChain / LangGraph', 'CrewAI']);
  // LangChain and CrewAI agree only on D3 (Gap, Gap).
  assert.equal((await page.getByText('differs', { exact: false }).count()) >= 7, true);
  await page.getByLabel(/only rows that differ/i).check();
  const visible = await page
    .locator('.compare-table tbody tr')
    .evaluateAll((trs) => trs.filter((tr) => tr.offsetParent !== null).length);
  assert.equal(visible, 7);
});

test('#/compare from the keyboard: arrow keys browse the products to add, Enter adds the one chosen', async (t) => {
  const page = await open('#/compare?products=langchain,crewai', t);
  await page.locator('.compare-table').waitFor();
  await page.getByLabel('Add a product').focus();
  // A closed list in Chromium changes its value with each arrow key: each used to add a product.
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await page.waitForTimeout(200);
  assert.equal(new URL(page.url()).hash, '#/compare?products=langchain,crewai');
  const chosen = await page.getByLabel('Add a product').inputValue();
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => location.hash.endsWith(`,${id}`), chosen);
  assert.equal(await page.locator('.compare-table thead a').count(), 3);
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'SELECT');
});

test('a printed checklist shows each note whole and the assessment’s address', async (t) => {
  const page = await open('#/checklist/langchain', t);
  const notes = page.locator('.action-row').first().getByLabel('Notes');
  const log = ['Asked the vendor on 3 March', 'No answer yet', 'Chased on 10 March', 'Answer: SOC 2 only', 'Ticket 42'];
  await notes.fill(log.join('\n'));
  await page.emulateMedia({ media: 'print' });
  // On screen the box shows two rows and scrolls; on paper nothing scrolls, so the rest was simply not there.
  const box = await notes.evaluate((el) => ({ shown: el.clientHeight, needed: el.scrollHeight }));
  assert.ok(box.needed <= box.shown, `the printed note is cut off: ${JSON.stringify(box)}`);
  const link = page.locator('.checklist > .sub a');
  const printed = await link.evaluate((a) => getComputedStyle(a, '::after').content);
  assert.match(printed, /attr\(href\)|https:\/\//, `the assessment's address is not printed: ${printed}`);
});

test('a checklist survives a dataset update and a service worker restart; a removed action is kept as retired', async (t) => {
  const ALLOWLIST = 'Agree a plugin allowlist for each business unit before rollout.';
  const page = await open('#/checklist/openai-codex', t);
  const row = page.locator('li.action-row', { hasText: ALLOWLIST });
  await row.waitFor();
  await row.getByLabel('Status').selectOption('done');
  await row.getByLabel('Owner').fill('Dana from security');
  await row.getByLabel('Owner').blur();
  await row.getByText('Saved').waitFor();

  // An update: the browser closes, a new version of PSF Lens with a new dataset that no longer has that action
  // is installed over the old one, and the browser starts again on the same profile.
  await session.close();
  const file = join(dist, 'data', 'psf-dataset.json');
  const dataset = JSON.parse(readFileSync(file, 'utf8'));
  dataset.version = '2026.12.31';
  const codex = dataset.assessments.find((a) => a.productId === 'openai-codex');
  codex.domains.D1.actions = codex.domains.D1.actions.filter((a) => a.text !== ALLOWLIST);
  writeFileSync(file, JSON.stringify(dataset));
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  manifest.version = `${manifest.version}.1`;
  writeFileSync(join(dist, 'manifest.json'), JSON.stringify(manifest));
  session = await launch({ dist, profile });
  await waitForReady(session);

  const afterUpdate = await open('#/checklist/openai-codex', t);
  await afterUpdate.getByText(/PSF data of .*version 2026\.12\.31/).waitFor();
  const retired = afterUpdate.locator('section.retired li.action-row', { hasText: ALLOWLIST });
  await retired.waitFor();
  assert.equal(await retired.getByLabel('Status').inputValue(), 'done');
  assert.equal(await retired.getByLabel('Owner').inputValue(), 'Dana from security');

  await stopServiceWorker(session, afterUpdate);
  await afterUpdate.reload();
  const again = afterUpdate.locator('section.retired li.action-row', { hasText: ALLOWLIST });
  await again.waitFor();
  assert.equal(await again.getByLabel('Owner').inputValue(), 'Dana from security');
});

test("the organisation's own assessments: a good file is imported and labelled, a bad one refused with its problems", async (t) => {
  const own = JSON.parse(readFileSync('public/data/psf-dataset.json', 'utf8'));
  own.products = own.products.filter((p) => p.id === 'crewai');
  own.assessments = [
    {
      ...own.assessments.find((a) => a.productId === 'crewai'),
      id: 'acme-crewai',
      title: 'Acme review of CrewAI',
      url: 'https://wiki.acme.example/crewai',
    },
  ];
  const page = await open('#/organisation', t);
  const input = page.getByLabel('Import a dataset file (JSON)');
  await input.setInputFiles({
    name: 'acme.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(own)),
  });
  await page.getByText('Imported acme.json: 1 product, 1 assessment.').waitFor();
  await page.getByRole('listitem', { name: 'acme.json' }).waitFor();

  own.assessments[0].ratings.D1 = 'Excellent';
  await input.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(own)),
  });
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(
    await alert.textContent(),
    /broken\.json was not imported, and nothing changed: 1 problem\..*\$\.assessments\[0\]\.ratings\.D1: This value must be one of Strong, Partial, Gap\./s,
  );
  assert.equal(await page.locator('.org-list > li').count(), 1);

  const product = await open('#/product/crewai', t);
  const section = product.getByRole('region', { name: "Your organisation's assessment: Acme review of CrewAI" });
  await section.waitFor();
  assert.match(await section.textContent(), /Your organisation's assessment · from “acme\.json” · not PAI's/);
  assert.equal(
    await product.getByRole('heading', { level: 2, name: 'CrewAI in Production: A PSF Domain Assessment' }).count(),
    1,
    "PAI's own assessment is still there",
  );

  // Set beside PAI's in the comparison, each column saying whose it is; the differing row marked.
  await section.getByRole('link', { name: 'Compare this assessment with others…' }).click();
  const heads = product.locator('.compare-table thead th.product-col');
  await heads.nth(1).waitFor();
  assert.deepEqual(
    await heads.evaluateAll((ths) => ths.map((th) => th.querySelector('.org-label')?.textContent ?? "PAI's")),
    ["PAI's", "your organisation's assessment, from “acme.json”"],
  );
  await product.getByRole('button', { name: /CrewAI \(your organisation's assessment\), D7/ }).click();
  await product.getByRole('link', { name: /Open the page it links to/ }).waitFor();
  assert.equal(
    await product.getByRole('link', { name: /Open the page it links to/ }).getAttribute('href'),
    own.assessments[0].url,
  );
});

test('a setting switched from the keyboard keeps the focus while it is saved, with the worker asleep', async (t) => {
  const page = await open('#/settings', t);
  const badge = page.getByRole('checkbox', { name: 'Show the in-page badge' });
  // The whole page shown (its last part, the search marks' switch, waits for the browser's permissions).
  await page.getByRole('checkbox', { name: /search results/ }).waitFor();
  await badge.focus();
  // Off, then on again (the other tests want the badge): each time saved, the switch enabled again, and the focus
  // still on it, where Space can switch it once more.
  for (const expected of [false, true]) {
    // A worker asleep, as a user's mostly is: the switch stays disabled while the save waits for it.
    assert.equal(await stopServiceWorker(session, page), true);
    await page.keyboard.press('Space');
    // Saved, the page has taken the answer in (the switch shows it, enabled again), and the focus is on it.
    const kept = await page
      .waitForFunction(
        async (on) => {
          const box = [...document.querySelectorAll('input[type=checkbox]')].find((b) =>
            b.closest('label')?.textContent?.includes('Show the in-page badge'),
          );
          const stored = (await chrome.storage.local.get('settings')).settings?.badgeEnabled;
          return stored === on && box?.checked === on && !box.disabled && document.activeElement === box;
        },
        expected,
        { timeout: 5000, polling: 100 },
      )
      .then(
        () => true,
        () => false,
      );
    assert.equal(kept, true, `switched ${expected ? 'on' : 'off'}: the focus is not on the switch`);
  }
});

test('no script error on any workspace page', () => {
  assert.deepEqual(errors, []);
});
