/**
 * One attempt to fetch a newer dataset from a feed. A feed is accepted only if it is HTTPS, answers in time,
 * stays under the size cap, carries a detached Ed25519 signature (`<url>.sig`) that verifies over the exact bytes
 * against the pinned public key, passes the dataset rules, and is newer than the installed version (no rollback).
 * Anything else is refused with the reason; the caller keeps the last good dataset.
 */
import type { Dataset } from '../core/model.ts';
import { isNewerVersion, parseDataset } from '../core/schema.ts';
import { verifySignature } from '../core/signature.ts';
import type { FeedProblem } from '../shared/feed-status.ts';

export interface FeedConfig {
  url: string;
  publicKey: string;
}

export interface FeedLimits {
  timeoutMs: number;
  maxBytes: number;
}

export const FEED_LIMITS: FeedLimits = { timeoutMs: 20_000, maxBytes: 8_000_000 };
const SIGNATURE_MAX_BYTES = 1024;

export type FeedResult =
  | { kind: 'updated'; dataset: Dataset; etag: string | null }
  | { kind: 'not-modified'; etag: string | null }
  /** The feed answered, but with something PSF Lens must not install. */
  | { kind: 'refused'; problem: FeedProblem }
  /** The feed could not be read: network, timeout, server error. */
  | { kind: 'failed'; problem: FeedProblem };

export interface FeedIo {
  fetch: typeof fetch;
  subtle: SubtleCrypto;
}

class Refused extends Error {
  constructor(readonly problem: FeedProblem) {
    super(problem.code);
  }
}

/** The body, read no further than `max` bytes, and checked against a declared length. */
async function readCapped(
  response: Response,
  max: number,
  what: 'feed' | 'signature',
): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  const overCap = () => new Refused({ code: `${what}-over-cap`, max });
  if (declared > max) throw overCap();
  // A response without a body (a 204, say) reads as no bytes.
  const reader = (response.body ?? new Blob().stream()).getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const chunk = await reader.read();
    if (chunk.done) break;
    size += chunk.value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw overCap();
    }
    parts.push(chunk.value);
  }
  if (Number.isFinite(declared) && size !== declared) throw new Refused({ code: `${what}-truncated`, size, declared });
  const out = new Uint8Array(new ArrayBuffer(size));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}

function signatureUrl(url: URL): string {
  const sig = new URL(url);
  sig.pathname = `${sig.pathname}.sig`;
  return sig.href;
}

/**
 * The dataset, asked with If-None-Match when an ETag is known. That header is not CORS-safelisted, so the browser
 * first sends a preflight; a server that exposes its ETag but does not allow If-None-Match in the preflight makes
 * the request fail as a network error. Then it is asked once more without the header: the check still works, it
 * only downloads.
 */
async function getDataset(
  get: (href: string, headers?: Record<string, string>) => Promise<Response>,
  href: string,
  etag: string | null,
): Promise<{ response: Response; etagRefused: boolean }> {
  if (!etag) return { response: await get(href), etagRefused: false };
  try {
    return { response: await get(href, { 'If-None-Match': etag }), etagRefused: false };
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return { response: await get(href), etagRefused: true };
  }
}

export async function fetchFeed(
  config: FeedConfig,
  installed: { version: string; etag?: string | null },
  io: FeedIo,
  limits: FeedLimits = FEED_LIMITS,
): Promise<FeedResult> {
  let url: URL;
  try {
    url = new URL(config.url);
  } catch {
    return { kind: 'refused', problem: { code: 'not-url' } };
  }
  if (url.protocol !== 'https:') return { kind: 'refused', problem: { code: 'not-https' } };
  const signal = AbortSignal.timeout(limits.timeoutMs);
  const get = (href: string, headers: Record<string, string> = {}) =>
    io.fetch(href, {
      signal,
      headers,
      cache: 'no-store',
      // The feed learns nothing about the user: no cookies, and no referrer naming PSF Lens.
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      redirect: 'error',
    });
  try {
    const { response, etagRefused } = await getDataset(get, url.href, installed.etag ?? null);
    if (response.status === 304) return { kind: 'not-modified', etag: installed.etag ?? null };
    if (!response.ok) return { kind: 'failed', problem: { code: 'http', status: response.status } };
    const bytes = await readCapped(response, limits.maxBytes, 'feed');
    const sigResponse = await get(signatureUrl(url));
    if (!sigResponse.ok)
      return { kind: 'refused', problem: { code: 'no-signature', url: signatureUrl(url), status: sigResponse.status } };
    const signature = new TextDecoder().decode(await readCapped(sigResponse, SIGNATURE_MAX_BYTES, 'signature'));
    const verdict = await verifySignature(io.subtle, bytes, signature, config.publicKey);
    if (verdict.kind === 'invalid') return { kind: 'refused', problem: verdict.problem };
    const parsed = parseDataset(new TextDecoder().decode(bytes));
    if (parsed.kind === 'invalid') {
      const first = parsed.issues[0];
      // Stryker disable next-line OptionalChaining,StringLiteral: an invalid dataset has at least one issue.
      const where = { path: first?.path ?? '', detail: first?.message ?? '' };
      return { kind: 'refused', problem: { code: 'rules', count: parsed.issues.length, ...where } };
    }
    // Null when the server does not list ETag in Access-Control-Expose-Headers: then the next check downloads
    // again rather than guess. After a refused conditional request, asking conditionally again would only fail
    // again, so the ETag is not kept.
    const etag = etagRefused ? null : response.headers.get('etag');
    const { version } = parsed.dataset;
    if (version === installed.version) return { kind: 'not-modified', etag };
    if (!isNewerVersion(version, installed.version)) {
      return { kind: 'refused', problem: { code: 'rollback', version, installed: installed.version } };
    }
    return { kind: 'updated', dataset: parsed.dataset, etag };
  } catch (error) {
    if (error instanceof Refused) return { kind: 'refused', problem: error.problem };
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError')
      return { kind: 'failed', problem: { code: 'timeout', seconds: limits.timeoutMs / 1000 } };
    // fetch's own failure (offline, a refused or redirected request, a connection broken off) is a TypeError whose
    // words differ by browser and are English ("Failed to fetch"): recorded as a code, said in the reader's language.
    if (error instanceof TypeError) return { kind: 'failed', problem: { code: 'connection' } };
    return { kind: 'failed', problem: { code: 'unreadable', detail: (error as Error).message } };
  }
}
