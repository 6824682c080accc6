// The feed's ETag in real Chromium, against a loopback HTTPS feed with no request routing, so the browser's own
// CORS rules apply: the extension has no host permission for the feed, so it reads the ETag only when the server
// lists it in Access-Control-Expose-Headers, and asking with If-None-Match costs a preflight the server must allow.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch } from '../../scripts/lib/browser.mjs';
import { startFeedServer } from '../../scripts/lib/feed-server.mjs';

let feed;
let session;
let page;

before(async () => {
  feed = await startFeedServer();
  session = await launch({ fixtures: false, args: feed.args });
  page = await session.ctx.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/src/options/index.html#/settings`);
  await send({ type: 'save-settings', patch: { feedUrl: feed.url, feedPublicKey: feed.publicKey } });
});

after(async () => {
  await session?.close();
  await feed?.close();
});

/** One message to the background, as the settings page sends it. */
async function send(message) {
  const envelope = await page.evaluate((m) => chrome.runtime.sendMessage(m), message);
  assert.ok(envelope?.ok, `the background refused ${message.type}: ${envelope?.error}`);
  return envelope.value;
}

/** Update now; returns what reached the feed server, and the outcome. */
async function check() {
  feed.log.length = 0;
  const view = await send({ type: 'update-now' });
  const asked = feed.log.map((r) => `${r.method} ${r.path} ${r.ifNoneMatch ?? '-'}`);
  return { asked, outcome: view.feed.lastOutcome, version: view.dataset?.version };
}

test('a plain Access-Control-Allow-Origin: * hides the ETag: every check downloads, and works', async () => {
  await feed.serve('2026.12.01', { cors: 'plain' });
  assert.deepEqual((await check()).outcome.note, { code: 'updated', version: '2026.12.01' });
  const second = await check();
  assert.deepEqual(second.outcome.note, { code: 'up-to-date', version: '2026.12.01' });
  assert.deepEqual(second.asked, ['GET /psf-dataset.json -', 'GET /psf-dataset.json.sig -']);
});

test('with the documented headers the next check asks If-None-Match, gets 304 and keeps the dataset', async () => {
  await feed.serve('2026.12.02', { cors: 'exposes-etag', etag: '"b"' });
  assert.deepEqual((await check()).outcome.note, { code: 'updated', version: '2026.12.02' });
  const second = await check();
  assert.deepEqual(second.asked, ['OPTIONS /psf-dataset.json -', 'GET /psf-dataset.json "b"']);
  assert.deepEqual(second.outcome.note, { code: 'up-to-date', version: '2026.12.02' });
  assert.equal(second.version, '2026.12.02');
});

test('an ETag exposed but the preflight refused: the check asks again without it and still updates', async () => {
  await feed.serve('2026.12.03', { cors: 'exposes-etag-refuses-preflight', etag: '"c"' });
  const result = await check();
  assert.deepEqual(result.outcome.note, { code: 'updated', version: '2026.12.03' });
  assert.deepEqual(result.asked, [
    'OPTIONS /psf-dataset.json -',
    'GET /psf-dataset.json -',
    'GET /psf-dataset.json.sig -',
  ]);
});
