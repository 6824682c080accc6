// The dataset checker's sentences, each on the bundled dataset broken in one place: the exact path and words a
// dataset author reads, for the rules across records (ids, exclusions, counts) and the structural ones whose words
// this schema sets itself.
import { describe, expect, test } from 'vitest';
import type { Dataset } from '../../../src/core/model.ts';
import { parseDataset, validateDataset, type DatasetIssue } from '../../../src/core/schema.ts';
import { bundled } from '../helpers/dataset.ts';

type Loose = Record<string, unknown> & { products: Record<string, unknown>[]; assessments: Record<string, unknown>[] };

const issuesOf = (input: unknown): DatasetIssue[] => {
  const result = validateDataset(input);
  return result.kind === 'invalid' ? result.issues : [];
};
const broken = (breakIt: (d: Loose & Dataset) => void): DatasetIssue[] => {
  const dataset = bundled() as Loose & Dataset;
  breakIt(dataset);
  return issuesOf(dataset);
};
const CODEX = bundled().assessments.findIndex((a) => a.productId === 'openai-codex');

describe('structure: the schema’s own words', () => {
  test.each<[string, (d: Loose & Dataset) => void, DatasetIssue]>([
    [
      'a link that is no URL',
      (d) => void (d.products[0]!.homepage = 'https://'),
      { path: '$.products[0].homepage', message: 'must be a URL' },
    ],
    [
      'a date in no known form',
      (d) => void (d.assessments[CODEX]!.published = '2026/01/02'),
      { path: `$.assessments[${CODEX}].published`, message: 'must be YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Qn' },
    ],
    [
      'a rating for a ninth domain',
      (d) => void Object.assign(d.assessments[CODEX]!.ratings, { D9: 'Gap' }),
      {
        path: `$.assessments[${CODEX}].ratings.D9`,
        message: 'unknown domain: domains are D1, D2, D3, D4, D5, D6, D7, D8',
      },
    ],
    [
      'a rule host with www.',
      (d) => void (d.products[0]!.match[0]!.host = 'www.vendor.example'),
      { path: '$.products[0].match[0].host', message: 'must be a lower-case host name without www.' },
    ],
    [
      'a rule path with a query',
      (d) => void (d.products[0]!.match[0]!.path = '/a?b=1'),
      { path: '$.products[0].match[0].path', message: 'must start with / and hold no query or fragment' },
    ],
    [
      'a rule path with **',
      (d) => void (d.products[0]!.match[0]!.path = '/a/**'),
      {
        path: '$.products[0].match[0].path',
        message: 'a * stands for any run of characters within one segment: ** says nothing more',
      },
    ],
    [
      'a conflict with one source',
      (d) =>
        void (d.assessments[CODEX]!.conflicts = [
          { domain: 'D1', note: 'Sources differ.', sources: [{ name: 'A', url: 'https://a.example/', rating: 'Gap' }] },
        ]),
      { path: `$.assessments[${CODEX}].conflicts[0].sources`, message: 'a conflict names at least two sources' },
    ],
    [
      'a version in no known form',
      (d) => void (d.version = '2026-11-30'),
      { path: '$.version', message: 'must be YYYY.MM.DD or YYYY.MM.DD.N' },
    ],
    ['seven domains', (d) => void d.domains.pop(), { path: '$.domains', message: 'must list the eight PSF domains' }],
    [
      'an unknown field',
      (d) => void Object.assign(d.products[0]!, { colour: 'blue' }),
      { path: '$.products[0].colour', message: 'unknown field "colour"' },
    ],
    [
      'a missing field',
      (d) => void Reflect.deleteProperty(d.products[0]!, 'vendor'),
      { path: '$.products[0].vendor', message: 'missing required field' },
    ],
  ])('%s', (_what, breakIt, issue) => {
    expect(broken(breakIt)).toEqual([issue]);
  });

  test('a document that is no object is refused at $', () => {
    expect(issuesOf(42).map((i) => i.path)).toEqual(['$']);
  });
});

