// psf-lens keygen and sign, for a feed's publisher: the private key written for its owner alone and never
// overwritten, and a signature PSF Lens accepts with the public key keygen printed.
import { mkdtempSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { webcrypto } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { keygenCommand, signCommand } from '../../../src/cli/sign.ts';
import { verifySignature } from '../../../src/core/signature.ts';
import { bundled, DATASET_TEXT } from '../helpers/dataset.ts';

const subtle = webcrypto.subtle as SubtleCrypto;

async function run(command: typeof keygenCommand, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await command(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

const fresh = () => mkdtempSync(join(tmpdir(), 'psf-lens-sign-'));

test('keygen writes the private key for its owner alone and the public key beside it, and says which to pin', async () => {
  const name = join(fresh(), 'feed');
  const { code, out, err } = await run(keygenCommand, name);
  expect(code).toBe(0);
  expect(err).toEqual([]);
  const privateKey = readFileSync(`${name}.key`, 'utf8');
  const publicKey = readFileSync(`${name}.pub`, 'utf8');
  expect(privateKey).toMatch(/^[A-Za-z0-9+/]+=*\n$/);
  expect(publicKey).toMatch(/^[A-Za-z0-9+/]{43}=\n$/);
  expect(statSync(`${name}.key`).mode & 0o777).toBe(0o600);
  expect(out).toEqual([
    `wrote ${name}.key (private: keep it secret, off the feed server) and ${name}.pub`,
    `public key to pin in PSF Lens (settings or managed policy "feedPublicKey"): ${publicKey.trim()}`,
  ]);
});

test('keygen never overwrites a private key', async () => {
  const name = join(fresh(), 'feed');
  writeFileSync(`${name}.key`, 'the key in use\n');
  await expect(run(keygenCommand, name)).rejects.toThrow(`${name}.key exists already: not overwritten`);
  expect(readFileSync(`${name}.key`, 'utf8')).toBe('the key in use\n');
  expect(existsSync(`${name}.pub`)).toBe(false);
});

test('keygen where the key cannot be written says why, in the system’s words', async () => {
  const name = join(fresh(), 'no-such-folder', 'feed');
  await expect(run(keygenCommand, name)).rejects.toThrow(/ENOENT/);
});

test.each([[[]], [['a', 'b']]])('keygen %j: one name is needed, exit 2', async (args) => {
  const { code, out, err } = await run(keygenCommand, ...args);
  expect(code).toBe(2);
  expect(out).toEqual([]);
  expect(err.join('\n').split('\n')).toEqual([
    `keygen needs one name for the key pair, not ${args.length}`,
    expect.stringMatching(/^usage: psf-lens keygen <name>/),
  ]);
});

test('sign writes a signature of the file’s exact bytes that the public key verifies', async () => {
  const dir = fresh();
  const name = join(dir, 'feed');
  await run(keygenCommand, name);
  const file = join(dir, 'psf-dataset.json');
  writeFileSync(file, DATASET_TEXT);
  const { code, out, err } = await run(signCommand, file, `${name}.key`);
  expect(code).toBe(0);
  expect(err).toEqual([]);
  expect(out).toEqual([`signed ${file} (version ${bundled().version}): ${file}.sig`]);
  const signature = readFileSync(`${file}.sig`, 'utf8');
  expect(signature).toMatch(/\n$/);
  const publicKey = readFileSync(`${name}.pub`, 'utf8').trim();
  const bytes = new Uint8Array(readFileSync(file));
  expect(await verifySignature(subtle, bytes, signature.trim(), publicKey)).toEqual({ kind: 'valid' });
  bytes[0] = 0x20;
  expect(await verifySignature(subtle, bytes, signature.trim(), publicKey)).toEqual({
    kind: 'invalid',
    problem: { code: 'mismatch' },
  });
});

test('sign refuses a file that is not a valid dataset, and writes no signature', async () => {
  const dir = fresh();
  const name = join(dir, 'feed');
  await run(keygenCommand, name);
  const file = join(dir, 'broken.json');
  writeFileSync(file, '{"format": 1}');
  const { code, out, err } = await run(signCommand, file, `${name}.key`);
  expect(code).toBe(1);
  expect(out).toEqual([]);
  expect(err).toEqual([`${file} is not a valid dataset, so it is not signed (psf-lens check ${file} lists why)`]);
  expect(existsSync(`${file}.sig`)).toBe(false);
});

test.each([[[]], [['data.json']], [['data.json', 'feed.key', 'more']]])(
  'sign %j: a dataset and a key are needed, exit 2',
  async (args) => {
    const { code, out, err } = await run(signCommand, ...args);
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err.join('\n').split('\n')).toEqual([
      `sign needs a dataset file and a private key file, not ${args.length} arguments`,
      expect.stringMatching(/^usage: psf-lens sign <dataset\.json> <name>\.key/),
    ]);
  },
);
