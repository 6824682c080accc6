// The vendor questionnaire in real Chromium, as a buyer and a vendor use it: the CSV saved from the page, filled in
// as a spreadsheet writes it back (semicolons, a byte-order mark, quotes, a line break inside a cell, an extra
// column, right-to-left text) and read back: each answer shown as the vendor wrote it. Also as Excel saves it as
// "Unicode Text (*.txt)": UTF-16 LE with its byte-order mark and tabs, chosen through the real file input. And an
// older file read over newer answers by mistake, undone after a reload of the page (the answers and what they
// replaced kept in the extension's own IndexedDB), from the keyboard.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { launch, waitForReady } from '../../scripts/lib/browser.mjs';

let session;

before(async () => {
  session = await launch();
  await waitForReady(session);
});

after(async () => {
  await session?.close();
});

test('answers read back keep their line breaks and their own direction', async () => {
  const page = await session.ctx.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/src/options/index.html#/questionnaire/langchain`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save as CSV (for the vendor to fill in)' }).click(),
  ]);
  const saved = readFileSync(await download.path(), 'utf8');
  assert.ok(saved.startsWith('\uFEFFproduct_id,question_id,'), 'the CSV starts with its mark and header');
  const [first, second] = saved
    .trim()
    .split('\r\n')
    .slice(1)
    .map((line) => line.split(',')[1]);
  const filled = [
    'product_id;question_id;answer;evidence_links;notes',
    `langchain;${first};"Yes; we check ""everything"":\nschemas first,\nthen a size cap";https://acme.example/a;internal`,
    `langchain;${second};نعم، نفحص كل شيء;https://acme.example/b;`,
  ].join('\r\n');
  await page
    .getByLabel("Read the vendor's answers (their filled-in CSV)")
    .setInputFiles({ name: 'answers.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${filled}`) });
  await page.getByText('2 answers read.').waitFor();
  const answer = (id) => page.getByLabel(`Answer to ${id}`).locator('p').first();
  assert.equal(await answer(first).innerText(), 'Yes; we check "everything":\nschemas first,\nthen a size cap');
  assert.equal(await answer(second).evaluate((p) => getComputedStyle(p).direction), 'rtl');
  assert.equal(await answer(first).evaluate((p) => getComputedStyle(p).direction), 'ltr');
  await page.close();
});

test('a file Excel saved as Unicode Text (UTF-16, tabs) is read through the real file input, accents kept', async () => {
  const page = await session.ctx.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/src/options/index.html#/questionnaire/langchain`);
  const input = page.getByLabel("Read the vendor's answers (their filled-in CSV)");
  assert.match(await input.getAttribute('accept'), /(^|,)\.txt(,|$)/, 'the picker offers .txt files');
  const id = await page.locator('.q-id').first().innerText();
  const text = [
    'product_id\tquestion_id\tanswer\tevidence_links',
    `langchain\t${id}\t"Überwachung täglich,\r\n""à la française"""\thttps://acme.example/a`,
  ].join('\r\n');
  const buffer = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${text}\r\n`, 'utf16le')]);
  await input.setInputFiles({ name: 'answers.txt', mimeType: 'text/plain', buffer });
  await page.getByText('1 answer read.').waitFor();
  const answer = page.getByLabel(`Answer to ${id}`).locator('p').first();
  assert.equal(await answer.innerText(), 'Überwachung täglich,\n"à la française"');
  await page.close();
});

test('an older answers file read over newer answers is undone after a reload, from the keyboard', async () => {
  const page = await session.ctx.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/src/options/index.html#/questionnaire/langchain`);
  const input = page.getByLabel("Read the vendor's answers (their filled-in CSV)");
  const id = await page.locator('.q-id').first().innerText();
  const read = (answer) =>
    input.setInputFiles({
      name: 'answers.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`product_id,question_id,answer,evidence_links\r\nlangchain,${id},${answer},\r\n`),
    });
  const answer = () => page.getByLabel(`Answer to ${id}`).locator('p').first().innerText();

  await read('Newer: prompts kept 7 days');
  await page.getByText('1 answer read.').waitFor();
  await read('Older: prompts kept 30 days');
  await page.getByText('1 of the answers read replaced a different one already recorded.').waitFor();
  // The questions are read again after the file: the answer shown follows the outcome said.
  await page.getByLabel(`Answer to ${id}`).getByText('Older: prompts kept 30 days').waitFor();
  const undo = page.getByRole('button', { name: 'Undo reading this file' });
  await page.waitForFunction(() => document.activeElement?.textContent === 'Undo reading this file');

  await page.reload();
  await page.getByText(/^The last answers file was read on .+: 1 answer read\./).waitFor();
  await undo.focus();
  await page.keyboard.press('Enter');
  await page.getByText('The answers are back as they were before the file was read.').waitFor();
  await page.waitForFunction(async () => document.activeElement?.getAttribute('type') === 'file');
  await page.getByLabel(`Answer to ${id}`).getByText('Newer: prompts kept 7 days').waitFor();
  assert.equal(await answer(), 'Newer: prompts kept 7 days');
  assert.equal(await undo.count(), 0, 'the answers put back are not offered for Undo again');

  // Another tab, opened now, sees the answers as they were put back.
  const other = await session.ctx.newPage();
  await other.goto(page.url());
  await other.getByLabel(`Answer to ${id}`).getByText('Newer: prompts kept 7 days').waitFor();
  await other.close();
  await page.close();
});
