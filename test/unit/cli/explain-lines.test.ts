// psf-lens detect --explain as text: the URL, the verdict, then each rule of its host.
import { expect, test } from 'vitest';
import { explanationText } from '../../../src/cli/explain-lines.ts';
import { compileIndex } from '../../../src/core/detect.ts';
import { explain, type RuleOutcome } from '../../../src/core/explain.ts';
import { bundled } from '../helpers/dataset.ts';

const index = () => {
  const dataset = bundled();
  return compileIndex(dataset.products, dataset.assessments);
};

test('a match: its summary, then one line per rule', () => {
  const lines = explanationText(explain(index(), 'https://openai.com/codex/'));
  expect(lines[0]).toBe('https://openai.com/codex/');
  expect(lines[1]).toMatch(/^ {2}→ openai-codex: /);
  expect(lines.length).toBeGreaterThan(2);
  expect(lines.slice(2).every((line) => /^ {4}\S /.test(line))).toBe(true);
});

test('a host with no rated product: why, and that no rule lives there', () => {
  expect(explanationText(explain(index(), 'https://example.org/page'))).toEqual([
    'https://example.org/page',
    '  → no product: no rated product on example.org',
    '    (no rule of any rated product on example.org)',
  ]);
});

test('not a web address: why, and no line about rules', () => {
  expect(explanationText(explain(index(), 'javascript:alert(1)'))).toEqual([
    'javascript:alert(1)',
    '  → no product: not an http(s) URL',
  ]);
});

test('each rule’s line starts with its outcome’s mark: a match, a tie, one outranked, an exclusion, a miss', () => {
  const marks: [RuleOutcome, string][] = [
    ['chosen', '✓'],
    ['tie', '='],
    ['outranked', '·'],
    ['excluded', '⊘'],
    ['exclusion', '⊘'],
    ['exclusion-not-applied', '✗'],
    ['needs-signals', '?'],
    ['no-fit', '✗'],
  ];
  const lines = explanationText({
    url: 'https://x.example/a',
    host: 'x.example',
    products: [],
    summary: 'no rated product at this path on x.example',
    trials: marks.map(([outcome]) => ({ productId: 'p', rule: '/a on x.example', outcome, why: outcome })),
  });
  expect(lines.slice(2)).toEqual(
    marks.map(([outcome, mark]) => `    ${mark} ${'p'.padEnd(24)} /a on x.example: ${outcome}`),
  );
});
