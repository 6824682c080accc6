// Every problem the dataset rules find, read back from its English sentence as a code with its details, so the
// workspace can say it in its reader's language. Each rule is run for real (parseDataset on a file broken in one
// place), so a sentence a rule changes without its reader fails here, by the rule's path.
import { describe, expect, test } from 'vitest';
import { datasetProblem, type DatasetProblem } from '../../../src/core/dataset-problems.ts';
import type { Dataset } from '../../../src/core/model.ts';
import { parseDataset } from '../../../src/core/schema.ts';
import { bundled } from '../helpers/dataset.ts';

/** A copy of the bundled dataset as loose JSON: the point is to build, in one line each, what the types forbid. */
type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const broken = (change: (d: Loose) => void) => {
  const d = bundled() as unknown as Loose;
  change(d);
  return JSON.stringify(d);
};

function problemsOf(text: string): [string, DatasetProblem][] {
  const parsed = parseDataset(text);
  if (parsed.kind === 'valid') throw new Error('the broken file was accepted');
  return parsed.issues.map((issue) => [issue.path, datasetProblem(issue.message)]);
}

const first = (d: Dataset | Loose) => d as Loose;

describe('each rule, broken once, reads back as its code', () => {
  test.each<[string, string, string, DatasetProblem]>([
    ['not JSON', '{', '$', { kind: 'not-json', position: 1 }],
    ['an empty file', '', '$', { kind: 'not-json' }],
    ['a list', '[1]', '$', { kind: 'not-dataset', held: 'list' }],
    ['a string', '"x"', '$', { kind: 'not-dataset', held: 'text' }],
    ['a number', '3', '$', { kind: 'not-dataset', held: 'number' }],
    ['null', 'null', '$', { kind: 'not-dataset', held: 'null' }],
    ['true', 'true', '$', { kind: 'not-dataset', held: 'boolean' }],
    [
      'a repeated key',
      '{"format":1,\n "format":1}',
      '$.format',
      { kind: 'repeated-key', key: 'format', line: 2, column: 2, firstLine: 1, firstColumn: 2 },
    ],
    ['a newer format', broken((d) => (d.format = 2)), '$.format', { kind: 'format-newer', format: 2 }],
    ['another format', broken((d) => (d.format = '1')), '$.format', { kind: 'format-unknown' }],
    ['a missing field', broken((d) => delete d.version), '$.version', { kind: 'missing' }],
    ['an unknown field', broken((d) => (d.extra = 1)), '$.extra', { kind: 'unknown-field', field: 'extra' }],
    [
      'a number for a text',
      broken((d) => (d.products[0].name = 5)),
      '$.products[0].name',
      { kind: 'type', expected: 'text' },
    ],
    [
      'a text for a list',
      broken((d) => (d.assessments[0].overview = 'x')),
      '$.assessments[0].overview',
      { kind: 'type', expected: 'list' },
    ],
    [
      'a text for an object',
      broken((d) => (d.products[1] = 'x')),
      '$.products[1]',
      { kind: 'type', expected: 'object' },
    ],
    [
      'a text for a number',
      broken((d) => (d.assessments[0].reliabilityIndex = 'x')),
      '$.assessments[0].reliabilityIndex',
      { kind: 'type', expected: 'number' },
    ],
    [
      'a text for true or false',
      broken((d) => (d.products[0].match[0].exact = 'yes')),
      '$.products[0].match[0].exact',
      { kind: 'type', expected: 'boolean' },
    ],
    [
      'a rating not of the PSF',
      broken((d) => (d.assessments[0].ratings.D1 = 'Good')),
      '$.assessments[0].ratings.D1',
      { kind: 'one-of', options: ['Strong', 'Partial', 'Gap'] },
    ],
    [
      'a conflict on no domain',
      broken((d) => (first(d.assessments[0]).conflicts = [{ domain: 'D9', note: 'n', sources: [] }])),
      '$.assessments[0].conflicts[0].domain',
      { kind: 'one-of', options: ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8'] },
    ],
    [
      'a conflict of one source',
      broken(
        (d) =>
          (first(d.assessments[0]).conflicts = [
            { domain: 'D1', note: 'n', sources: [{ name: 'a', url: 'https://a.example', rating: 'Gap' }] },
          ]),
      ),
      '$.assessments[0].conflicts[0].sources',
      { kind: 'conflict-sources' },
    ],
    [
      'a ninth domain',
      broken((d) => (d.assessments[0].ratings.D9 = 'Gap')),
      '$.assessments[0].ratings.D9',
      { kind: 'unknown-domain' },
    ],
    ['an empty name', broken((d) => (d.attribution.publisher = ' ')), '$.attribution.publisher', { kind: 'empty' }],
    [
      'a long name',
      broken((d) => (d.products[0].category = 'x'.repeat(121))),
      '$.products[0].category',
      { kind: 'too-long', max: 120 },
    ],
    [
      'a long id',
      broken((d) => (d.products[0].id = 'a'.repeat(121))),
      '$.products[0].id',
      { kind: 'too-long', max: 120 },
    ],
    [
      'no page signal',
      broken((d) => (d.products[0].match[0].signals = [])),
      '$.products[0].match[0].signals',
      { kind: 'too-few', min: 1 },
    ],
    ['no match rule', broken((d) => (d.products[0].match = [])), '$.products[0].match', { kind: 'no-match-rule' }],
    ['seven domains', broken((d) => d.domains.pop()), '$.domains', { kind: 'eight-domains' }],
    [
      'a score with decimals',
      broken((d) => (d.assessments[0].reliabilityIndex = 1.5)),
      '$.assessments[0].reliabilityIndex',
      { kind: 'whole-number' },
    ],
    [
      'a count under 0',
      broken((d) => (d.assessments[0].summaryCounts = { Strong: -1, Partial: 0, Gap: 0 })),
      '$.assessments[0].summaryCounts.Strong',
      { kind: 'at-least', min: 0 },
    ],
    [
      'a score over 100',
      broken((d) => (d.assessments[0].reliabilityIndex = 101)),
      '$.assessments[0].reliabilityIndex',
      { kind: 'at-most', max: 100 },
    ],
    ['an id with capitals', broken((d) => (d.products[0].id = 'Bad Id')), '$.products[0].id', { kind: 'id-form' }],
    ['a date of another form', broken((d) => (d.published = '1.11.2026')), '$.published', { kind: 'date-form' }],
    [
      'a day that does not exist',
      broken((d) => (d.published = '2026-02-30')),
      '$.published',
      { kind: 'no-such-date', value: '2026-02-30', days: 28 },
    ],
    ['a version of another form', broken((d) => (d.version = 'v1')), '$.version', { kind: 'version-form' }],
    [
      'a host with www.',
      broken((d) => (d.products[0].match[0].host = 'www.a.example')),
      '$.products[0].match[0].host',
      { kind: 'host-form' },
    ],
    [
      'a path without /',
      broken((d) => (d.products[0].match[0].path = 'a')),
      '$.products[0].match[0].path',
      { kind: 'path-form' },
    ],
    [
      'a path with **',
      broken((d) => (d.products[0].match[0].path = '/a/**')),
      '$.products[0].match[0].path',
      { kind: 'path-stars' },
    ],
    [
      'no address',
      broken((d) => (d.products[0].homepage = 'not a url')),
      '$.products[0].homepage',
      { kind: 'not-url' },
    ],
    [
      'an http link',
      broken((d) => (d.attribution.url = 'http://a.example')),
      '$.attribution.url',
      { kind: 'not-https' },
    ],
    [
      'a link with a password',
      broken((d) => (d.attribution.url = 'https://u:p@a.example/x')),
      '$.attribution.url',
      { kind: 'credentials', host: 'a.example' },
    ],
    [
      'an invisible character',
      broken((d) => (d.products[0].vendor = 'Ac\u200bme')),
      '$.products[0].vendor',
      { kind: 'invisible', code: 'U+200B', position: 3 },
    ],
    [
      'a repeated product id',
      broken((d) => (d.products[1].id = d.products[0].id)),
      '$.products[1].id',
      { kind: 'duplicate-id', what: 'product', id: bundled().products[0]?.id ?? '', first: '$.products[0].id' },
    ],
    [
      'a repeated domain',
      broken((d) => (d.domains[1].id = 'D1')),
      '$.domains[1].id',
      { kind: 'duplicate-id', what: 'domain', id: 'D1', first: '$.domains[0].id' },
    ],
    [
      'a repeated assessment id',
      broken((d) => (d.assessments[1].id = d.assessments[0].id)),
      '$.assessments[1].id',
      {
        kind: 'duplicate-id',
        what: 'assessment',
        id: bundled().assessments[0]?.id ?? '',
        first: '$.assessments[0].id',
      },
    ],
    [
      'page signals on a shared host',
      broken((d) => (d.products[0].match[0] = { host: 'github.com', path: '/acme/agent', signals: ['Acme'] })),
      '$.products[0].match[0].signals',
      { kind: 'shared-host', host: 'github.com' },
    ],
    [
      'an exclusion on a host never matched',
      broken((d) => (d.products[0].exclude = [{ host: 'elsewhere.example' }])),
      '$.products[0].exclude[0].host',
      { kind: 'nothing-to-exclude', product: bundled().products[0]?.id ?? '', host: 'elsewhere.example' },
    ],
    [
      'an assessment of no product',
      broken((d) => (d.assessments[0].productId = 'ghost')),
      '$.assessments[0].productId',
      { kind: 'unknown-product', id: 'ghost' },
    ],
    [
      'counts that add up to 9',
      broken((d) => (d.assessments[0].summaryCounts = { Strong: 9, Partial: 0, Gap: 0 })),
      '$.assessments[0].summaryCounts',
      { kind: 'counts-total', total: 9 },
    ],
  ])('%s', (_, text, path, problem) => {
    expect(problemsOf(text)).toContainEqual([path, problem]);
  });

  test('counts that disagree with the ratings', () => {
    const text = broken((d) => {
      d.assessments[0].ratings = {
        D1: 'Gap',
        D2: 'Gap',
        D3: 'Gap',
        D4: 'Gap',
        D5: 'Gap',
        D6: 'Gap',
        D7: 'Gap',
        D8: 'Gap',
      };
      d.assessments[0].summaryCounts = { Strong: 8, Partial: 0, Gap: 0 };
    });
    expect(problemsOf(text)).toContainEqual([
      '$.assessments[0].summaryCounts.Gap',
      { kind: 'counts-disagree', rating: 'Gap', says: 0, holds: 8 },
    ]);
  });

  test("the JSON reader's place, as Chromium and Firefox say it", () => {
    expect(
      datasetProblem("not JSON: Expected ',' or '}' after property value in JSON at position 9 (line 2 column 3)"),
    ).toEqual({
      kind: 'not-json',
      line: 2,
      column: 3,
    });
    expect(
      datasetProblem('not JSON: JSON.parse: expected double-quoted property name at line 1 column 2 of the JSON data'),
    ).toEqual({
      kind: 'not-json',
      line: 1,
      column: 2,
    });
  });
});

test('a file broken in many places at once has no problem left without its code', () => {
  const text = broken((d) => {
    Object.assign(d, { format: 2, version: 'x', published: '2026-02-30', extra: 1 });
    d.attribution.url = 'http://a.example';
    d.attribution.licenseUrl = 'https://u:p@a.example';
    d.domains.pop();
    Object.assign(d.products[0], { name: 5, vendor: 'a\u200bb', homepage: 'x', id: 'Bad Id' });
    d.products[0].match.push({ host: 'www.x.com', path: 'a', signals: [] }, { host: 'x.example', path: '/a/**' });
    d.products[2] = 'x';
    Object.assign(d.assessments[0], { reliabilityIndex: 1.5, overview: 'x', published: '2026-13', updated: true });
    d.assessments[0].ratings.D9 = 'Gap';
    d.assessments[1].id = d.assessments[2].id;
  });
  const others = problemsOf(text).filter(([, problem]) => problem.kind === 'other');
  expect(others).toEqual([]);
});

test('a sentence no rule writes is kept as it is', () => {
  expect(datasetProblem('constructor')).toEqual({ kind: 'other', message: 'constructor' });
});
