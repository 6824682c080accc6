// Detached Ed25519 signatures over a dataset file's bytes, with Node's own WebCrypto: what is accepted, and the
// reason given for each refusal.
import { describe, expect, test } from 'vitest';
import { fromBase64, generateKeyPair, sign, toBase64, verifySignature } from '../../../src/core/signature.ts';

const subtle = globalThis.crypto.subtle;
const bytesOf = (text: string) => new Uint8Array(new TextEncoder().encode(text));

describe('base64', () => {
  test('every byte value survives the round trip, from a Uint8Array or an ArrayBuffer', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(fromBase64(toBase64(all))).toEqual(all);
    expect(toBase64(all.buffer)).toBe(toBase64(all));
    expect(toBase64(new Uint8Array([0, 1, 255]))).toBe('AAH/');
  });

  test.each([
    ['QUJD', [65, 66, 67]],
    [' QUI= \n', [65, 66]],
    ['QQ==', [65]],
    ['+/+/', [251, 255, 191]],
  ])('%j reads as %j', (text, bytes) => {
    expect(fromBase64(text)).toEqual(new Uint8Array(bytes));
  });

  test.each(['', '   ', 'QUJ', 'QUJDR', 'Q===', 'QU=I', '=QUJ', 'QUJ!', 'QU JD', '-_-_', 'QUJD\nQUJD'])(
    '%j is not base64',
    (text) => {
      expect(fromBase64(text)).toBeNull();
    },
  );
});

describe('verifySignature', () => {
  test('a signature by the key’s pair is valid over the exact bytes, and only over them', async () => {
    const keys = await generateKeyPair(subtle);
    expect(fromBase64(keys.publicKey)).toHaveLength(32);
    const signature = await sign(subtle, bytesOf('{"format": 1}'), keys.privateKey);
    expect(fromBase64(signature)).toHaveLength(64);
    expect(await verifySignature(subtle, bytesOf('{"format": 1}'), signature, keys.publicKey)).toEqual({
      kind: 'valid',
    });
    expect(await verifySignature(subtle, bytesOf('{"format": 2}'), signature, keys.publicKey)).toEqual({
      kind: 'invalid',
      problem: { code: 'mismatch' },
    });
    const other = await generateKeyPair(subtle);
    expect(await verifySignature(subtle, bytesOf('{"format": 1}'), signature, other.publicKey)).toEqual({
      kind: 'invalid',
      problem: { code: 'mismatch' },
    });
  });

  test.each([
    ['a key that is not base64', 'not base64!', 'A'.repeat(86) + '==', 'key-format'],
    ['a key of 31 bytes', toBase64(new Uint8Array(31)), 'A'.repeat(86) + '==', 'key-format'],
    ['a key of 33 bytes', toBase64(new Uint8Array(33)), 'A'.repeat(86) + '==', 'key-format'],
    ['a signature that is not base64', toBase64(new Uint8Array(32)), 'not base64!', 'signature-format'],
    ['a signature of 63 bytes', toBase64(new Uint8Array(32)), toBase64(new Uint8Array(63)), 'signature-format'],
    ['a signature of 65 bytes', toBase64(new Uint8Array(32)), toBase64(new Uint8Array(65)), 'signature-format'],
  ])('%s is refused as such', async (_what, publicKey, signature, code) => {
    expect(await verifySignature(subtle, bytesOf('x'), signature, publicKey)).toEqual({
      kind: 'invalid',
      problem: { code },
    });
  });

  test('a key the crypto library will not import is refused with its words', async () => {
    const refusing = {
      importKey: () => Promise.reject(new Error('not a point on the curve')),
    } as unknown as SubtleCrypto;
    expect(
      await verifySignature(refusing, bytesOf('x'), toBase64(new Uint8Array(64)), toBase64(new Uint8Array(32))),
    ).toEqual({ kind: 'invalid', problem: { code: 'key-unusable', detail: 'not a point on the curve' } });
  });

  test('a browser without Ed25519 is said to be the cause, not the key', async () => {
    const unaware = {
      importKey: () => Promise.reject(new DOMException('Algorithm: Unrecognized name', 'NotSupportedError')),
    } as unknown as SubtleCrypto;
    expect(
      await verifySignature(unaware, bytesOf('x'), toBase64(new Uint8Array(64)), toBase64(new Uint8Array(32))),
    ).toEqual({ kind: 'invalid', problem: { code: 'no-ed25519' } });
  });
});

test('signing with a private key that is not base64 says so', async () => {
  await expect(sign(subtle, bytesOf('x'), 'not base64!')).rejects.toThrow('the private key is not base64 (PKCS #8)');
});
