// The command line as a person meets it: help for every command, the version, `list`, and usage errors that
// say what is expected.
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
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
    expect(err).toMatch(/^psf-lens has no command "compar"\. The commands are: detect, list, compare/);
  });
});
