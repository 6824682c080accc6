/** Reads a dataset file for the command line: the bundled one by default, validated like the extension does. */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '../core/model.ts';
import { parseDataset } from '../core/schema.ts';
import { arityProblem, parseArgs, type Arity, type ParsedArgs } from './args.ts';
import type { Output } from './check.ts';

/** dist/cli/psf-lens.js and src/cli/*.ts both sit two folders below the project. */
export const BUNDLED_DATASET = fileURLToPath(new URL('../../public/data/psf-dataset.json', import.meta.url));

/**
 * A file's bytes, or an error that names the file as `psf-lens check` does: the system's own words for a folder
 * given as a file ("EISDIR: illegal operation on a directory, read") do not say which.
 */
export async function readNamed(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new Error(`${path}: cannot read: ${(error as Error).message}`);
  }
}

export async function loadDataset(path = BUNDLED_DATASET): Promise<Dataset> {
  const result = parseDataset((await readNamed(path)).toString('utf8'));
  if (result.kind === 'invalid') {
    const first = result.issues.slice(0, 5).map((i) => `  ${i.path}: ${i.message}`);
    throw new Error(
      `${path} is not a valid dataset (psf-lens check ${path} lists every problem):\n${first.join('\n')}`,
    );
  }
  return result.dataset;
}

/**
 * The arguments and the dataset of a command that reads one (`--dataset` or the bundled file), or null after
 * saying on `io` why not (a usage error, an unreadable or invalid dataset): the command then exits 2.
 */
export async function argsWithDataset<F extends string>(
  args: readonly string[],
  formats: readonly F[],
  usage: string,
  arity: Arity & { command: string },
  io: Output,
): Promise<{ parsed: ParsedArgs<F>; dataset: Dataset } | null> {
  const refuse = (problem: string) => {
    io.err(`${problem}\n${usage}`);
    return null;
  };
  // Stryker disable next-line ArrayDeclaration: these commands take no flag, and a filler one is no option typed.
  const parsed = parseArgs(args, formats, []);
  if (typeof parsed === 'string') return refuse(parsed);
  const problem = arityProblem(arity.command, parsed.positional.length, arity);
  if (problem) return refuse(problem);
  try {
    return { parsed, dataset: await loadDataset(parsed.dataset) };
  } catch (error) {
    io.err((error as Error).message);
    return null;
  }
}
