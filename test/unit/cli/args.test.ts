// The command line's options: what each takes, and a refusal that names what was wrong.
import { expect, test } from 'vitest';
import { arityProblem, parseArgs } from '../../../src/cli/args.ts';

const FORMATS = ['md', 'csv'] as const;

test('the first format is the default; options and flags anywhere among the ids', () => {
  expect(parseArgs(['a', '--stdin', '--dataset', 'd.json', 'b', '--format', 'csv'], FORMATS, ['--stdin'])).toEqual({
    format: 'csv',
    dataset: 'd.json',
    flags: new Set(['--stdin']),
    positional: ['a', 'b'],
  });
  expect(parseArgs([], FORMATS, [])).toEqual({ format: 'md', flags: new Set(), positional: [] });
});

test.each([
  [['--format'], '--format takes md, csv, not nothing'],
  [['--format', 'pdf'], '--format takes md, csv, not pdf'],
  [['--format', ''], '--format takes md, csv, not nothing'],
  [['a', '--dataset'], '--dataset takes a file'],
  [['--dataset', ''], '--dataset takes a file'],
  [['--stdin'], 'unknown option --stdin'],
])('%j: %s', (args, problem) => {
  expect(parseArgs(args, FORMATS, [])).toBe(problem);
});

test('a flag one command takes is an unknown option to another', () => {
  expect(parseArgs(['--explain'], FORMATS, ['--explain'])).toMatchObject({ flags: new Set(['--explain']) });
  expect(parseArgs(['--explain'], FORMATS, ['--stdin'])).toBe('unknown option --explain');
});

test('a command with no format is a mistake in PSF Lens, not in the command line', () => {
  expect(() => parseArgs([], [], [])).toThrow('parseArgs needs at least one format');
});

test.each([
  [1, { min: 2, max: 6, one: 'product id', other: 'product ids' }, 'compare needs 2 to 6 product ids, not 1'],
  [0, { min: 1, max: 1, one: 'product id', other: 'product ids' }, 'compare needs 1 product id, not 0'],
  [3, { min: 2, max: 2, one: 'file', other: 'files' }, 'compare needs 2 files, not 3'],
])('%i of %j: %s', (n, arity, problem) => {
  expect(arityProblem('compare', n, arity)).toBe(problem);
  expect(arityProblem('compare', arity.min, arity)).toBeNull();
  expect(arityProblem('compare', arity.max, arity)).toBeNull();
});
