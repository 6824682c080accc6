// What a hostile or careless dataset file could slip past a checker that only parses: repeated keys, days that do
// not exist, invisible characters that make text read differently, links with credentials. And the one harmless
// thing a checker must not refuse: a UTF-8 byte order mark. Each refusal is a sentence with its JSON path.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkFiles } from '../../../src/cli/check.ts';
import { isHttpsUrl } from '../../../src/core/https-url.ts';
import { duplicateKeys } from '../../../src/core/json-text.ts';
import type { Dataset } from '../../../src/core/model.ts';
import { parseDataset, validateDataset, type DatasetIssue } from '../../../src/core/schema.ts';
import { bundled, DATASET_TEXT } from '../helpers/dataset.ts';

const base = bundled();
const CODEX = base.assessments.findIndex((a) => a.productId === 'openai-codex');
const SIGNALLED = base.products.findIndex((p) => p.match.some((m) => m.signals));
const issuesOf = (result: ReturnType<typeof validateDataset>): DatasetIssue[] =>
  result.kind === 'invalid' ? result.issues : [];

/** The bundled dataset as pretty-printed text with `raw` in place of the codex assessment's ratings. */
function withRawRatings(raw: string): string {
  const dataset = bundled();
  Object.assign(dataset.assessments[CODEX]!, { ratings: '@RATINGS@' });
  return JSON.stringify(dataset, null, 2).replace('"@RATINGS@"', raw);
}

describe('a key repeated in one object is refused where it is (JSON.parse would keep the last silently)', () => {
  test('a rating given twice, Gap then Strong: refused at its path, line and column', () => {
    const raw = '{ "D1": "Gap", "D1": "Strong" }';
    const text = withRawRatings(raw);
    const offset = text.indexOf(raw);
    const line = text.slice(0, offset).split('\n').length;
    const column = offset - text.lastIndexOf('\n', offset - 1) + raw.indexOf('"D1": "Strong"');
    const result = parseDataset(text);
    expect(result.kind).toBe('invalid');
    expect(issuesOf(result)).toEqual([
      {
        path: `$.assessments[${CODEX}].ratings.D1`,
        message: `the key "D1" appears twice in one object (line ${line}, column ${column}; first at line ${line}, column ${column - 13}), and a reader would keep only the last: remove one`,
      },
    ]);
  });

  test('an escaped spelling of the same key is the same key', () => {
    const result = parseDataset(withRawRatings('{ "D1": "Gap", "D\\u0031": "Strong" }'));
    expect(issuesOf(result).map((i) => i.path)).toEqual([`$.assessments[${CODEX}].ratings.D1`]);
  });

  test('a repeated top-level key, and one that is not a plain name, are named with their paths', () => {
    expect(
      duplicateKeys('{"format": 1, "a key": [{"x": 1}, {"x": 2, "x": 3}], "format": 1}').map((d) => d.path),
    ).toEqual(['$["a key"][1].x', '$.format']);
  });

  test('equal keys in different objects, keys inside strings and escaped quotes are not repeats', () => {
    expect(duplicateKeys('[{"id": "a"}, {"id": "b", "note": "\\"id\\": 1, \\"id\\": 2"}, {"id": {"id": 1}}]')).toEqual(
      [],
    );
  });

  test('a file nested a hundred thousand deep does not overflow the scanner', () => {
    const deep = `${'['.repeat(100_000)}{"a": 1, "a": 2}${']'.repeat(100_000)}`;
    expect(duplicateKeys(deep)).toHaveLength(1);
  });
});

describe('dates: a day that does not exist is refused; months and quarters still pass', () => {
  const withPublished = (published: string) => {
    const dataset = bundled();
    dataset.assessments[CODEX]!.published = published;
    return validateDataset(dataset);
  };
  test.each([
    ['2026-02-30', 'February 2026 has 28 days'],
    ['2025-02-29', 'February 2025 has 28 days'],
    ['1900-02-29', 'February 1900 has 28 days'],
    ['2026-04-31', 'April 2026 has 30 days'],
  ])('%s is refused: %s', (date, why) => {
    expect(issuesOf(withPublished(date))).toEqual([
      { path: `$.assessments[${CODEX}].published`, message: `${date} is not a date: ${why}` },
    ]);
  });
  test.each(['2024-02-29', '2000-02-29', '2026-12-31', '2026-04', '2026-Q2', '2026'])('%s is accepted', (date) => {
    expect(issuesOf(withPublished(date))).toEqual([]);
  });
  test('the dataset date and a scope date are checked too', () => {
    const dataset = bundled();
    dataset.published = '2026-11-31';
    const scoped = dataset.assessments.findIndex((a) => a.scope?.some((s) => s.date));
    dataset.assessments[scoped]!.scope![0]!.date = '2026-06-31';
    expect(issuesOf(validateDataset(dataset)).map((i) => i.path)).toEqual([
      '$.published',
      `$.assessments[${scoped}].scope[0].date`,
    ]);
  });
});

