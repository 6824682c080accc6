/** The `detect` command's arguments, input and output. */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { parseArgs } from './args.ts';
import type { Output } from './check.ts';
import { loadDataset } from './dataset-file.ts';
import { classifier, classify, CSV_HEADER, csvLine, jsonLine, type Row } from './detect.ts';
import { csvRow } from '../core/csv.ts';

export const DETECT_USAGE = 'usage: psf-lens detect [--format json|csv] [--dataset <file>] (<url>... | --stdin)';

interface Options {
  format: 'json' | 'csv';
  stdin: boolean;
  dataset?: string;
  urls: string[];
}

function detectArgs(args: string[]): Options | string {
  const parsed = parseArgs(args, ['json', 'csv'] as const, ['--stdin']);
  if (typeof parsed === 'string') return parsed;
  const options: Options = {
    format: parsed.format,
    stdin: parsed.flags.has('--stdin'),
    urls: parsed.positional,
    ...(parsed.dataset ? { dataset: parsed.dataset } : {}),
  };
  if (options.stdin === options.urls.length > 0) return 'give URLs as arguments or --stdin, not both or neither';
  return options;
}

/** Exit code: 0 every line read (matched or not), 1 some line was bad, 2 the command could not run. */
export async function detectCommand(args: string[], io: Output, stdin: Readable): Promise<number> {
  const options = detectArgs(args);
  if (typeof options === 'string') {
    io.err(`${options}\n${DETECT_USAGE}`);
    return 2;
  }
  let c;
  try {
    c = classifier(await loadDataset(options.dataset));
  } catch (error) {
    io.err((error as Error).message);
    return 2;
  }
  let errors = 0;
  const emit = (row: Row) => {
    if (row.kind === 'error') errors++;
    io.out(options.format === 'csv' ? csvLine(c, row) : jsonLine(row));
  };
  if (options.format === 'csv') io.out(csvRow(CSV_HEADER));
  if (options.stdin) {
    let line = 0;
    for await (const text of createInterface({ input: stdin, crlfDelay: Infinity })) emit(classify(c, text, ++line));
  } else {
    for (const url of options.urls) emit(classify(c, url));
  }
  return errors ? 1 : 0;
}
