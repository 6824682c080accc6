/** Reads a dataset file for the command line: the bundled one by default, validated like the extension does. */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '../core/model.ts';
import { parseDataset } from '../core/schema.ts';

/** dist/cli/psf-lens.js and src/cli/*.ts both sit two folders below the project. */
export const BUNDLED_DATASET = fileURLToPath(new URL('../../public/data/psf-dataset.json', import.meta.url));

export async function loadDataset(path = BUNDLED_DATASET): Promise<Dataset> {
  const result = parseDataset(await readFile(path, 'utf8'));
  if (result.kind === 'invalid') {
    const first = result.issues.slice(0, 5).map((i) => `  ${i.path}: ${i.message}`);
    throw new Error(
      `${path} is not a valid dataset (psf-lens check ${path} lists every problem):\n${first.join('\n')}`,
    );
  }
  return result.dataset;
}
