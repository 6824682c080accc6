// psf-lens check: exit codes and one line per problem, with its JSON path.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { checkFiles } from '../../../src/cli/check.ts';

const dir = mkdtempSync(join(tmpdir(), 'psf-lens-check-'));
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
async function run(...files: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await checkFiles(files, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

test('the bundled dataset is valid: exit 0 and a one-line summary', async () => {
  const { code, out } = await run('public/data/psf-dataset.json');
  expect(code).toBe(0);
  const dataset = JSON.parse(readFileSync('public/data/psf-dataset.json', 'utf8'));
  const { length: products } = dataset.products;
  const { length: assessments } = dataset.assessments;
  expect(out).toEqual([
    expect.stringMatching(
      new RegExp(
        `: valid: ${products} products, ${assessments} assessments, \\d+ of ${assessments * 8} domain ratings captured$`,
      ),
    ),
  ]);
});

test('a broken dataset: exit 1, every problem in one pass, structure and repeated ids together', async () => {
  const dataset = JSON.parse(readFileSync('public/data/psf-dataset.json', 'utf8'));
  dataset.assessments[1].id = dataset.assessments[0].id;
  dataset.products[3].id = dataset.products[2].id;
  dataset.assessments[2].ratings.D1 = 'Great';
  const { code, out } = await run(file('broken.json', JSON.stringify(dataset)));
  expect(code).toBe(1);
  expect(out[0]).toMatch(/broken\.json: 3 problems$/);
  expect(out.slice(1)).toEqual([
    '  $.assessments[2].ratings.D1: must be one of Strong, Partial, Gap',
    expect.stringMatching(
      /^ {2}\$\.products\[3\]\.id: duplicate product id "[^"]+" \(first at \$\.products\[2\]\.id\)$/,
    ),
    expect.stringMatching(
      /^ {2}\$\.assessments\[1\]\.id: duplicate assessment id "[^"]+" \(first at \$\.assessments\[0\]\.id\)$/,
    ),
  ]);
});

test('a repeated action id is named beside a structural problem, and once when the structure is right', async () => {
  const dataset = JSON.parse(readFileSync('public/data/psf-dataset.json', 'utf8'));
  const codex = dataset.assessments.find((a: { productId: string }) => a.productId === 'openai-codex');
  codex.domains.D2.actions[0].id = codex.domains.D1.actions[0].id;
  dataset.format = 2;
  const first = await run(file('actions.json', JSON.stringify(dataset)));
  expect(first.out.filter((l) => l.includes('duplicate action id'))).toHaveLength(1);
  expect(first.out.some((l) => l.startsWith('  $.format:'))).toBe(true);
  dataset.format = 1;
  const second = await run(file('actions2.json', JSON.stringify(dataset)));
  expect(second.out.slice(1)).toEqual([expect.stringMatching(/\.domains\.D2\.actions\[0\]\.id: duplicate action id/)]);
});

test('not JSON: exit 1 with the parser reason at $', async () => {
  const { code, out } = await run(file('truncated.json', '{"format": 1, "products": ['));
  expect(code).toBe(1);
  expect(out[1]).toMatch(/^ {2}\$: not JSON: /);
});

test('an unreadable file: exit 2, and the other files are still checked', async () => {
  const { code, out, err } = await run(join(dir, 'missing.json'), 'public/data/psf-dataset.json');
  expect(code).toBe(2);
  expect(err[0]).toMatch(/missing\.json: cannot read/);
  expect(out[0]).toMatch(/psf-dataset\.json: valid/);
});

test('no file: what is expected, the usage, and exit 2', async () => {
  const { code, err } = await run();
  expect(code).toBe(2);
  const lines = err.join('\n').split('\n');
  expect(lines[0]).toBe('check needs at least one dataset file');
  expect(lines[1]).toMatch(/^usage: psf-lens check/);
});