describe('invisible characters in names, titles, text and links are refused, naming the character', () => {
  const RLO = '\u202e';
  const cases: [string, (d: Dataset) => void, string, RegExp][] = [
    [
      'a right-to-left override in a product name',
      (d) => void (d.products[0]!.name = `Safe${RLO}paG`),
      '$.products[0].name',
      /^holds an invisible U\+202E \(right-to-left override\) at position 5, which can make the text read differently/,
    ],
    [
      'a left-to-right isolate in an assessment title',
      (d) => void (d.assessments[CODEX]!.title = `Codex \u2066Strong\u2069`),
      `$.assessments[${CODEX}].title`,
      /U\+2066 \(left-to-right isolate\)/,
    ],
    [
      'a zero-width space in a vendor',
      (d) => void (d.products[0]!.vendor = `Lang\u200bChain`),
      '$.products[0].vendor',
      /U\+200B \(zero-width space\)/,
    ],
    [
      'a control character in a finding',
      (d) => void (d.assessments[CODEX]!.domains.D1!.findings[0] = 'ok\u0007 then'),
      `$.assessments[${CODEX}].domains.D1.findings[0]`,
      /U\+0007 \(control character\)/,
    ],
    [
      'a right-to-left override in a signal phrase',
      (d) => void (d.products[SIGNALLED]!.match.find((m) => m.signals)!.signals![0] = `x${RLO}y`),
      `$.products[${SIGNALLED}].match[${base.products[SIGNALLED]!.match.findIndex((m) => m.signals)}].signals[0]`,
      /U\+202E/,
    ],
    [
      'a tag character in a match rule path (shown as "matched … on …", and never matching a real address)',
      (d) => void (d.products[0]!.match[0]!.path = '/agents\u{e007a}'),
      '$.products[0].match[0].path',
      /U\+E007A \(invisible character\)/,
    ],
    [
      'a right-to-left override in an assessment link',
      (d) => void (d.assessments[CODEX]!.url = `https://productionai.institute/${RLO}gnp.exe`),
      `$.assessments[${CODEX}].url`,
      /U\+202E \(right-to-left override\)/,
    ],
    [
      'a lone surrogate in a name',
      (d) => void (d.products[0]!.category = 'agent \ud800 framework'),
      '$.products[0].category',
      /U\+D800 \(invisible character\)/,
    ],
  ];
  test.each(cases)('%s', (_what, breakIt, path, reason) => {
    const dataset = bundled();
    breakIt(dataset);
    const issues = issuesOf(validateDataset(dataset));
    expect(issues.map((i) => i.path)).toEqual([path]);
    expect(issues[0]?.message).toMatch(reason);
  });
});

describe('links that carry credentials are refused', () => {
  test.each([
    'https://user:pass@productionai.institute/insights/x',
    'https://productionai.institute@evil.example/insights/x',
  ])('%s', (url) => {
    const dataset = bundled();
    dataset.products[0]!.homepage = url;
    expect(issuesOf(validateDataset(dataset))).toEqual([
      { path: '$.products[0].homepage', message: expect.stringMatching(/^must not carry a user name or password/) },
    ]);
  });
  test('an @ in a link path is not a credential', () => {
    const dataset = bundled();
    dataset.products[0]!.homepage = 'https://medium.com/@vendor/launch';
    expect(issuesOf(validateDataset(dataset))).toEqual([]);
  });
});

describe('a link PSF Lens follows (popup, workspace, vendor answers) shows what it opens', () => {
  test.each([
    ['https://user:pass@productionai.institute/x', false],
    ['https://openai.com@evil.example/codex', false],
    ['https://evil.example/\u202egnp.exe', false],
    ['https://evil.example/\u200b', false],
    ['http://productionai.institute/', false],
    ['javascript:alert(1)', false],
    ['not a url', false],
    ['', false],
    ['https://productionai.institute/insights/x', true],
    ['https://medium.com/@vendor/launch', true],
  ])('%s: %s', (link, expected) => {
    expect(isHttpsUrl(link)).toBe(expected);
  });
});

describe('a file saved with a UTF-8 byte order mark is accepted', () => {
  test('by parseDataset, the extension and the command line alike', async () => {
    const result = parseDataset(`\ufeff${DATASET_TEXT}`);
    expect(issuesOf(result)).toEqual([]);
    const file = join(mkdtempSync(join(tmpdir(), 'psf-lens-bom-')), 'bom.json');
    writeFileSync(file, `\ufeff${DATASET_TEXT}`);
    const out: string[] = [];
    expect(await checkFiles([file], { out: (l) => out.push(l), err: (l) => out.push(l) })).toBe(0);
    expect(out[0]).toMatch(/: valid: /);
  });
  test('a byte order mark anywhere else is not whitespace', () => {
    expect(parseDataset(`{\ufeff}`).kind).toBe('invalid');
  });
});
