// The command line as a person meets it: help for every command, the version, `list`, and usage errors that
// say what is expected.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { COMMANDS, runCli } from '../../../src/cli/main.ts';

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) }, Readable.from([]));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const NAMES = Object.keys(COMMANDS);

describe('help', () => {
  test('the overview names every command', async () => {
    for (const args of [[], ['help'], ['--help'], ['-h']]) {
      const { code, out } = await cli(...args);
      expect(code).toBe(0);
      for (const name of NAMES) expect(out, `${name} in the overview`).toMatch(new RegExp(`^  ${name} `, 'm'));
    }
  });

  test.each(NAMES)('psf-lens %s --help says what it takes, and runs nothing', async (name) => {
    for (const args of [
      [name, '--help'],
      [name, '-h'],
      ['help', name],
    ]) {
      const { code, out, err } = await cli(...args);
      expect(code).toBe(0);
      expect(err).toBe('');
      expect(out).toMatch(new RegExp(`^psf-lens ${name}: `));
      expect(out).toMatch(new RegExp(`usage: psf-lens ${name}`));
    }
  });
});

test('the overview: what the program is, each command on its line with its summary in one column, how to learn more', async () => {
  const lines = (await cli()).out.split('\n');
  expect(lines.slice(0, 4)).toEqual([
    'PSF Lens command line: independent PSF assessments of AI products, from the shell.',
    '',
    'usage: psf-lens <command> [options]',
    '',
  ]);
  const width = Math.max(...NAMES.map((n) => n.length));
  expect(lines.slice(4, 4 + NAMES.length)).toEqual(
    NAMES.map((name) => `  ${name}${' '.repeat(width - name.length)}  ${COMMANDS[name]?.summary}`),
  );
  expect(lines.slice(4 + NAMES.length)).toEqual([
    '',
    'psf-lens <command> --help    what a command takes',
    'psf-lens --version           which version this is',
  ]);
});

test('a command’s help: its summary, its usage, then its options indented', async () => {
  expect((await cli('detect', '--help')).out.split('\n')).toEqual([
    `psf-lens detect: ${COMMANDS.detect?.summary}`,
    '',
    COMMANDS.detect?.usage,
    ...(COMMANDS.detect?.details ?? []).map((line) => `  ${line}`),
  ]);
  expect(COMMANDS.detect?.details?.length).toBeGreaterThan(1);
  expect((await cli('help', 'check')).out.split('\n')).toEqual([
    `psf-lens check: ${COMMANDS.check?.summary}`,
    '',
    COMMANDS.check?.usage,
  ]);
});

test.each([
  ['help', 'nope'],
  ['help', 'toString'],
  ['--help', 'constructor'],
])('psf-lens %s %s: no such command, so the overview', async (...args) => {
  const { code, out, err } = await cli(...args);
  expect({ code, err }).toEqual({ code: 0, err: '' });
  expect(out).toBe((await cli()).out);
});

test('psf-lens --help detect says what detect takes, as psf-lens help detect does', async () => {
  expect((await cli('--help', 'detect')).out).toBe((await cli('help', 'detect')).out);
  expect((await cli('-h', 'detect')).out).toMatch(/^psf-lens detect: /);
});

test('every command has a summary, and each option in its help says what it does', () => {
  for (const [name, command] of Object.entries(COMMANDS)) {
    expect(command.summary, name).toMatch(/^[a-z0-9].{20,}[^.]$/);
    for (const line of command.details ?? []) expect(line, name).toMatch(/^--[a-z]+(?: \S+)? {3,}[a-z]\S* .{10,}$/);
  }
});

test('every command that reads the dataset offers another one with --dataset', () => {
  const reading = ['detect', 'list', 'compare', 'actions', 'questionnaire'];
  for (const name of reading)
    expect(COMMANDS[name]?.details, name).toContain(
      '--dataset <file>   another dataset than the one bundled with PSF Lens',
    );
  expect(COMMANDS.detect?.details).toHaveLength(4);
});

test('psf-lens detect runs the detect command', async () => {
  const { code, out } = await cli('detect', 'https://openai.com/codex/');
  expect(code).toBe(0);
  expect(JSON.parse(out)).toMatchObject({ url: 'https://openai.com/codex/', product: 'openai-codex' });
});

test('psf-lens schema prints the dataset format as JSON Schema', async () => {
  const { code, out, err } = await cli('schema');
  expect({ code, err }).toEqual({ code: 0, err: '' });
  const schema = JSON.parse(out) as { $schema: string; type: string };
  expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
  expect(schema.type).toBe('object');
  expect(out).toContain('\n  "');
});

test('--version prints the package version', async () => {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  for (const flag of ['--version', '-V', 'version'])
    expect(await cli(flag)).toEqual({ code: 0, out: `psf-lens ${version}`, err: '' });
});

