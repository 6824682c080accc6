// Managed settings in real Chromium: an administrator's policy (Chromium reads /etc/chromium/policies/managed on
// Linux) sets the feed, turns the in-page badge off and adds an organisation dataset; the workspace shows them
// locked, and the user cannot change them. Runs as root, as CI does; the policy file is removed afterwards.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { DIST, launch, readBadge, tabIdOf, toolbarOf, waitForReady } from '../../scripts/lib/browser.mjs';

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY = join(POLICY_DIR, 'psf-lens-e2e.json');
const dist = mkdtempSync(join(tmpdir(), 'psf-lens-managed-'));
let session;

/** Chromium's id for an unpacked extension: the SHA-256 of its path, first 32 hex digits written a-p. */
const extensionIdOf = (path) =>
  Array.from(createHash('sha256').update(path).digest('hex').slice(0, 32), (h) =>
    String.fromCharCode(97 + parseInt(h, 16)),
  ).join('');

before(async () => {
  cpSync(DIST, dist, { recursive: true });
  const own = JSON.parse(readFileSync('public/data/psf-dataset.json', 'utf8'));
  own.products = own.products.filter((p) => p.id === 'openai-codex');
  own.assessments = [
    {
      ...own.assessments.find((a) => a.productId === 'openai-codex'),
      id: 'corp-codex',
      title: 'Corp review of Codex',
      url: 'https://wiki.corp.example/codex',
    },
  ];
  mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(
    POLICY,
    JSON.stringify({
      '3rdparty': {
        extensions: {
          [extensionIdOf(dist)]: {
            feedUrl: 'https://psf.corp.example/psf-dataset.json',
            badgeEnabled: false,
            updateIntervalHours: 0, // an integer, as the schema asks, but out of range: PSF Lens ignores it and says so
            organisationDatasets: [{ name: 'Corp reviews', json: JSON.stringify(own) }],
          },
        },
      },
    }),
  );
  session = await launch({ dist });
  assert.equal(session.extensionId, extensionIdOf(dist));
  await waitForReady(session);
});

after(async () => {
  rmSync(POLICY, { force: true });
  await session?.close();
  rmSync(dist, { recursive: true, force: true });
});

test('managed values win, are shown locked, and an invalid one is ignored and named', async (t) => {
  const page = await session.ctx.newPage();
  t.after(() => page.close());
  await page.goto(`chrome-extension://${session.extensionId}/src/options/index.html#/settings`);
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  const url = page.getByLabel(/Feed URL/);
  await url.waitFor();
  assert.equal(await url.inputValue(), 'https://psf.corp.example/psf-dataset.json');
  assert.equal(await url.isDisabled(), true);
  assert.equal(await page.getByRole('checkbox', { name: /Show the in-page badge/ }).isChecked(), false);
  assert.equal(await page.getByRole('checkbox', { name: /Show the in-page badge/ }).isDisabled(), true);
  assert.ok((await page.getByText('Managed by your organisation').count()) >= 2);
  assert.match(await page.locator('main').textContent(), /ignored: updateIntervalHours: update at most every hour/);
  // The user's way around the lock is refused by the background too.
  const refused = await page.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'save-settings', patch: { badgeEnabled: true } }),
  );
  assert.deepEqual(refused, { ok: false, error: 'psf-lens-error {"code":"managed"}' });
});

test('with the badge turned off by policy, a vendor page gets no badge but the toolbar still tells', async (t) => {
  const page = await session.ctx.newPage();
  t.after(() => page.close());
  await page.goto('https://openai.com/codex/');
  const tabId = await tabIdOf(session, page);
  for (let i = 0; i < 50 && (await toolbarOf(session, tabId)).text !== 'PSF'; i++) await page.waitForTimeout(50);
  assert.equal((await toolbarOf(session, tabId)).text, 'PSF');
  assert.equal(await readBadge(page), null);
});

test("the policy's organisation dataset is shown, labelled and read-only", async (t) => {
  const page = await session.ctx.newPage();
  t.after(() => page.close());
  await page.goto(`chrome-extension://${session.extensionId}/src/options/index.html#/organisation`);
  const item = page.getByRole('listitem', { name: 'Corp reviews' });
  await item.waitFor();
  assert.match(await item.textContent(), /Set by your organisation's policy/);
  assert.equal(await item.getByRole('button', { name: 'Delete' }).count(), 0);
  await page.goto(`chrome-extension://${session.extensionId}/src/options/index.html#/product/openai-codex`);
  await page.getByRole('region', { name: "Your organisation's assessment: Corp review of Codex" }).waitFor();
});
