/** The `detect` command's arguments, input and output. */
import type { Readable } from 'node:stream';
import { parseArgs } from './args.ts';
import type { Output } from './check.ts';
import { loadDataset } from './dataset-file.ts';
import { classifier, classify, CSV_HEADER, csvLine, jsonLine, type Row } from './detect.ts';
import { csvRow } from '../core/csv.ts';
import { explain } from '../core/explain.ts';
import { explanationText } from './explain-lines.ts';

export const DETECT_USAGE =
  'usage: psf-lens detect [--format json|csv] [--explain] [--dataset <file>] (<url>... | --stdin)';

interface Options {
  format: 'json' | 'csv';
  stdin: boolean;
  /** Every rule of each URL's host, and why it did or did not decide (text, or one JSON object a URL). */
  explain: boolean;
  dataset?: string;
  urls: string[];
}

function detectArgs(args: string[]): Options | string {
  const parsed = parseArgs(args, ['json', 'csv'] as const, ['--stdin', '--explain']);
  if (typeof parsed === 'string') return parsed;
  const options: Options = {
    format: parsed.format,
    stdin: parsed.flags.has('--stdin'),
    explain: parsed.flags.has('--explain'),
    urls: parsed.positional,
    ...(parsed.dataset ? { dataset: parsed.dataset } : {}),
  };
  if (options.stdin === options.urls.length > 0) return 'give URLs as arguments or --stdin, not both or neither';
  if (options.explain && options.format === 'csv') return '--explain writes text or JSON (--format json), not CSV';
  return options;
}

/**
 * Calls `each` with every line of a stream (LF or CRLF), a chunk at a time: for a list of a few hundred thousand
 * URLs this is several times faster than readline's event per line. A last line without a newline still counts.
 */
export async function eachLine(input: Readable, each: (line: string) => void): Promise<void> {
  const decoder = new TextDecoder();
  let rest = '';
  const take = (line: string) => each(line.endsWith('\r') ? line.slice(0, -1) : line);
  for await (const chunk of input) {
    const text = rest + (typeof chunk === 'string' ? chunk : decoder.decode(chunk as Uint8Array, { stream: true }));
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      take(text.slice(start, end));
      start = end + 1;
    }
    rest = text.slice(start);
  }
  rest += decoder.decode();
  if (rest) take(rest);
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
  let failed = false;
  const json = args.includes('--format');
  const emit = (row: Row) => {
    if (row.kind === 'error') failed = true;
    if (options.explain && row.kind === 'result') {
      const e = explain(c.index, row.url);
      for (const line of json ? [JSON.stringify(e)] : explanationText(e)) io.out(line);
    } else io.out(options.format === 'csv' ? csvLine(c, row) : jsonLine(row));
  };
  if (options.format === 'csv') io.out(csvRow(CSV_HEADER));
  if (options.stdin) {
    let line = 0;
    await eachLine(stdin, (text) => emit(classify(c, text, ++line)));
  } else {
    for (const url of options.urls) emit(classify(c, url));
  }
  return failed ? 1 : 0;
}
