// PSF Lens in German and French in real Chromium: the language chosen on the settings page reloads the
// workspace in it, and the popup opens in it; the assessment's own text stays English, marked lang="en"; back on
// "the browser's language" it follows the browser's (English here).
// This browser runs in English; browser-language.test.mjs starts one in German (--lang=de with LANGUAGE=de, and
// Debian's chromium-l10n package) and checks that the popup and the workspace's pages follow it on the default
// setting, "the browser's language".
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { chooseLanguage as choose, codexPopup, pagePopup, watchedSession } from '../../scripts/lib/languages.mjs';

let session;
let errors = [];

before(async () => {
  ({ session, errors } = await watchedSession());
});

after(async () => {
  await session?.close();
});

async function chooseLanguage(value, t) {
  const page = await choose(session, value, t);
  await page.locator('nav a').first().waitFor();
  return page;
}

const navOf = (page) => page.locator('header nav a').allTextContents();

test('German: the workspace reloads in German, the popup opens in German, the assessment stays English', async (t) => {
  const workspace = await chooseLanguage('de', t);
  assert.equal(await workspace.evaluate(() => document.documentElement.lang), 'de');
  assert.deepEqual(await navOf(workspace), ['Bibliothek', 'Ihre Organisation', 'Einstellungen']);
  assert.match(await workspace.locator('.data-line').textContent(), /^PSF-Daten vom \d{4}-\d\d-\d\d, mitgeliefert/);

  const popup = await codexPopup(session, t);
  assert.equal(await popup.evaluate(() => document.documentElement.lang), 'de');
  await popup.getByRole('heading', { level: 2, name: 'Zuerst tun' }).waitFor();
  assert.match(await popup.locator('.verdict-line').textContent(), /^Gap in 2 von 8 eingestuften Domänen: /);
  assert.match(await popup.locator('footer').textContent(), /Badge auf openai\.com anzeigen/);
  assert.equal(await popup.locator('.domain-name[lang="en"]').count(), 8, 'domain names are English, marked so');
  assert.equal(await popup.locator('h1').textContent(), 'OpenAI Codex');
  // Why the page was recognised, in German too: not the detection engine's English sentence marked lang="en".
  assert.equal(
    await popup.locator('footer .why').textContent(),
    'Erkannt an der Adresse der Seite: /codex auf openai.com.',
  );
  assert.equal(await popup.locator('footer .why [lang]').count(), 0);
});

test('German at 400 px: the header’s links wrap, with the comparison’s among them, and nothing scrolls sideways', async (t) => {
  const page = await chooseLanguage('de', t);
  await page.setViewportSize({ width: 400, height: 800 });
  await page.evaluate(() => (location.hash = '#/compare'));
  await page.getByRole('link', { name: 'Vergleichen (0)' }).waitFor();
  const settings = page.locator('header nav a', { hasText: 'Einstellungen' });
  assert.ok((await settings.boundingBox()).x + (await settings.boundingBox()).width <= 400, 'Einstellungen is cut off');
  assert.equal(
    await page.evaluate(() => document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth),
    0,
  );
});

test('German on a vendor’s home page: the popup says it was recognised as the home page, in German', async (t) => {
  await chooseLanguage('de', t);
  const popup = await pagePopup(session, 'https://www.anthropic.com/', t);
  await popup.locator('footer .why').waitFor();
  assert.equal(
    await popup.locator('footer .why').textContent(),
    'Erkannt an der Adresse der Seite: die Startseite von anthropic.com.',
  );
});

test('French: chosen over the browser’s language', async (t) => {
  const workspace = await chooseLanguage('fr', t);
  assert.deepEqual(await navOf(workspace), ['Bibliothèque', 'Votre organisation', 'Paramètres']);
  const popup = await codexPopup(session, t);
  await popup.getByRole('heading', { level: 2, name: 'À faire d’abord' }).waitFor();
  assert.match(await popup.locator('.verdict-line').textContent(), /^Gap dans 2 des 8 domaines notés\u00a0: /);
  assert.equal(
    await popup.locator('footer .why').textContent(),
    'Reconnu à l’adresse de la page\u00a0: /codex sur openai.com.',
  );
});

test('the browser’s language again: English, as this browser speaks', async (t) => {
  const workspace = await chooseLanguage('auto', t);
  assert.equal(await workspace.evaluate(() => document.documentElement.lang), 'en');
  assert.deepEqual(await navOf(workspace), ['Library', 'Your organisation', 'Settings']);
  const popup = await codexPopup(session, t);
  await popup.getByRole('heading', { level: 2, name: 'Do first' }).waitFor();
});

test('no script error in any language', () => {
  assert.deepEqual(errors, []);
});
