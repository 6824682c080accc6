import { describe, expect, test } from 'vitest';
import type { Dataset } from '../../../src/core/model.ts';
import { TEXT_MAX } from '../../../src/core/dataset-schema.ts';
import { isNewerVersion, parseDataset, validateDataset, type DatasetIssue } from '../../../src/core/schema.ts';
import { compareExport } from '../../../src/core/compare-export.ts';
import { actionsExport } from '../../../src/core/export.ts';
import { bundled, DATASET_TEXT } from '../helpers/dataset.ts';

const exportSource = bundled();

/** Loose access for breaking a clone on purpose: the point is to build what the types forbid. */
type Loose = Record<string, unknown> & { products: Record<string, unknown>[]; assessments: Record<string, unknown>[] };

const base = bundled();
const at = (productId: string) => base.assessments.findIndex((a) => a.productId === productId);
const CODEX = at('openai-codex');
const LANGCHAIN = at('langchain');

function codexAction(dataset: Dataset, domain: 'D1' | 'D2', i: number): { id: string; text: string } {
  const action = dataset.assessments[CODEX]?.domains[domain]?.actions[i];
  if (!action) throw new Error('test setup: the codex assessment has no such action');
  return action;
}

function issuesOf(result: ReturnType<typeof validateDataset>): DatasetIssue[] {
  return result.kind === 'invalid' ? result.issues : [];
}

test('the bundled dataset is valid', () => {
  const result = parseDataset(DATASET_TEXT);
  expect(issuesOf(result), 'the bundled dataset should have no issues').toEqual([]);
  expect(result.kind).toBe('valid');
  if (result.kind === 'valid') expect(result.dataset.products.map((p) => p.id)).toContain('openai-codex');
});

