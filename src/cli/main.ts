/**
 * The PSF Lens command line: one table of commands, from which `psf-lens help`, `psf-lens <command> --help` and
 * the unknown-command error are all written, so a command cannot exist without its help.
 */
import type { Readable } from 'node:stream';
import { readFileSync } from 'node:fs';
import { CHECK_USAGE, checkFiles, type Output } from './check.ts';
import { DETECT_USAGE, detectCommand } from './detect-command.ts';
import { ACTIONS_USAGE, actionsCommand, COMPARE_USAGE, compareCommand } from './export-commands.ts';
import { datasetJsonSchema } from './json-schema.ts';
import { LIST_USAGE, listCommand } from './list-command.ts';
import { QUESTIONNAIRE_USAGE, questionnaireCommand } from './questionnaire-command.ts';
import { KEYGEN_USAGE, keygenCommand, SIGN_USAGE, signCommand } from './sign.ts';

interface Command {
  /** One line for the overview. */
  summary: string;
  usage: string;
  /** More lines for `psf-lens <command> --help`. */
  details?: string[];
  run(args: string[], io: Output, stdin: Readable): Promise<number>;
}

const DATASET_OPTION = '--dataset <file>   another dataset than the one bundled with PSF Lens';

export const COMMANDS: Record<string, Command> = {
  detect: {
    summary: 'which rated product each URL is about: one JSON object per URL',
    usage: DETECT_USAGE,
    details: [
      '--stdin            read one URL a line from standard input',
      '--format csv       a table with the eight ratings, for a spreadsheet',
      "--explain          every rule of the URL's host, and why it did or did not decide",
      DATASET_OPTION,
    ],
    run: (args, io, stdin) => detectCommand(args, io, stdin),
  },
  list: {
    summary: 'every product: its id (what the other commands take), name and vendor',
    usage: LIST_USAGE,
    details: [DATASET_OPTION],
    run: listCommand,
  },
  compare: {
    summary: 'compare 2 to 6 products side by side (md by default)',
    usage: COMPARE_USAGE,
    details: [DATASET_OPTION],
    run: compareCommand,
  },
  actions: {
    summary: "a product's practitioner actions as a checklist (md by default)",
    usage: ACTIONS_USAGE,
    details: [DATASET_OPTION],
    run: actionsCommand,
  },
  questionnaire: {
    summary: 'due-diligence questions for the vendor, from the domains not rated Strong',
    usage: QUESTIONNAIRE_USAGE,
    details: [DATASET_OPTION],
    run: questionnaireCommand,
  },
  check: {
    summary: 'validate dataset files: every problem of each, with its JSON path and reason (exit 1 if any)',
    usage: CHECK_USAGE,
    run: checkFiles,
  },
  schema: {
    summary: 'print the dataset format as JSON Schema',
    usage: 'usage: psf-lens schema',
    async run(args, io) {
      if (args.length) {
        io.err(`schema takes no arguments, not ${args.length}\nusage: psf-lens schema`);
        return 2;
      }
      io.out(JSON.stringify(datasetJsonSchema(), null, 2));
      return 0;
    },
  },
  keygen: {
    summary: 'make an Ed25519 key pair for a signed feed: <name>.key and <name>.pub',
    usage: KEYGEN_USAGE,
    run: keygenCommand,
  },
  sign: {
    summary: 'sign a dataset for a feed: writes <dataset.json>.sig',
    usage: SIGN_USAGE,
    run: signCommand,
  },
};

/** Read beside the program, as the bundled dataset is: dist/cli/ and src/cli/ both sit two folders down. */
function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return `psf-lens ${pkg.version}`;
}

export function overview(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  return [
    'PSF Lens command line: independent PSF assessments of AI products, from the shell.',
    '',
    'usage: psf-lens <command> [options]',
    '',
    ...Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`),
    '',
    'psf-lens <command> --help    what a command takes',
    'psf-lens --version           which version this is',
  ].join('\n');
}

export function commandHelp(name: string, command: Command): string {
  return [
    `psf-lens ${name}: ${command.summary}`,
    '',
    command.usage,
    ...(command.details ?? []).map((l) => `  ${l}`),
  ].join('\n');
}

function isHelp(arg: string): boolean {
  return arg === '--help' || arg === '-h';
}

/** Runs one command line; the exit code: 0 done, 1 the input had problems, 2 the command could not run. */
export async function runCli(args: string[], io: Output, stdin: Readable): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === 'help' || isHelp(name)) {
    // `psf-lens help detect` and `psf-lens --help detect` say what detect takes; anything else, every command.
    // Stryker disable next-line StringLiteral: no command is named by a filler, so it reads as no topic too.
    const [topic = ''] = rest;
    io.out(Object.hasOwn(COMMANDS, topic) ? commandHelp(topic, COMMANDS[topic]!) : overview());
    return 0;
  }
  if (name === '--version' || name === '-V' || name === 'version') {
    io.out(version());
    return 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.err(`psf-lens has no command "${name}". The commands are: ${Object.keys(COMMANDS).join(', ')}.`);
    io.err('Run psf-lens --help for what each does.');
    return 2;
  }
  if (rest.some(isHelp)) {
    io.out(commandHelp(name, command));
    return 0;
  }
  // A file that cannot be read or written, a key that is not one: the reason in one line, not a stack trace.
  try {
    return await command.run(rest, io, stdin);
  } catch (error) {
    io.err(`${name}: ${errorMessage(error)}`);
    return 2;
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
