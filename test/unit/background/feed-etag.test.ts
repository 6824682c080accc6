// The feed's ETag over a loopback server, through a fetch that applies the browser's CORS rules for an extension
// without host permission for the feed: only safelisted headers and those in Access-Control-Expose-Headers are
// readable, and If-None-Match needs a preflight that allows it. (test/e2e/feed-etag.test.mjs proves the same in
// Chromium.) A readable ETag turns the next check into a 304 that keeps the dataset; an unreadable one costs a
// download, never a failure.
import 'fake-indexeddb/auto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { webcrypto } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createDatasetKeeper } from '../../../src/background/dataset.ts';
import { openDatabase, readMeta } from '../../../src/background/db.ts';
import { createFeedRunner, EMPTY_STATUS } from '../../../src/background/feed-runner.ts';
import { generateKeyPair, sign } from '../../../src/core/signature.ts';
import type { FeedStatus } from '../../../src/shared/feed-status.ts';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings.ts';
import { bundled, DATASET_TEXT } from '../helpers/dataset.ts';

const subtle = webcrypto.subtle as SubtleCrypto;
type Cors = 'plain' | 'exposes-etag' | 'exposes-etag-refuses-preflight';
let server: Server;
let origin = '';
let keys: { publicKey: string; privateKey: string };
let served = { cors: 'plain' as Cors, etag: '"a"', body: new Uint8Array(), signature: '' };
/** What reached the server: method, path and If-None-Match. */
let log: string[] = [];

function handle(req: IncomingMessage, res: ServerResponse) {
  log.push(`${req.method} ${req.url} ${req.headers['if-none-match'] ?? '-'}`);
  const cors: Record<string, string> = { 'access-control-allow-origin': '*' };
  if (served.cors !== 'plain') cors['access-control-expose-headers'] = 'ETag';
  if (req.method === 'OPTIONS') {
    if (served.cors === 'exposes-etag-refuses-preflight') return res.writeHead(405).end();
    return res
      .writeHead(204, {
        ...cors,
        'access-control-allow-headers': 'If-None-Match',
        'access-control-allow-methods': 'GET',
      })
      .end();
  }
  if (req.url?.endsWith('.sig')) return res.writeHead(200, cors).end(served.signature);
  if (req.headers['if-none-match'] === served.etag) return res.writeHead(304, { ...cors, etag: served.etag }).end();
  res.writeHead(200, { ...cors, etag: served.etag, 'content-type': 'application/json' }).end(served.body);
}

const SAFELISTED = ['cache-control', 'content-language', 'content-length', 'content-type', 'expires', 'last-modified'];

/** fetch as an extension page sees a cross-origin feed (the Fetch standard's CORS protocol, the parts used here). */
const corsFetch: typeof fetch = async (input, init) => {
  const url = String(input).replace(/^https:\/\/[^/]+/, origin);
  const headers = new Headers(init?.headers);
  if (headers.has('if-none-match')) {
    const preflight = await fetch(url, { method: 'OPTIONS' });
    const allowed = (preflight.headers.get('access-control-allow-headers') ?? '').toLowerCase();
    if (!preflight.ok || !allowed.split(/\s*,\s*/).includes('if-none-match')) throw new TypeError('Failed to fetch');
  }
  const response = await fetch(url, init);
  const exposed = (response.headers.get('access-control-expose-headers') ?? '').toLowerCase().split(/\s*,\s*/);
  const visible = new Headers();
  response.headers.forEach((value, name) => {
    if (SAFELISTED.includes(name) || exposed.includes(name)) visible.set(name, value);
  });
  return new Response(response.status === 304 ? null : response.body, { status: response.status, headers: visible });
};

beforeAll(async () => {
  keys = await generateKeyPair(subtle);
  server = createServer(handle);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

async function serveVersion(version: string, cors: Cors, etag: string) {
  const dataset = bundled();
  dataset.version = version;
  const body = new Uint8Array(Buffer.from(JSON.stringify(dataset)));
  served = { cors, etag, body, signature: await sign(subtle, body, keys.privateKey) };
  log = [];
}

let n = 0;
function setUp() {
  let feedUrl = 'https://feed.test/psf-dataset.json';
  const db = (() => {
    const opened = openDatabase(`psf-lens-etag-${process.pid}-${++n}`);
    return () => opened;
  })();
  const keeper = createDatasetKeeper(db, async () => DATASET_TEXT);
  let status: FeedStatus = { ...EMPTY_STATUS };
  const runner = createFeedRunner({
    settings: async () => ({ ...DEFAULT_SETTINGS, feedUrl, feedPublicKey: keys.publicKey }),
    status: { get: async () => status, set: async (s) => void (status = s) },
    keeper,
    io: { fetch: corsFetch, subtle },
    schedule: async () => {},
    now: () => 1_000_000,
  });
  return {
    runner,
    version: async () => (await readMeta(await db()))?.version,
    moveFeed: (url: string) => (feedUrl = url),
  };
}

const datasetGets = () => log.filter((line) => line.startsWith('GET /psf-dataset.json '));

describe('the ETag, as the browser lets PSF Lens see it', () => {
  test('exposed (Access-Control-Expose-Headers: ETag): the next check asks If-None-Match, gets 304 and keeps the dataset', async () => {
    const { runner, version } = setUp();
    await serveVersion('2026.12.01', 'exposes-etag', '"v1"');
    expect((await runner.run()).lastOutcome?.kind).toBe('updated');
    log = [];
    const second = await runner.run();
    expect(second.lastOutcome).toEqual({ kind: 'not-modified', note: { code: 'up-to-date', version: '2026.12.01' } });
    expect(log).toEqual(['OPTIONS /psf-dataset.json -', 'GET /psf-dataset.json "v1"']);
    expect(await version()).toBe('2026.12.01');
  });

  test('not exposed (a plain Access-Control-Allow-Origin: *): every check downloads, and still works', async () => {
    const { runner, version } = setUp();
    await serveVersion('2026.12.01', 'plain', '"v1"');
    expect((await runner.run()).etag).toBeNull();
    const second = await runner.run();
    expect(second.lastOutcome?.kind).toBe('not-modified');
    expect(datasetGets()).toEqual(['GET /psf-dataset.json -', 'GET /psf-dataset.json -']);
    expect(await version()).toBe('2026.12.01');
  });

  test('exposed, but the preflight for If-None-Match refused: the check asks again plainly and succeeds', async () => {
    const { runner, version } = setUp();
    await serveVersion('2026.12.01', 'exposes-etag-refuses-preflight', '"v1"');
    await runner.run();
    await serveVersion('2026.12.02', 'exposes-etag-refuses-preflight', '"v2"');
    const second = await runner.run();
    expect(second.lastOutcome).toEqual({ kind: 'updated', note: { code: 'updated', version: '2026.12.02' } });
    expect(log).toEqual(['OPTIONS /psf-dataset.json -', 'GET /psf-dataset.json -', 'GET /psf-dataset.json.sig -']);
    expect(second.etag).toBeNull();
    expect(await version()).toBe('2026.12.02');
  });

  test('an ETag is asked only of the feed that gave it: a moved feed is downloaded', async () => {
    const { runner, moveFeed } = setUp();
    await serveVersion('2026.12.01', 'exposes-etag', '"same"');
    await runner.run();
    moveFeed('https://mirror.test/psf-dataset.json');
    await serveVersion('2026.12.02', 'exposes-etag', '"same"');
    expect((await runner.run()).lastOutcome?.kind).toBe('updated');
    expect(datasetGets()).toEqual(['GET /psf-dataset.json -']);
  });
});