describe('rules across records', () => {
  test('a repeated domain, product, assessment and action id is named with both places', () => {
    const dataset = bundled();
    const action = dataset.assessments[CODEX]!.domains.D1!.actions[0]!;
    dataset.domains[1]!.id = dataset.domains[0]!.id;
    dataset.products[1]!.id = dataset.products[0]!.id;
    dataset.assessments[1]!.id = dataset.assessments[0]!.id;
    dataset.assessments[CODEX]!.domains.D2!.actions.push({ ...action });
    const issues = issuesOf(dataset).filter((i) => i.message.startsWith('duplicate'));
    const actionAt = dataset.assessments[CODEX]!.domains.D2!.actions.length - 1;
    expect(issues).toEqual([
      { path: '$.domains[1].id', message: `duplicate domain "D1" (first at $.domains[0].id)` },
      {
        path: '$.products[1].id',
        message: `duplicate product id "${dataset.products[0]!.id}" (first at $.products[0].id)`,
      },
      {
        path: '$.assessments[1].id',
        message: `duplicate assessment id "${dataset.assessments[0]!.id}" (first at $.assessments[0].id)`,
      },
      {
        path: `$.assessments[${CODEX}].domains.D2.actions[${actionAt}].id`,
        message: `duplicate action id "${action.id}" (first at $.assessments[${CODEX}].domains.D1.actions[0].id)`,
      },
    ]);
  });

  test('products without ids are refused for that, not as repeats of each other', () => {
    const issues = broken((d) => {
      Reflect.deleteProperty(d.products[0]!, 'id');
      Reflect.deleteProperty(d.products[1]!, 'id');
    });
    expect(issues).toEqual([
      { path: '$.products[0].id', message: 'missing required field' },
      { path: '$.products[1].id', message: 'missing required field' },
    ]);
  });

  test('an exclusion on a host the product is never matched on', () => {
    const dataset = bundled();
    const product = dataset.products[0]!;
    product.exclude = [{ host: 'elsewhere.example', path: '/x' }];
    expect(issuesOf(dataset)).toEqual([
      {
        path: '$.products[0].exclude[0].host',
        message: `${product.id} has no match rule on elsewhere.example, so there is nothing to exclude`,
      },
    ]);
  });

  test('counts that do not add up to eight, or that disagree with the ratings', () => {
    const dataset = bundled();
    const codex = dataset.assessments[CODEX]!;
    codex.summaryCounts = { Strong: 1, Partial: 1, Gap: 1 };
    expect(issuesOf(dataset)).toContainEqual({
      path: `$.assessments[${CODEX}].summaryCounts`,
      message: 'counts add up to 3, not 8',
    });
    // Of some ratings, counts may say more (the source knew more than was captured), never fewer.
    codex.ratings = { D1: 'Gap', D2: 'Gap' };
    codex.summaryCounts = { Strong: 4, Partial: 3, Gap: 1 };
    expect(issuesOf(dataset)).toEqual([
      { path: `$.assessments[${CODEX}].summaryCounts.Gap`, message: 'counts say 1 Gap but the ratings hold 2' },
    ]);
    codex.ratings = { D1: 'Gap', D2: 'Gap', D3: 'Gap', D4: 'Gap', D5: 'Gap', D6: 'Gap', D7: 'Gap', D8: 'Strong' };
    codex.summaryCounts = { Strong: 0, Partial: 0, Gap: 8 };
    expect(issuesOf(dataset)).toEqual([
      { path: `$.assessments[${CODEX}].summaryCounts.Strong`, message: 'counts say 0 Strong but the ratings hold 1' },
      { path: `$.assessments[${CODEX}].summaryCounts.Gap`, message: 'counts say 8 Gap but the ratings hold 7' },
    ]);
  });
});

test('a file with a repeated key and a structural problem is refused for both', () => {
  const text = JSON.stringify({ ...bundled(), format: 2 }, null, 2).replace('"format": 2', '"format": 2, "format": 2');
  const result = parseDataset(text);
  expect(result.kind === 'invalid' && result.issues.map((i) => i.path)).toEqual(['$.format', '$.format']);
});
