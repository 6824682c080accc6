// How a feed's answer is read, over a fetch that answers with crafted responses: bodies in several chunks, exactly
// at or past the size caps, shorter than they declare, without a body; the request itself tells the feed nothing
// about the user; a failure is named as the kind it is.
import { webcrypto } from 'node:crypto';
import { beforeAll, expect, test, vi } from 'vitest';
import { fetchFeed, type FeedIo } from '../../../src/background/feed.ts';
import { generateKeyPair, sign } from '../../../src/core/signature.ts';
import { bundled } from '../helpers/dataset.ts';

const subtle = webcrypto.subtle as SubtleCrypto;
const FEED = 'https://feed.example/psf.json';
const INSTALLED = { version: '2026.01.01' };
let keys: { publicKey: string; privateKey: string };
beforeAll(async () => void (keys = await generateKeyPair(subtle)));

const dataset = () => ({ ...bundled(), version: '2026.12.01' });
const bytesOf = (value: unknown) => new Uint8Array(Buffer.from(JSON.stringify(value)));

/** A body sent in `parts` chunks, with or without its length declared. */
function chunked(bytes: Uint8Array<ArrayBuffer>, parts: number, declared?: number) {
  const size = Math.ceil(bytes.length / parts);
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let at = 0; at < bytes.length; at += size) controller.enqueue(bytes.slice(at, at + size));
      controller.close();
    },
  });
  return new Response(stream, declared === undefined ? {} : { headers: { 'content-length': String(declared) } });
}

/** A feed serving `value` (the dataset unless given; `feed` makes its response) and its signature (`signature`). */
function feedIo(
  options: {
    value?: unknown;
    feed?: (bytes: Uint8Array<ArrayBuffer>) => Response;
    signature?: (sig: string) => Response;
  } = {},
) {
  const bytes = bytesOf(options.value ?? dataset());
  const { feed = (b: Uint8Array<ArrayBuffer>) => new Response(b), signature = (sig: string) => new Response(sig) } =
    options;
  const fetch = vi.fn(async (input: RequestInfo | URL, _init?: RequestInit) =>
    String(input).endsWith('.sig') ? signature(await sign(subtle, bytes, keys.privateKey)) : feed(bytes),
  );
  return { io: { fetch, subtle } as unknown as FeedIo, fetch, bytes };
}

const config = () => ({ url: FEED, publicKey: keys.publicKey });

test('a feed sent in several chunks is put back together in order, under the default limits', async () => {
  const { io } = feedIo({ feed: (b) => chunked(b, 7) });
  expect(await fetchFeed(config(), INSTALLED, io)).toEqual({ kind: 'updated', dataset: dataset(), etag: null });
});

test('a feed exactly at the size cap is read, declared or not; a byte more is refused and its reading stopped', async () => {
  const size = bytesOf(dataset()).length;
  const limits = { timeoutMs: 5000, maxBytes: size };
  const declared = feedIo({ feed: (b) => chunked(b, 3, b.length) });
  expect(await fetchFeed(config(), INSTALLED, declared.io, limits)).toMatchObject({ kind: 'updated' });
  const streamed = feedIo({ feed: (b) => chunked(b, 3) });
  expect(await fetchFeed(config(), INSTALLED, streamed.io, limits)).toMatchObject({ kind: 'updated' });
  const cancel = vi.fn();
  const over = feedIo({
    feed: (b) => new Response(new ReadableStream({ pull: (c) => c.enqueue(b.slice(0, size - 1)), cancel })),
  });
  expect(await fetchFeed(config(), INSTALLED, over.io, limits)).toEqual({
    kind: 'refused',
    problem: { code: 'feed-over-cap', max: size },
  });
  expect(cancel).toHaveBeenCalled();
});

test('a feed that declares more than the cap is refused for its size, whatever it then sends', async () => {
  const { io } = feedIo({ feed: () => chunked(new Uint8Array(10), 1, 9_000_000) });
  expect(await fetchFeed(config(), INSTALLED, io)).toEqual({
    kind: 'refused',
    problem: { code: 'feed-over-cap', max: 8_000_000 },
  });
});

test('a feed shorter than it declares is refused as truncated', async () => {
  const { io, bytes } = feedIo({ feed: (b) => chunked(b.slice(0, 100), 2, b.length) });
  expect(await fetchFeed(config(), INSTALLED, io)).toEqual({
    kind: 'refused',
    problem: { code: 'feed-truncated', size: 100, declared: bytes.length },
  });
});

test('a signature over its own cap, or without a body, is refused as a signature', async () => {
  const long = feedIo({ signature: (sig) => new Response(sig.padEnd(2000, 'A')) });
  expect(await fetchFeed(config(), INSTALLED, long.io)).toEqual({
    kind: 'refused',
    problem: { code: 'signature-over-cap', max: 1024 },
  });
  const empty = feedIo({ signature: () => new Response(null) });
  expect(await fetchFeed(config(), INSTALLED, empty.io)).toMatchObject({ kind: 'refused' });
});

test('the requests send no cookies and no referrer, follow no redirect and skip the cache', async () => {
  const { io, fetch } = feedIo();
  await fetchFeed(config(), INSTALLED, io);
  expect(fetch.mock.calls.map(([url]) => url)).toEqual([FEED, `${FEED}.sig`]);
  for (const [, init] of fetch.mock.calls) {
    expect(init).toMatchObject({
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      redirect: 'error',
      cache: 'no-store',
    });
  }
});

test('a held ETag answered with a new dataset and a new ETag: the new ETag is kept', async () => {
  const { io, fetch } = feedIo({ feed: (b) => new Response(b, { headers: { etag: '"v2"' } }) });
  expect(await fetchFeed(config(), { ...INSTALLED, etag: '"v1"' }, io)).toMatchObject({
    kind: 'updated',
    etag: '"v2"',
  });
  expect(fetch.mock.calls[0]?.[1]?.headers).toEqual({ 'If-None-Match': '"v1"' });
});

test('an address that is no URL is refused before any request', async () => {
  const { io, fetch } = feedIo();
  expect(await fetchFeed({ ...config(), url: 'feed.example/psf.json' }, INSTALLED, io)).toEqual({
    kind: 'refused',
    problem: { code: 'not-url' },
  });
  expect(fetch).not.toHaveBeenCalled();
});

test.each(['TimeoutError', 'AbortError'])('a request ended by %s is a timeout, and not asked again', async (name) => {
  const fetch = vi.fn(async () => Promise.reject(new DOMException('stopped', name)));
  const io = { fetch, subtle } as unknown as FeedIo;
  expect(await fetchFeed(config(), { ...INSTALLED, etag: '"v1"' }, io, { timeoutMs: 3000, maxBytes: 100 })).toEqual({
    kind: 'failed',
    problem: { code: 'timeout', seconds: 3 },
  });
  expect(fetch).toHaveBeenCalledTimes(1);
});

test('a signed dataset that breaks the rules is refused with how many problems, and the first', async () => {
  const { io } = feedIo({ value: { ...dataset(), format: 2 } });
  expect(await fetchFeed(config(), INSTALLED, io)).toEqual({
    kind: 'refused',
    problem: {
      code: 'rules',
      count: 1,
      path: '$.format',
      detail: expect.stringMatching(
        /^is format 2, newer than this PSF Lens reads \(format 1\): update PSF Lens to read it$/,
      ),
    },
  });
});
