#!/usr/bin/env node
/** The PSF Lens command line, over the same core as the extension. */
import { checkFiles, type Output } from './check.ts';
import { detectCommand } from './detect-command.ts';
import { actionsCommand, compareCommand } from './export-commands.ts';
import { questionnaireCommand } from './questionnaire-command.ts';
import { keygenCommand, signCommand } from './sign.ts';
import { datasetJsonSchema } from './json-schema.ts';

const HELP = `PSF Lens command line

  psf-lens detect <url>...           which rated product each URL is about: one JSON object per URL
  psf-lens detect --stdin            the same for one URL a line on standard input
      --format csv                   a table with the eight ratings, for a spreadsheet
      --dataset <file>               another dataset than the bundled one
  psf-lens compare <id> <id>...      compare 2 to 6 products (--format md, csv or json; md by default)
  psf-lens actions <id>              a product's practitioner actions as a checklist (--format md, csv or json)
  psf-lens questionnaire <id>        due-diligence questions for the vendor, from the domains not rated Strong
                                     (--format md or csv; md by default)
  psf-lens check <dataset.json>...   validate dataset files (exit 1 with each problem's JSON path and reason)
  psf-lens schema                    print the dataset format as JSON Schema
  psf-lens keygen <name>             make an Ed25519 key pair for a signed feed: <name>.key and <name>.pub
  psf-lens sign <dataset.json> <name>.key   sign a dataset for a feed: writes <dataset.json>.sig
  psf-lens help                      this text`;

/**
 * Standard output, buffered: one write per 64 kB instead of one per line (a line-per-write detect run spends
 * most of its time in the console). Flushed before any error line, so the two streams keep their order.
 */
function bufferedOutput(): Output & { flush(): void } {
  let pending = '';
  const flush = () => {
    if (pending) process.stdout.write(pending);
    pending = '';
  };
  return {
    out(line) {
      pending += `${line}\n`;
      if (pending.length > 65536) flush();
    },
    err(line) {
      flush();
      console.error(line);
    },
    flush,
  };
}

const io = bufferedOutput();

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  switch (command) {
    case 'check':
      return checkFiles(rest, io);
    case 'detect':
      return detectCommand(rest, io, process.stdin);
    case 'keygen':
      return keygenCommand(rest, io);
    case 'sign':
      return signCommand(rest, io);
    case 'compare':
      return compareCommand(rest, io);
    case 'actions':
      return actionsCommand(rest, io);
    case 'questionnaire':
      return questionnaireCommand(rest, io);
    case 'schema':
      io.out(JSON.stringify(datasetJsonSchema(), null, 2));
      return 0;
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      io.out(HELP);
      return 0;
    default:
      io.err(`unknown command "${command}"\n\n${HELP}`);
      return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
io.flush();
