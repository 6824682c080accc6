// A feed over a loopback server: every way a feed can go wrong is refused with its reason.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { webcrypto } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fetchFeed, type FeedResult } from '../../../src/background/feed.ts';
import { generateKeyPair, sign } from '../../../src/core/signature.ts';
import { bundled } from '../helpers/dataset.ts';

const subtle = webcrypto.subtle as SubtleCrypto;
const FEED = 'https://feed.test/psf/psf-dataset.json';
type Handler = (req: IncomingMessage, res: ServerResponse) => void;

let server: Server;
let port = 0;
let handler: Handler = (_req, res) => res.end();
let keys: { publicKey: string; privateKey: string };
let otherKeys: { publicKey: string; privateKey: string };

beforeAll(async () => {
  keys = await generateKeyPair(subtle);
  otherKeys = await generateKeyPair(subtle);
  server = createServer((req, res) => handler(req, res));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

/** The extension's fetch, pointed at the loopback server instead of the feed's host. */
const loopbackFetch: typeof fetch = (input, init) =>
  fetch(String(input).replace('https://feed.test', `http://127.0.0.1:${port}`), init);

function datasetBytes(
  version: string,
  change: (d: ReturnType<typeof bundled>) => void = () => {},
): Uint8Array<ArrayBuffer> {
  const d = bundled();
  d.version = version;
  change(d);
  return new Uint8Array(Buffer.from(JSON.stringify(d)));
}

/** Serves a dataset and its signature; `sigKey` signs it, `body` may replace what is sent. */
async function serve(
  bytes: Uint8Array<ArrayBuffer>,
  options: { sigKey?: string; etag?: string; body?: Handler; sigStatus?: number } = {},
) {
  const signature = await sign(subtle, bytes, options.sigKey ?? keys.privateKey);
  handler = (req, res) => {
    if (req.url?.endsWith('.sig')) {
      res.writeHead(options.sigStatus ?? 200, { 'content-type': 'text/plain' });
      return res.end(options.sigStatus ? '' : signature);
    }
    if (options.etag && req.headers['if-none-match'] === options.etag) {
      res.writeHead(304);
      return res.end();
    }
    if (options.body) return options.body(req, res);
    res.writeHead(200, {
      'content-type': 'application/json',
      'content-length': bytes.byteLength,
      ...(options.etag ? { etag: options.etag } : {}),
    });
    res.end(Buffer.from(bytes));
  };
}

const run = (
  installed = { version: '2026.11.24', etag: null as string | null },
  limits = { timeoutMs: 2000, maxBytes: 2_000_000 },
  url = FEED,
): Promise<FeedResult> =>
  fetchFeed({ url, publicKey: keys.publicKey }, installed, { fetch: loopbackFetch, subtle }, limits);

describe('accepted', () => {
  test('a newer, signed, valid dataset: updated, with its ETag', async () => {
    await serve(datasetBytes('2026.12.01'), { etag: '"v2"' });
    const result = await run();
    expect(result.kind).toBe('updated');
    if (result.kind === 'updated') {
      expect(result.dataset.version).toBe('2026.12.01');
      expect(result.etag).toBe('"v2"');
    }
  });

  test('304 Not Modified for the ETag we hold', async () => {
    await serve(datasetBytes('2026.12.01'), { etag: '"v2"' });
    expect(await run({ version: '2026.12.01', etag: '"v2"' })).toEqual({ kind: 'not-modified', etag: '"v2"' });
  });

  test('the same version again is not an update', async () => {
    await serve(datasetBytes('2026.11.24'));
    expect((await run()).kind).toBe('not-modified');
  });
});

describe('refused or failed, with the reason', () => {
  const cases: [
    string,
    () => Promise<void>,
    Partial<{ timeoutMs: number; maxBytes: number }>,
    FeedResult['kind'],
    Record<string, unknown>,
  ][] = [
    [
      'a signature by another key',
      () => serve(datasetBytes('2026.12.01'), { sigKey: otherKeys.privateKey }),
      {},
      'refused',
      { code: 'mismatch' },
    ],
    [
      'no signature at all',
      () => serve(datasetBytes('2026.12.01'), { sigStatus: 404 }),
      {},
      'refused',
      { code: 'no-signature', url: expect.stringMatching(/\.sig$/), status: 404 },
    ],
    [
      'an older version (rollback)',
      () => serve(datasetBytes('2026.01.01')),
      {},
      'refused',
      { code: 'rollback', version: '2026.01.01', installed: '2026.11.24' },
    ],
    [
      'a signed dataset that breaks the rules',
      () => serve(datasetBytes('2026.12.01', (d) => void (d.assessments[0]!.ratings.D1 = 'Great' as never))),
      {},
      'refused',
      { code: 'rules', count: 1, path: expect.stringMatching(/ratings\.D1$/), detail: expect.any(String) },
    ],
    [
      'a truncated body',
      async () => {
        const bytes = datasetBytes('2026.12.01');
        await serve(bytes, {
          body: (_req, res) => {
            res.writeHead(200, { 'content-length': bytes.byteLength });
            res.write(Buffer.from(bytes.subarray(0, 1000)));
            setTimeout(() => res.socket?.destroy(), 20);
          },
        });
      },
      {},
      'failed',
      // The browser's words for a broken connection ("terminated", "Failed to fetch") are recorded as a code.
      { code: 'connection' },
    ],
    [
      'a server that answers nothing and closes the connection',
      async () => {
        handler = (req) => req.socket.destroy();
      },
      {},
      'failed',
      { code: 'connection' },
    ],
    [
      'a body over the size cap, declared',
      () => serve(datasetBytes('2026.12.01')),
      { maxBytes: 10_000 },
      'refused',
      { code: 'feed-over-cap', max: 10_000 },
    ],
    [
      'a body over the size cap, streamed without a length',
      async () => {
        const bytes = datasetBytes('2026.12.01');
        await serve(bytes, {
          body: (_req, res) => {
            res.writeHead(200, { 'content-type': 'application/json' });
            res.end(Buffer.from(bytes));
          },
        });
      },
      { maxBytes: 10_000 },
      'refused',
      { code: 'feed-over-cap', max: 10_000 },
    ],
    [
      'a server that does not answer in time',
      () => serve(datasetBytes('2026.12.01'), { body: (_req, res) => void setTimeout(() => res.end(), 1500) }),
      { timeoutMs: 200 },
      'failed',
      { code: 'timeout', seconds: 0.2 },
    ],
    [
      'a server error',
      () => serve(datasetBytes('2026.12.01'), { body: (_req, res) => void res.writeHead(503).end() }),
      {},
      'failed',
      { code: 'http', status: 503 },
    ],
  ];
  test.each(cases)('%s', async (_name, setUp, limits, kind, problem) => {
    await setUp();
    const result = await run(undefined, { timeoutMs: 2000, maxBytes: 2_000_000, ...limits });
    expect(result.kind).toBe(kind);
    expect('problem' in result ? result.problem : null).toEqual(problem);
  });

  test('an http: feed is refused before any request', async () => {
    let asked = false;
    handler = (_req, res) => {
      asked = true;
      res.end();
    };
    expect(await run(undefined, undefined, 'http://feed.test/psf.json')).toEqual({
      kind: 'refused',
      problem: { code: 'not-https' },
    });
    expect(asked).toBe(false);
  });
});