describe('list', () => {
  const dataset = JSON.parse(readFileSync('public/data/psf-dataset.json', 'utf8')) as {
    products: { id: string; name: string; vendor: string }[];
  };
  test('text: a header and one line per product, with its id, name and vendor', async () => {
    const { code, out } = await cli('list');
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^id +name +vendor$/);
    expect(lines).toHaveLength(dataset.products.length + 1);
    expect(lines.find((l) => l.startsWith('langchain '))).toMatch(/^langchain +LangChain \/ LangGraph +LangChain$/);
  });
  test('json and csv, for scripts', async () => {
    const json = JSON.parse((await cli('list', '--format', 'json')).out) as { id: string }[];
    expect(json.map((p) => p.id).sort()).toEqual(dataset.products.map((p) => p.id).sort());
    expect((await cli('list', '--format', 'csv')).out.split('\n')[0]).toBe('id,name,vendor');
  });
});

describe('usage errors say what is expected', () => {
  test.each([
    [['compare', 'langchain'], 'compare needs 2 to 6 product ids, not 1'],
    [['compare', 'a', 'b', 'c', 'd', 'e', 'f', 'g'], 'compare needs 2 to 6 product ids, not 7'],
    [['actions'], 'actions needs 1 product id, not 0'],
    [['questionnaire', 'a', 'b'], 'questionnaire needs 1 product id, not 2'],
    [['list', 'extra'], 'list needs 0 arguments, not 1'],
    [['check'], 'check needs at least one dataset file'],
    [['compare', 'a', 'b', '--format', 'pdf'], '--format takes md, csv, json, not pdf'],
    [['schema', 'x'], 'schema takes no arguments, not 1'],
    [['keygen'], 'keygen needs one name for the key pair, not 0'],
  ])('psf-lens %s', async (args, first) => {
    const { code, err } = await cli(...args);
    expect(code).toBe(2);
    expect(err.split('\n')[0]).toBe(first);
    expect(err).toMatch(/usage: psf-lens /);
  });

  test('an unknown command names the ones there are', async () => {
    const { code, err } = await cli('compar');
    expect(code).toBe(2);
    expect(err.split('\n')).toEqual([
      `psf-lens has no command "compar". The commands are: ${NAMES.join(', ')}.`,
      'Run psf-lens --help for what each does.',
    ]);
    expect(NAMES.slice(0, 3)).toEqual(['detect', 'list', 'compare']);
  });
});

describe('a command that cannot finish says why in one line, and exits 2', () => {
  const dir = mkdtempSync(join(tmpdir(), 'psf-lens-cli-'));
  writeFileSync(join(dir, 'feed.key'), 'the key in use\n');
  writeFileSync(join(dir, 'bad.key'), 'not a key\n');
  // A copy, so that no signature can land beside the bundled dataset.
  const dataset = join(dir, 'psf-dataset.json');
  writeFileSync(
    dataset,
    readFileSync(fileURLToPath(new URL('../../../public/data/psf-dataset.json', import.meta.url))),
  );

  test.each([
    [['keygen', join(dir, 'feed')], `keygen: ${join(dir, 'feed')}.key exists already: not overwritten`],
    [['keygen', join(dir, 'no-such-folder', 'feed')], /^keygen: ENOENT: no such file or directory/],
    [['sign', join(dir, 'missing.json'), join(dir, 'feed.key')], /^sign: .*missing\.json/],
    [['sign', dataset, join(dir, 'bad.key')], 'sign: the private key is not base64 (PKCS #8)'],
  ])('psf-lens %j', async (args, line) => {
    const { code, out, err } = await cli(...args);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.split('\n')).toHaveLength(1);
    expect(err).toMatch(line);
  });
});

test('a file that cannot be read is named, as psf-lens check names it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'psf-lens-cli-'));
  writeFileSync(join(dir, 'feed.key'), 'not used\n');
  const dataset = join(dir, 'psf-dataset.json');
  writeFileSync(
    dataset,
    readFileSync(fileURLToPath(new URL('../../../public/data/psf-dataset.json', import.meta.url))),
  );
  // A folder given for a file: the system's own words (EISDIR) name no file.
  for (const args of [
    ['list', '--dataset', dir],
    ['compare', 'langchain', 'crewai', '--dataset', dir],
    ['sign', dir, join(dir, 'feed.key')],
    ['sign', dataset, dir],
  ]) {
    const { code, err } = await cli(...args);
    expect(code, args.join(' ')).toBe(2);
    expect(err, args.join(' ')).toMatch(new RegExp(`^(sign: )?${dir}: cannot read: EISDIR`));
  }
  expect((await cli('list', '--dataset', join(dir, 'missing.json'))).err).toBe(
    `${join(dir, 'missing.json')}: cannot read: ENOENT: no such file or directory, open '${join(dir, 'missing.json')}'`,
  );
});
