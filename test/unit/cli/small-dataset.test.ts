// The commands over a dataset of the user's own (--dataset): a few products in no particular order, so the
// output can be read in full.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { expect, test } from 'vitest';
import { loadDataset } from '../../../src/cli/dataset-file.ts';
import { checkFiles } from '../../../src/cli/check.ts';
import { runCli } from '../../../src/cli/main.ts';
import { bundled } from '../helpers/dataset.ts';

/** The bundled dataset cut to these products (and their assessments), in this order, as a file. */
function datasetFile(ids: string[], edit: (dataset: ReturnType<typeof bundled>) => void = () => {}): string {
  const dataset = bundled();
  dataset.products = ids.map((id) => dataset.products.find((p) => p.id === id)!);
  dataset.assessments = dataset.assessments.filter((a) => ids.includes(a.productId));
  edit(dataset);
  const file = join(mkdtempSync(join(tmpdir(), 'psf-lens-small-')), 'dataset.json');
  writeFileSync(file, JSON.stringify(dataset));
  return file;
}

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) }, Readable.from([]));
  return { code, out, err };
}

test('list: sorted by id, each column as wide as its widest cell, two spaces apart', async () => {
  const file = datasetFile(['openai-codex', 'crewai', 'langchain']);
  const { code, out } = await cli('list', '--dataset', file);
  expect(code).toBe(0);
  expect(out).toEqual([
    'id            name                   vendor',
    'crewai        CrewAI                 CrewAI',
    'langchain     LangChain / LangGraph  LangChain',
    'openai-codex  OpenAI Codex           OpenAI',
  ]);
});

test('check: one product and one assessment said in the singular, with the ratings it captured', async () => {
  let captured = 0;
  const file = datasetFile(['haystack'], (dataset) => {
    dataset.assessments = dataset.assessments.slice(0, 1);
    captured = Object.keys(dataset.assessments[0]!.ratings).length;
  });
  expect(captured).toBeGreaterThan(0);
  expect(captured).toBeLessThan(8);
  const out: string[] = [];
  const code = await checkFiles([file], { out: (l) => out.push(l), err: (l) => out.push(l) });
  expect(code).toBe(0);
  expect(out).toEqual([`${file}: valid: 1 product, 1 assessment, ${captured} of 8 domain ratings captured`]);
});

test('check: one problem said in the singular', async () => {
  const file = datasetFile(['crewai'], (dataset) => {
    dataset.products[0]!.vendor = '';
  });
  const out: string[] = [];
  expect(await checkFiles([file], { out: (l) => out.push(l), err: (l) => out.push(l) })).toBe(1);
  expect(out[0]).toBe(`${file}: 1 problem`);
  expect(out).toHaveLength(2);
});

test('a command over an invalid dataset names its first five problems, one a line, and where to see them all', async () => {
  const file = datasetFile(['crewai', 'langchain', 'openai-codex'], (dataset) => {
    for (const product of dataset.products) {
      product.vendor = '';
      product.name = '';
    }
  });
  const error = await loadDataset(file).then(
    () => '',
    (e: Error) => e.message,
  );
  const lines = error.split('\n');
  expect(lines[0]).toBe(`${file} is not a valid dataset (psf-lens check ${file} lists every problem):`);
  expect(lines.slice(1)).toHaveLength(5);
  for (const line of lines.slice(1)) expect(line).toMatch(/^ {2}\$\.products\[\d\]\.(name|vendor): .+/);
});

test('an unknown product is named, with the known ids in order', async () => {
  const file = datasetFile(['openai-codex', 'crewai', 'langchain']);
  for (const args of [
    ['compare', 'crewai', 'nope', 'zed', '--dataset', file],
    ['actions', 'nope', '--dataset', file],
    ['questionnaire', 'nope', '--dataset', file],
  ]) {
    const { code, err } = await cli(...args);
    expect(code).toBe(2);
    expect(err[0]).toMatch(/^unknown product "nope"(, "zed")?; known: crewai, langchain, openai-codex$/);
  }
  expect((await cli('compare', 'nope', 'zed', '--dataset', file)).err).toEqual([
    'unknown product "nope", "zed"; known: crewai, langchain, openai-codex',
  ]);
});

test('compare: the products asked for, in the order asked, and no blank line at the end', async () => {
  const file = datasetFile(['openai-codex', 'crewai', 'langchain']);
  const { code, out } = await cli('compare', 'langchain', 'crewai', '--format', 'csv', '--dataset', file);
  expect(code).toBe(0);
  const text = out.join('\n');
  expect(text.split('\r\n')[0]).toBe(',LangChain / LangGraph,CrewAI');
  expect(text).not.toMatch(/\n$/);
  for (const format of ['md', 'json']) {
    const { out: lines } = await cli('compare', 'langchain', 'crewai', '--format', format, '--dataset', file);
    expect(lines.join('\n')).not.toMatch(/\n$/);
  }
});

test('questionnaire and actions end with their last line, without a blank line after it', async () => {
  const last = async (...args: string[]) => {
    const { code, out } = await cli(...args);
    expect(code).toBe(0);
    return out.join('\n').split(/\r?\n/).at(-1);
  };
  expect(await last('questionnaire', 'crewai')).toBe('**Evidence:**');
  expect(await last('questionnaire', 'crewai', '--format', 'csv')).toMatch(/^crewai,D8-\d+,D8,Vendor Resilience,/);
  expect(await last('actions', 'crewai')).toMatch(/^Source: PSF assessments by the Production AI Institute/);
});
