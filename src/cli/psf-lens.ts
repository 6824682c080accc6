#!/usr/bin/env node
/** The PSF Lens command line, over the same core as the extension. */
import { checkFiles, type Output } from './check.ts';
import { datasetJsonSchema } from './json-schema.ts';

const HELP = `PSF Lens command line

  psf-lens check <dataset.json>...   validate dataset files (exit 1 with each problem's JSON path and reason)
  psf-lens schema                    print the dataset format as JSON Schema
  psf-lens help                      this text`;

const io: Output = { out: (line) => console.log(line), err: (line) => console.error(line) };

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  switch (command) {
    case 'check':
      return checkFiles(rest, io);
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
