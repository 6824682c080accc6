// psf-lens compare / actions: the workspace's exports from the shell, with clear refusals.
import { expect, test } from 'vitest';
import { actionsCommand, compareCommand } from '../../../src/cli/export-commands.ts';

async function run(command: typeof compareCommand, args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await command(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, text: out.join('\n'), err: err.join('\n') };
}

test('compare writes Markdown by default, CSV and JSON on request', async () => {
  const md = await run(compareCommand, ['semantic-kernel', 'autogen']);
  expect(md.code).toBe(0);
  expect(md.text).toContain('| D7 Security | Strong | Partial |');
  const csv = await run(compareCommand, ['semantic-kernel', 'autogen', '--format', 'csv']);
  expect(csv.text.split('\r\n')).toContain('D6 Human Oversight,Partial,Strong');
  const json = JSON.parse((await run(compareCommand, ['--format', 'json', 'semantic-kernel', 'autogen'])).text);
  expect(json.products.map((p: { ratings: { D1: string } }) => p.ratings.D1)).toEqual(['Partial', 'Gap']);
});

test('actions lists a product’s actions, all to do (the checklist’s states live in the browser)', async () => {
  const csv = await run(actionsCommand, ['openai-codex', '--format', 'csv']);
  expect(csv.code).toBe(0);
  const rows = csv.text.split('\r\n');
  expect(rows[0]).toMatch(/^product,domain_id/);
  expect(rows.slice(1).every((r) => r.includes(',To do,'))).toBe(true);
  expect(rows.length).toBeGreaterThan(20);
});

test.each([
  [compareCommand, ['langchain'], /usage: psf-lens compare/],
  [compareCommand, ['a', 'b', 'c', 'd', 'e', 'f', 'g'], /usage: psf-lens compare/],
  [compareCommand, ['langchain', 'no-such'], /unknown product "no-such"; known: /],
  [compareCommand, ['langchain', 'crewai', '--format', 'pdf'], /--format takes md, csv, json, not pdf/],
  [actionsCommand, [], /usage: psf-lens actions/],
  [actionsCommand, ['crewai', 'autogen'], /usage: psf-lens actions/],
])('refuses %#: exit 2 with the reason', async (command, args, reason) => {
  const result = await run(command, args);
  expect(result.code).toBe(2);
  expect(result.err).toMatch(reason);
  expect(result.text).toBe('');
});
