/**
 * Detached Ed25519 signatures over a dataset file's exact bytes (WebCrypto, in the browser and in Node alike).
 * Keys and signatures travel as base64: a public key is its 32 raw bytes, a private key its PKCS #8 encoding,
 * a signature its 64 bytes.
 */

const ED25519 = { name: 'Ed25519' } as const;

export function toBase64(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let text = '';
  for (const byte of view) text += String.fromCharCode(byte);
  return btoa(text);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  const clean = text.trim();
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(clean) || clean.length % 4 !== 0) return null;
  return Uint8Array.from(atob(clean), (c) => c.charCodeAt(0));
}

/** Why a signature was not accepted, as a code (and the crypto library's own words where it gave some). */
export type SignatureProblem =
  | { code: 'key-format' }
  | { code: 'signature-format' }
  | { code: 'key-unusable'; detail: string }
  /** The browser knows no Ed25519 (Chrome and Edge before it shipped by default): the key may be perfectly good. */
  | { code: 'no-ed25519' }
  | { code: 'mismatch' };

export type Verdict = { kind: 'valid' } | { kind: 'invalid'; problem: SignatureProblem };

export async function verifySignature(
  subtle: SubtleCrypto,
  bytes: Uint8Array<ArrayBuffer>,
  signature: string,
  publicKey: string,
): Promise<Verdict> {
  const key = fromBase64(publicKey);
  if (!key || key.length !== 32) return { kind: 'invalid', problem: { code: 'key-format' } };
  const sig = fromBase64(signature);
  if (!sig || sig.length !== 64) return { kind: 'invalid', problem: { code: 'signature-format' } };
  let imported: CryptoKey;
  try {
    // Stryker disable next-line BooleanLiteral: whether the key could be exported again changes no verdict
    imported = await subtle.importKey('raw', key, ED25519, false, ['verify']);
  } catch (error) {
    // "Unrecognized name" is the browser's, not the key's, failing: blaming the key would send the user after it.
    if ((error as Error).name === 'NotSupportedError') return { kind: 'invalid', problem: { code: 'no-ed25519' } };
    return { kind: 'invalid', problem: { code: 'key-unusable', detail: (error as Error).message } };
  }
  const ok = await subtle.verify(ED25519, imported, sig, bytes);
  return ok ? { kind: 'valid' } : { kind: 'invalid', problem: { code: 'mismatch' } };
}

export async function sign(subtle: SubtleCrypto, bytes: Uint8Array<ArrayBuffer>, privateKey: string): Promise<string> {
  const pkcs8 = fromBase64(privateKey);
  if (!pkcs8) throw new Error('the private key is not base64 (PKCS #8)');
  // Stryker disable next-line BooleanLiteral: whether the key could be exported again changes no signature
  const key = await subtle.importKey('pkcs8', pkcs8, ED25519, false, ['sign']);
  return toBase64(await subtle.sign(ED25519, key, bytes));
}

export async function generateKeyPair(subtle: SubtleCrypto): Promise<{ publicKey: string; privateKey: string }> {
  const pair = await subtle.generateKey(ED25519, true, ['sign', 'verify']);
  return {
    publicKey: toBase64(await subtle.exportKey('raw', pair.publicKey)),
    privateKey: toBase64(await subtle.exportKey('pkcs8', pair.privateKey)),
  };
}
