// The organisation's pages and the settings page in German and French in real Chromium, chosen through the
// settings page's language override; and what the user wrote stays theirs: an assessment written and saved in
// German reads the same, word for word, once the workspace is back in English. Only PSF Lens's own words change.
//
// Saving a version asks the browser for the product's site; as in organisation.test.mjs this drives the
// end-to-end build (dist/chrome-e2e), where the test site is granted at install, so the browser answers at once.
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { chooseLanguage as choose, englishLeft, watchedSession } from '../../scripts/lib/languages.mjs';

const SITE = 'acme-agent.example';
const FINDING = 'Keine Löschfrist dokumentiert; Protokolle bleiben unbegrenzt gespeichert.';
let session;
let errors = [];

before(async () => {
  ({ session, errors } = await watchedSession({ dist: resolve('dist/chrome-e2e') }));
});

after(async () => {
  await session?.close();
});

async function open(hash, t) {
  const page = await session.ctx.newPage();
  t.after(() => page.close());
  await page.goto(`chrome-extension://${session.extensionId}/src/options/index.html${hash}`);
  return page;
}

const chooseLanguage = (value, t) => choose(session, value, t);

async function allIn(locale, page, where) {
  assert.equal(await page.evaluate(() => document.documentElement.lang), locale, `${where}: <html lang>`);
  assert.deepEqual(await englishLeft(page, locale), [], `${where} shows English outside lang="en"`);
}

const headings = (page, level) => page.locator(`main h${level}`).allTextContents();
const acmeItem = (page) => page.locator('.org-written').getByRole('listitem', { name: 'Acme Agent' });

test('German: the settings page speaks German, each date and "never" too', async (t) => {
  const page = await chooseLanguage('de', t);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
  assert.deepEqual(await headings(page, 1), ['Einstellungen']);
  assert.deepEqual(await headings(page, 2), [
    'PSF-Daten',
    'Signierter Feed',
    'Der Feed Ihrer Organisation',
    'Auf Anbieterseiten',
    'Auf Suchergebnisseiten',
    'Sprache',
  ]);
  assert.equal(await page.title(), 'Einstellungen · PSF Lens – Arbeitsbereich');
  assert.match(
    await page.locator('main .meta').first().textContent(),
    /^Letzte Feed-Prüfung: nie · letzter Erfolg: nie/,
  );
  assert.equal(await page.getByRole('button', { name: 'Jetzt aktualisieren' }).isDisabled(), true);
  await page.getByRole('textbox', { name: 'Feed-URL', exact: true }).waitFor();
  await page.getByRole('textbox', { name: 'Feed-URL der Organisation' }).waitFor();
  await page.getByRole('checkbox', { name: 'Badge auf der Seite anzeigen' }).waitFor();
  const text = await page.locator('main').textContent();
  for (const english of ['Signed feed', 'Update now', 'Save the feed settings', 'Last result', 'Check every'])
    assert.ok(!text.includes(english), `no English "${english}" on the German settings page`);
  await allIn('de', page, 'the settings page');
});

