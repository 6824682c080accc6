/**
 * `psf-lens keygen <name>` and `psf-lens sign <dataset.json> <name>.key`: for publishers of a signed feed.
 * The key pair is Ed25519; the signature is detached, over the file's exact bytes, written beside it as `.sig`.
 */
import { writeFile } from 'node:fs/promises';
import { webcrypto } from 'node:crypto';
import { parseDataset } from '../core/schema.ts';
import { generateKeyPair, sign } from '../core/signature.ts';
import type { Output } from './check.ts';
import { readNamed } from './dataset-file.ts';

const subtle = webcrypto.subtle as SubtleCrypto;

export const KEYGEN_USAGE =
  'usage: psf-lens keygen <name>   (writes <name>.key, secret, and <name>.pub, to pin in PSF Lens)';
export const SIGN_USAGE = 'usage: psf-lens sign <dataset.json> <name>.key   (writes <dataset.json>.sig)';

export async function keygenCommand(args: string[], io: Output): Promise<number> {
  const [name] = args;
  if (!name || args.length > 1) {
    io.err(`keygen needs one name for the key pair, not ${args.length}\n${KEYGEN_USAGE}`);
    return 2;
  }
  const pair = await generateKeyPair(subtle);
  await writeFile(`${name}.key`, `${pair.privateKey}\n`, { mode: 0o600, flag: 'wx' }).catch(
    (error: NodeJS.ErrnoException) => {
      throw new Error(error.code === 'EEXIST' ? `${name}.key exists already: not overwritten` : error.message);
    },
  );
  await writeFile(`${name}.pub`, `${pair.publicKey}\n`);
  io.out(`wrote ${name}.key (private: keep it secret, off the feed server) and ${name}.pub`);
  io.out(`public key to pin in PSF Lens (settings or managed policy "feedPublicKey"): ${pair.publicKey}`);
  return 0;
}

export async function signCommand(args: string[], io: Output): Promise<number> {
  const [file, keyFile] = args;
  if (!file || !keyFile || args.length > 2) {
    io.err(`sign needs a dataset file and a private key file, not ${args.length} arguments\n${SIGN_USAGE}`);
    return 2;
  }
  const bytes = new Uint8Array(await readNamed(file));
  const checked = parseDataset(new TextDecoder().decode(bytes));
  if (checked.kind === 'invalid') {
    io.err(`${file} is not a valid dataset, so it is not signed (psf-lens check ${file} lists why)`);
    return 1;
  }
  // The key as written by keygen, its newline too: sign() reads the base64 without the spaces around it.
  const signature = await sign(subtle, bytes, (await readNamed(keyFile)).toString('utf8'));
  await writeFile(`${file}.sig`, `${signature}\n`);
  io.out(`signed ${file} (version ${checked.dataset.version}): ${file}.sig`);
  return 0;
}
