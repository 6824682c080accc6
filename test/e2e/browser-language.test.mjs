// PSF Lens under a German browser, with the language setting on "the browser's language" (the default): Chromium
// started with --lang=de and LANGUAGE=de (on Linux it reads its UI language from the environment) answers
// chrome.i18n.getUILanguage() with "de", and the popup and the workspace's pages come up in German. The dataset's
// own words (domain names, findings, actions) stay English, marked lang="en"; every other text on a page is checked
// against the English catalog, so an English sentence left in a German page fails here, naming it.
// Debian's Chromium speaks German only with the chromium-l10n package (its locale files); .ci/run installs it.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { CHROMIUM, launch, tabIdOf, toolbarOf, waitForBadge, waitForReady } from '../../scripts/lib/browser.mjs';
import { codexPopup, englishOnly, readText } from '../../scripts/lib/languages.mjs';

const ENGLISH_ONLY = englishOnly('de');

let session;
const errors = [];

before(async () => {
  const l10n = join(dirname(CHROMIUM), '../lib/chromium/locales/de.pak');
  assert.ok(
    !CHROMIUM.startsWith('/usr/bin/') || existsSync(l10n),
    `no ${l10n}: Debian's Chromium speaks German only with its locales, apt-get install chromium-l10n`,
  );
  session = await launch({ args: ['--lang=de'], env: { LANGUAGE: 'de', LANG: 'de_DE.UTF-8' } });
  session.ctx.on('page', (page) => {
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  });
  await waitForReady(session);
});

after(async () => {
  await session?.close();
});

async function assertGerman(page, where) {
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'de', `${where}: <html lang>`);
  const text = await readText(page);
  const left = ENGLISH_ONLY.filter((phrase) => text.includes(phrase));
  assert.deepEqual(left, [], `${where} shows English outside lang="en"`);
}

async function workspace(t, hash) {
  const page = await session.ctx.newPage();
  t.after(() => page.close());
  await page.goto(`chrome-extension://${session.extensionId}/src/options/index.html${hash}`);
  await page.locator('h1').first().waitFor();
  await page.getByText(/^PSF-Daten vom /).waitFor();
  return page;
}

test('the browser speaks German, and PSF Lens is set to follow it', async (t) => {
  const worker = await session.worker();
  assert.equal(await worker.evaluate(() => chrome.i18n.getUILanguage()), 'de');
  const page = await workspace(t, '#/settings');
  const select = page.locator('select:has(option[value="auto"])');
  assert.equal(await select.inputValue(), 'auto');
  assert.match(await select.locator('option[value="auto"]').textContent(), /^Sprache des Browsers \(Deutsch/);
});

test('the popup opens in German; the assessment’s own words stay English', async (t) => {
  const popup = await codexPopup(session, t);
  await popup.getByRole('heading', { level: 2, name: 'Zuerst tun' }).waitFor();
  assert.match(await popup.locator('.verdict-line').textContent(), /^Gap in 2 von 8 eingestuften Domänen: /);
  assert.equal(await popup.locator('.domain-name[lang="en"]').count(), 8);
  await assertGerman(popup, 'the popup');
});

test('the in-page badge and the toolbar’s title in German, no English phrase in them', async (t) => {
  const page = await session.ctx.newPage();
  t.after(() => page.close());
  await page.goto('https://haystack.deepset.ai/');
  const badge = await waitForBadge(page);
  assert.match(badge.text, /^PSF Haystack 4 von 8 Domänen eingestuft: 1 Strong · 2 Partial · 1 Gap Details: anklicken/);
  const tabId = await tabIdOf(session, page);
  let title = '';
  for (let i = 0; i < 100 && !title.includes('erfasst'); i++) {
    ({ title } = await toolbarOf(session, tabId));
    await page.waitForTimeout(50);
  }
  assert.equal(title, 'PSF Lens: Haystack, 3 Strong · 4 Partial · 1 Gap · 4 von 8 erfasst');
  const said = [badge.text, ...badge.labels, title].join('\n');
  assert.deepEqual(
    ENGLISH_ONLY.filter((phrase) => said.includes(phrase)),
    [],
    'English left in the badge or the title',
  );
});

test('the library: heading, count, filters and table in German', async (t) => {
  const page = await workspace(t, '#/library');
  assert.equal(await page.locator('h1').textContent(), 'Bibliothek');
  assert.match(await page.locator('.count').textContent(), /^\d+ Produkte$/);
  await page.getByRole('searchbox', { name: 'Suche' }).fill('foundation');
  await page.getByText(/^Treffer: 4 von \d+ Produkten$/).waitFor();
  assert.match(await page.title(), /^Bibliothek · PSF Lens – Arbeitsbereich$/);
  await assertGerman(page, 'the library');
});

test('a product page, its watch and its history in German', async (t) => {
  const page = await workspace(t, '#/product/openai-codex');
  await page.getByRole('heading', { level: 2, name: 'Verlauf der Einstufungen' }).waitFor();
  await page.getByRole('link', { name: 'Checkliste der Maßnahmen' }).waitFor();
  await page.getByLabel(/^OpenAI Codex beobachten: /).waitFor();
  await assertGerman(page, 'the product page');
});

test('a comparison and a rating’s findings in German', async (t) => {
  const page = await workspace(t, '#/compare?products=langchain,crewai,haystack');
  assert.equal(await page.locator('h1').textContent(), 'Vergleich');
  await page.getByText(/^Die erfassten Einstufungen weichen in \d von 8 Domänen ab\./).waitFor();
  await page.getByRole('button', { name: /^✕?\S+ CrewAI, D3: Befunde zeigen$/ }).click();
  await page.getByRole('button', { name: 'Befunde schließen' }).waitFor();
  await assertGerman(page, 'the comparison');
});

test('a checklist in German, saving a status', async (t) => {
  const page = await workspace(t, '#/checklist/semantic-kernel');
  assert.equal(await page.locator('h1').textContent(), 'Checkliste der Maßnahmen: Semantic Kernel');
  await page.getByText('0 erledigt · 0 in Arbeit · 3 offen · 0 nicht zutreffend, von 3 Maßnahmen').waitFor();
  await page.getByLabel('Status').first().selectOption('done');
  await page.getByText('Gespeichert', { exact: true }).waitFor();
  await page.getByText('1 erledigt · 0 in Arbeit · 2 offen · 0 nicht zutreffend, von 3 Maßnahmen').waitFor();
  await assertGerman(page, 'the checklist');
});

test('the welcome page in German', async (t) => {
  const page = await workspace(t, '#/welcome');
  assert.equal(await page.locator('h1').textContent(), 'Willkommen bei PSF Lens');
  await assertGerman(page, 'the welcome page');
});

test('no script error under the German browser', () => {
  assert.deepEqual(errors, []);
});
