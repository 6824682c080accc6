// A signed feed in real Chromium: configured in the workspace, fetched on demand, installed when it verifies,
// refused with the reason when it does not, the last good dataset kept. The feed is route-fulfilled locally.
import assert from 'node:assert/strict';
import { webcrypto } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { launch, waitForReady } from '../../scripts/lib/browser.mjs';

const subtle = webcrypto.subtle;
const FEED = 'https://feed.psf-lens.test/psf-dataset.json';
const b64 = (bytes) => Buffer.from(bytes).toString('base64');
let session;
let keys;
let feed = { body: Buffer.alloc(0), signature: '' };

async function signedDataset(version, signer = keys.privateKey, change = () => {}) {
  const dataset = JSON.parse(readFileSync('public/data/psf-dataset.json', 'utf8'));
  dataset.version = version;
  change(dataset);
  dataset.published = `${version.slice(0, 4)}-${version.slice(5, 7)}-${version.slice(8, 10)}`;
  const body = Buffer.from(JSON.stringify(dataset));
  return { body, signature: b64(await subtle.sign('Ed25519', signer, body)) };
}

before(async () => {
  const pair = await subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify']);
  keys = { privateKey: pair.privateKey, publicKey: b64(await subtle.exportKey('raw', pair.publicKey)) };
  session = await launch();
  await waitForReady(session);
  await session.ctx.route(`${FEED}*`, (route) => {
    const isSig = route.request().url().endsWith('.sig');
    return route.fulfill({
      status: 200,
      headers: { 'access-control-allow-origin': '*' },
      body: isSig ? feed.signature : feed.body,
    });
  });
});

after(async () => {
  await session?.close();
});

async function settingsPage(t) {
  const page = await session.ctx.newPage();
  t.after(() => page.close());
  await page.goto(`chrome-extension://${session.extensionId}/src/options/index.html#/settings`);
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  return page;
}

test('a signed, newer feed is installed, every page says where the data comes from, and a watched product whose rating changed is notified', async (t) => {
  feed = await signedDataset('2026.12.01', keys.privateKey, (d) => {
    const codex = d.assessments.find((a) => a.productId === 'openai-codex');
    codex.ratings.D4 = 'Partial';
    codex.summaryCounts = { Strong: 1, Partial: 6, Gap: 1 }; // the rules check that counts agree with ratings
  });
  const product = await session.ctx.newPage();
  t.after(() => product.close());
  await product.goto(`chrome-extension://${session.extensionId}/src/options/index.html#/product/openai-codex`);
  const watch = product.getByLabel(/Watch OpenAI Codex/);
  await watch.check();
  // The box is off while the change is saved: on again, it is kept.
  await product.locator('.watch input:checked:enabled').waitFor();

  const page = await settingsPage(t);
  await page.getByLabel(/Feed URL/).fill(FEED);
  await page.getByLabel(/Public key/).fill(keys.publicKey);
  await page.getByRole('button', { name: 'Save the feed settings' }).click();
  await page.getByText('Saved.').waitFor();
  await page.getByRole('button', { name: 'Update now' }).click();
  await page.getByText('Updated to version 2026.12.01.').waitFor();
  await page
    .getByText(/PSF data of 2026-12-01, updated just now from feed\.psf-lens\.test/)
    .first()
    .waitFor();

  // Chromium's worker shows the web's notifications, through its registration.
  const worker = await session.worker();
  const notes = await worker.evaluate(async () =>
    (await self.registration.getNotifications()).map(({ tag, title, body }) => ({ tag, title, body })),
  );
  assert.deepEqual(notes, [
    {
      tag: 'psf-lens:openai-codex:2026.12.01',
      title: 'PSF ratings changed: OpenAI Codex',
      body: 'D4 Observability: Gap → Partial',
    },
  ]);
  // A click, as the browser delivers it to the worker: the notice closes and the product's page opens.
  const opened = session.ctx.waitForEvent('page', (p) => p.url().endsWith('#/product/openai-codex'));
  await worker.evaluate(async () => {
    const [notice] = await self.registration.getNotifications();
    self.dispatchEvent(new NotificationEvent('notificationclick', { notification: notice }));
  });
  await (await opened).close();
  assert.deepEqual(await worker.evaluate(async () => (await self.registration.getNotifications()).length), 0);
  // The product's page, open in its own tab through the update, shows the new data without a reload.
  await product
    .locator('header.top')
    .getByText(/PSF data of 2026-12-01/)
    .waitFor({ timeout: 5000 });
  await product.reload();
  await product.getByText('D4 Observability: Gap → Partial').waitFor();
  await product.getByText(/version 2026\.12\.01 \(feed\)/).waitFor();
  assert.equal(await product.getByLabel(/Watch OpenAI Codex/).isChecked(), true);
});

test('a feed signed by another key is refused with the reason; the installed dataset stays', async (t) => {
  const other = await subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify']);
  feed = await signedDataset('2026.12.24', other.privateKey);
  const page = await settingsPage(t);
  await page.getByRole('button', { name: 'Update now' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'signature' });
  await alert.waitFor();
  assert.match(await alert.textContent(), /Last result: Kept version 2026\.12\.01: the signature does not match /);
  await page
    .getByText(/version 2026\.12\.01\)/)
    .first()
    .waitFor();
});

test('an older feed is refused as a rollback', async (t) => {
  feed = await signedDataset('2026.06.01');
  const page = await settingsPage(t);
  await page.getByRole('button', { name: 'Update now' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'rollback' });
  await alert.waitFor();
  assert.match(
    await alert.textContent(),
    /Last result: Kept version 2026\.12\.01: rollback refused: the feed has version 2026\.06\.01, older than the installed 2026\.12\.01\./,
  );
});

test('a feed that removes a product keeps the user’s checklist of it, linked from the library and still editable', async (t) => {
  const page = await session.ctx.newPage();
  t.after(() => page.close());
  const workspace = `chrome-extension://${session.extensionId}/src/options/index.html`;
  await page.goto(`${workspace}#/checklist/langchain`);
  const row = page
    .locator('li', { hasText: /./ })
    .filter({ has: page.getByLabel('Owner') })
    .first();
  await row.getByLabel('Status').selectOption('in-progress');
  await row.getByLabel('Owner').fill('Dana');
  await row.getByLabel('Owner').blur();
  await page.waitForTimeout(500);

  feed = await signedDataset('2027.01.01', keys.privateKey, (d) => {
    d.products = d.products.filter((p) => p.id !== 'langchain');
    d.assessments = d.assessments.filter((a) => a.productId !== 'langchain');
  });
  const settings = await settingsPage(t);
  await settings.getByRole('button', { name: 'Update now' }).click();
  await settings.getByText('Updated to version 2027.01.01.').waitFor();

  await page.goto(`${workspace}#/library`);
  await page.getByText(/^Your checklists of products no longer in the PSF data are kept:/).waitFor();
  await page.getByRole('link', { name: 'LangChain / LangGraph' }).click();
  await page.getByText(/is no longer in the PSF data, so none of its actions is current\./).waitFor();
  const kept = page
    .locator('li')
    .filter({ has: page.getByLabel('Owner') })
    .first();
  assert.equal(await kept.getByLabel('Owner').inputValue(), 'Dana');
  assert.equal(await kept.getByLabel('Status').inputValue(), 'in-progress');
  await kept.getByLabel('Status').selectOption('done');
  await page.reload();
  const after = page
    .locator('li')
    .filter({ has: page.getByLabel('Owner') })
    .first();
  await page.getByText(/is no longer in the PSF data/).waitFor();
  assert.equal(await after.getByLabel('Status').inputValue(), 'done');
});