test('German: an assessment written and saved in German, every label and state in German', async (t) => {
  const page = await open('#/organisation/new', t);
  await page.getByRole('heading', { level: 1, name: 'Eine neue Bewertung' }).waitFor();
  await page.getByLabel('Produktname').fill('Acme Agent');
  await page.getByLabel('Anbieter', { exact: true }).fill('Acme');
  await page.getByLabel('Website 1: Host').fill(SITE);
  await page.getByLabel(/^Bewertet von/).fill('Sicherheitsteam');
  await page.getByLabel('Umfang').fill('Gehostete Version, Vertrag 2026');
  const d3 = page.getByRole('group', { name: /^D3 / });
  await d3.getByRole('radiogroup', { name: 'Einstufung D3 Data Protection' }).getByLabel('Gap').check();
  await d3.getByRole('button', { name: 'Befund hinzufügen' }).click();
  await d3.getByLabel('Befund 1', { exact: true }).fill(FINDING);
  await page.locator('.save-line', { hasText: /^Entwurf um \d\d:\d\d(:\d\d)? gespeichert\./ }).waitFor();
  assert.equal(await page.title(), 'Bewertung von Acme Agent · PSF Lens – Arbeitsbereich');
  await allIn('de', page, 'the assessment editor');

  await page.getByRole('button', { name: 'Version speichern' }).click();
  await page.getByText(`Als Version 1 gespeichert. PSF Lens zeigt sie auf ${SITE} an.`).waitFor({ timeout: 10_000 });
  const history = page.locator('.org-history');
  assert.equal(await history.locator('summary').textContent(), 'Verlauf Ihrer Einstufungen (1 Version)');
  await history.locator('summary').click();
  assert.match(await history.textContent(), /Version 1, gespeichert am .+ · bewertet von Sicherheitsteam am \d{4}-/);
  assert.match(await history.textContent(), /D3 Data Protection: nicht bewertet → Gap/);
  await allIn('de', page, 'the saved assessment with its history');

  await page.getByRole('link', { name: 'Fragebogen für den Anbieter' }).click();
  const questionnaire = page;
  await questionnaire.getByRole('heading', { level: 1, name: 'Fragebogen für Acme: Acme Agent' }).waitFor();
  await questionnaire.getByRole('button', { name: 'Als CSV speichern (zum Ausfüllen durch den Anbieter)' }).waitFor();
  assert.match(await questionnaire.locator('main').textContent(), /Gewünschte Belege: /);
  await allIn('de', questionnaire, 'the vendor questionnaire');

  const list = await open('#/organisation', t);
  await list.getByRole('heading', { level: 1, name: 'Die Bewertungen Ihrer Organisation' }).waitFor();
  assert.match(
    await acmeItem(list).textContent(),
    /Acme Agent · Acme · gespeichert · Version 1 · 1 Gap · 7 nicht bewertet/,
  );
  await acmeItem(list).getByRole('button', { name: 'Acme Agent löschen' }).waitFor();
  assert.equal(await list.locator('p.empty').textContent(), 'Noch nichts importiert.');
  await allIn('de', list, 'the organisation page');
});

test('French: the organisation page and the settings page, plurals the French way', async (t) => {
  const settings = await chooseLanguage('fr', t);
  assert.deepEqual(await headings(settings, 1), ['Paramètres']);
  assert.match(
    await settings.locator('main .meta').first().textContent(),
    /^Dernière vérification du flux\u00a0: jamais/,
  );
  await settings.getByRole('button', { name: 'Enregistrer les paramètres du flux' }).waitFor();

  const list = await open('#/organisation', t);
  await list.getByRole('heading', { level: 1, name: 'Les évaluations de votre organisation' }).waitFor();
  assert.match(await acmeItem(list).textContent(), /Acme · enregistrée · version 1 · 1 Gap · 7 non évalués/);
  await list.getByRole('link', { name: 'Rédiger une nouvelle évaluation' }).waitFor();
  assert.equal(await list.title(), 'Les évaluations de votre organisation · Espace de travail PSF Lens');
  await allIn('fr', list, 'the organisation page');
  await allIn('fr', settings, 'the settings page');
});

test('English again: the assessment written in German is whole, in the words it was written in', async (t) => {
  await chooseLanguage('auto', t);
  const list = await open('#/organisation', t);
  await list.getByRole('heading', { level: 1, name: "Your organisation's assessments" }).waitFor();
  assert.match(await acmeItem(list).textContent(), /Acme Agent · Acme · saved · version 1 · 1 Gap · 7 not assessed/);

  await acmeItem(list).getByRole('link', { name: 'Edit Acme Agent' }).click();
  await list.getByRole('heading', { level: 1, name: 'Your assessment of Acme Agent' }).waitFor();
  assert.equal(await list.getByLabel('Product name').inputValue(), 'Acme Agent');
  assert.equal(await list.getByLabel(/^Assessor/).inputValue(), 'Sicherheitsteam');
  assert.equal(await list.getByLabel('Scope').inputValue(), 'Gehostete Version, Vertrag 2026');
  const d3 = list.getByRole('group', { name: /^D3 / });
  assert.equal(await d3.getByLabel('Finding 1', { exact: true }).inputValue(), FINDING);
  assert.equal(
    await d3.getByRole('radiogroup', { name: 'D3 Data Protection rating' }).getByLabel('Gap').isChecked(),
    true,
  );
  assert.match(await list.locator('.save-line').textContent(), /This is version 1\./);
  assert.equal(await list.locator('.org-history summary').textContent(), 'History of your ratings (1 version)');
});

test('no script error in any language', () => {
  assert.deepEqual(errors, []);
});