describe('a broken dataset is refused with the JSON path and the reason', () => {
  const cases: [string, (d: Loose & Dataset) => void, string[], RegExp][] = [
    [
      'unknown domain key D9 in ratings',
      (d) => Object.assign(d.assessments[CODEX]!.ratings, { D9: 'Strong' }),
      [`$.assessments[${CODEX}].ratings.D9`],
      /unknown domain/,
    ],
    [
      'rating value "Excellent"',
      (d) => Object.assign(d.assessments[CODEX]!.ratings, { D1: 'Excellent' }),
      [`$.assessments[${CODEX}].ratings.D1`],
      /must be one of Strong, Partial, Gap/,
    ],
    [
      'duplicate product id',
      (d) => void d.products.push({ ...structuredClone(d.products[1]!), id: d.products[0]!.id }),
      [`$.products[${base.products.length}].id`],
      /duplicate product id "langchain" \(first at \$\.products\[0\]\.id\)/,
    ],
    [
      'duplicate assessment id',
      (d) => void (d.assessments[1]!.id = d.assessments[0]!.id),
      ['$.assessments[1].id'],
      /duplicate assessment id/,
    ],
    [
      'duplicate action id',
      (d) => void (codexAction(d, 'D2', 0).id = codexAction(d, 'D1', 0).id),
      [`$.assessments[${CODEX}].domains.D2.actions[0].id`],
      /duplicate action id .*first at \$\.assessments\[\d+\]\.domains\.D1\.actions\[0\]\.id/,
    ],
    [
      'assessment of an unknown product',
      (d) => void (d.assessments[CODEX]!.productId = 'no-such-product'),
      [`$.assessments[${CODEX}].productId`],
      /unknown product "no-such-product"/,
    ],
    [
      'product with an empty match array',
      (d) => void (d.products[0]!.match = []),
      ['$.products[0].match'],
      /at least one match rule/,
    ],
    [
      'http: assessment url',
      (d) => void (d.assessments[CODEX]!.url = 'http://productionai.institute/insights/codex-sites-plugins'),
      [`$.assessments[${CODEX}].url`],
      /https/,
    ],
    [
      'missing title',
      (d) => void Reflect.deleteProperty(d.assessments[CODEX]!, 'title'),
      [`$.assessments[${CODEX}].title`],
      /^missing required field$/,
    ],
    [
      'summaryCounts that disagree with a complete set of ratings',
      (d) => void (d.assessments[LANGCHAIN]!.summaryCounts = { Strong: 4, Partial: 3, Gap: 1 }),
      [`$.assessments[${LANGCHAIN}].summaryCounts.Strong`, `$.assessments[${LANGCHAIN}].summaryCounts.Partial`],
      /counts say \d Strong but the ratings hold 3|counts say \d Partial but the ratings hold 4/,
    ],
    [
      `a finding longer than TEXT_MAX (${TEXT_MAX})`,
      (d) => void (d.assessments[CODEX]!.domains.D1!.findings[0] = 'x'.repeat(TEXT_MAX + 1)),
      [`$.assessments[${CODEX}].domains.D1.findings[0]`],
      new RegExp(`longer than ${TEXT_MAX}`),
    ],
    ['an older or unknown format', (d) => void Object.assign(d, { format: 0 }), ['$.format'], /format 1 only/],
    [
      'a format from a newer PSF Lens',
      (d) => void Object.assign(d, { format: 2 }),
      ['$.format'],
      /^is format 2, newer than this PSF Lens reads \(format 1\): update PSF Lens to read it$/,
    ],
  ];

  test.each(cases)('%s', (_what, breakIt, paths, reason) => {
    const dataset = bundled() as Loose & Dataset;
    breakIt(dataset);
    const result = validateDataset(dataset);
    expect(result.kind).toBe('invalid');
    const issues = issuesOf(result);
    expect(issues.map((i) => i.path)).toEqual(paths);
    for (const issue of issues) expect(issue.message).toMatch(reason);
  });

  test('a finding of exactly TEXT_MAX characters is still accepted', () => {
    const dataset = bundled();
    dataset.assessments[CODEX]!.domains.D1!.findings[0] = 'x'.repeat(TEXT_MAX);
    expect(issuesOf(validateDataset(dataset))).toEqual([]);
  });

  test('summaryCounts may exceed a partial set of ratings (the source knows more than was captured)', () => {
    const dataset = bundled();
    expect(dataset.assessments[at('haystack')]!.summaryCounts).toBeDefined();
    expect(validateDataset(dataset).kind).toBe('valid');
  });

  test.each(['{', 'not json at all', '', '<html></html>'])('parseDataset(%j) is refused at $ as not JSON', (text) => {
    const result = parseDataset(text);
    expect(result.kind).toBe('invalid');
    expect(issuesOf(result)).toEqual([{ path: '$', message: expect.stringMatching(/^not JSON/) }]);
  });

  test.each([
    [null, 'null'],
    [42, 'a number'],
    [[], 'a list'],
    [[{ format: 1 }], 'a list'],
    ['a string', 'a string'],
    [true, 'true or false'],
  ])('validateDataset(%j) is refused with one reason: the file holds %s', (input, held) => {
    expect(issuesOf(validateDataset(input))).toEqual([
      { path: '$', message: `not a PSF dataset: the file holds ${held}, where a dataset is one JSON object` },
    ]);
  });

  test.each([
    [
      'a checklist exported by PSF Lens',
      actionsExport({ product: bundled().products[0]!, assessment: null }, [], [], exportSource, 'json'),
      'not a PSF dataset: the file is a PSF Lens export of a comparison or a checklist, which is read, not imported',
    ],
    [
      'a comparison exported by PSF Lens',
      compareExport([], bundled().domains, exportSource, 'json'),
      'not a PSF dataset: the file is a PSF Lens export of a comparison or a checklist, which is read, not imported',
    ],
    [
      'another JSON object',
      '{"name": "acme", "version": "1.0.0"}',
      'not a PSF dataset: the file holds an object with neither "format" nor "assessments"',
    ],
  ])('%s is refused with one reason, not field by field', (_, text, message) => {
    expect(issuesOf(parseDataset(text))).toEqual([{ path: '$', message }]);
  });

  test('a dataset missing its format, or its assessments, is still told field by field', () => {
    const noFormat = bundled() as Partial<Dataset>;
    delete noFormat.format;
    expect(issuesOf(validateDataset(noFormat))).toEqual([{ path: '$.format', message: 'missing required field' }]);
    const noAssessments = bundled() as Partial<Dataset>;
    delete noAssessments.assessments;
    expect(issuesOf(validateDataset(noAssessments))).toEqual([
      { path: '$.assessments', message: 'missing required field' },
    ]);
  });

  test('parseDataset of a file holding a list says so, not which fields a list lacks', () => {
    expect(issuesOf(parseDataset('[{"format": 1}]'))).toEqual([
      { path: '$', message: 'not a PSF dataset: the file holds a list, where a dataset is one JSON object' },
    ]);
  });
});

describe('isNewerVersion', () => {
  test.each([
    ['2026.11.24.2', '2026.11.24', true],
    ['2026.11.24', '2026.11.24.2', false],
    ['2026.11.24', '2026.11.24', false],
    ['2026.11.24.0', '2026.11.24', false],
    ['2026.12.01', '2026.11.30', true],
    ['2027.01.01', '2026.12.31', true],
    ['2026.01.31', '2026.02.01', false],
    ['2026.11.24.10', '2026.11.24.9', true],
    ['2026.11.24.9', '2026.11.24.10', false],
  ])('%s is newer than %s: %s', (a, b, expected) => {
    expect(isNewerVersion(a, b)).toBe(expected);
  });
});
