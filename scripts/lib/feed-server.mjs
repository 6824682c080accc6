// A signed feed on a loopback HTTPS server, for end-to-end tests that need real sockets: the browser's own CORS
// checks and preflights, and the headers a feed request really carries (cookies, Referer). Chromium reaches it
// through `hostRules` (a host name mapped to the loopback port) and accepts its self-signed certificate through
// `--ignore-certificate-errors`; nothing else can be resolved.
import { execFileSync } from 'node:child_process';
import { webcrypto } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const subtle = webcrypto.subtle;
const b64 = (bytes) => Buffer.from(bytes).toString('base64');

function selfSignedCertificate(host) {
  const dir = mkdtempSync(join(tmpdir(), 'psf-lens-tls-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '1',
        '-subj',
        `/CN=${host}`,
        '-addext',
        `subjectAltName=DNS:${host}`,
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `cors`: 'plain' (Access-Control-Allow-Origin: * only), 'exposes-etag' (the documented set: ETag exposed, and
 * the If-None-Match preflight allowed), 'exposes-etag-refuses-preflight'. Every request is logged with its
 * method, path and the headers that matter for privacy and caching.
 */
export async function startFeedServer({ host = 'feed.psf-lens.test', path = '/psf-dataset.json' } = {}) {
  const pair = await subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify']);
  const publicKey = b64(await subtle.exportKey('raw', pair.publicKey));
  const state = { cors: 'plain', etag: '"0"', body: Buffer.alloc(0), signature: '' };
  const log = [];
  const server = createServer(selfSignedCertificate(host), (req, res) => {
    log.push({
      method: req.method,
      path: req.url,
      ifNoneMatch: req.headers['if-none-match'] ?? null,
      cookie: req.headers.cookie ?? null,
      referer: req.headers.referer ?? null,
      origin: req.headers.origin ?? null,
    });
    const cors = { 'access-control-allow-origin': '*' };
    if (state.cors !== 'plain') cors['access-control-expose-headers'] = 'ETag';
    if (req.method === 'OPTIONS') {
      if (state.cors === 'exposes-etag-refuses-preflight') return res.writeHead(405).end();
      const allow = { 'access-control-allow-headers': 'If-None-Match', 'access-control-allow-methods': 'GET' };
      return res.writeHead(204, { ...cors, ...allow }).end();
    }
    if (req.url === `${path}.sig`) return res.writeHead(200, cors).end(state.signature);
    if (req.url !== path) return res.writeHead(404, cors).end();
    if (req.headers['if-none-match'] === state.etag) return res.writeHead(304, { ...cors, etag: state.etag }).end();
    res.writeHead(200, { ...cors, etag: state.etag, 'content-type': 'application/json' }).end(state.body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return {
    url: `https://${host}${path}`,
    /** For browsers that resolve the host to the loopback address but keep the port (Firefox). */
    urlWithPort: `https://${host}:${port}${path}`,
    host,
    publicKey,
    log,
    /** Chromium switches that reach this server, and nothing else, by name. */
    args: [`--host-resolver-rules=MAP ${host} 127.0.0.1:${port}, MAP * ~NOTFOUND`, '--ignore-certificate-errors'],
    /** Serves the bundled dataset as `version`, signed, with `etag` and the `cors` header set. */
    async serve(version, { cors = 'plain', etag = `"${version}"` } = {}) {
      const dataset = JSON.parse(readFileSync('public/data/psf-dataset.json', 'utf8'));
      dataset.version = version;
      const body = Buffer.from(JSON.stringify(dataset));
      Object.assign(state, { cors, etag, body, signature: b64(await subtle.sign('Ed25519', pair.privateKey, body)) });
    },
    close: () => {
      server.closeAllConnections();
      return new Promise((done) => server.close(done));
    },
  };
}
