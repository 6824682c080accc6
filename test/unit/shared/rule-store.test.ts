import { describe, expect, test } from 'vitest';
import { compileIndex } from '../../../src/core/detect.ts';
import type { Ratings } from '../../../src/core/model.ts';
import { latestByProduct } from '../../../src/core/latest.ts';
import { asHostRecord, badgeLine, badgeWords, hostRecords } from '../../../src/shared/rule-store.ts';
import { rulesKey } from '../../../src/shared/storage-keys.ts';
import { bundled } from '../helpers/dataset.ts';

const rated = (ratings: Ratings) => ({ ratings });

describe('the badge’s line never reads counts of some domains as a verdict on all eight', () => {
  test.each<[string, Ratings | null, string]>([
    [
      'all eight',
      { D1: 'Strong', D2: 'Partial', D3: 'Partial', D4: 'Gap', D5: 'Partial', D6: 'Strong', D7: 'Gap', D8: 'Partial' },
      '2 Strong · 4 Partial · 2 Gap',
    ],
    [
      'all eight, none Strong',
      { D1: 'Gap', D2: 'Partial', D3: 'Partial', D4: 'Gap', D5: 'Partial', D6: 'Gap', D7: 'Gap', D8: 'Partial' },
      '0 Strong · 4 Partial · 4 Gap',
    ],
    [
      'four of eight',
      { D1: 'Partial', D2: 'Partial', D3: 'Gap', D4: 'Strong' },
      '4 of 8 domains rated: 1 Strong · 2 Partial · 1 Gap',
    ],
    ['two of eight, both Strong', { D1: 'Strong', D5: 'Strong' }, '2 of 8 domains rated: 2 Strong'],
    ['none captured', {}, 'Assessment published; ratings not captured'],
    ['no assessment', null, 'No PSF assessment yet'],
  ])('%s: "%s"', (_what, ratings, line) => {
    expect(badgeLine(ratings ? rated(ratings) : null)).toBe(line);
  });
});

describe('badgeWords', () => {
  const codex = { name: 'OpenAI Codex', vendor: 'OpenAI', line: '1 Strong · 5 Partial · 2 Gap' };
  test.each([
    ['one product: its name and line', [codex], { name: 'OpenAI Codex', line: codex.line }],
    [
      'several of one vendor: the vendor and their names',
      [codex, { ...codex, name: 'GPT-4.1' }],
      { name: 'OpenAI: 2 rated products', line: 'OpenAI Codex · GPT-4.1' },
    ],
    [
      'several vendors: no vendor named',
      [codex, { ...codex, name: 'Claude', vendor: 'Anthropic' }],
      { name: '2 rated products', line: 'OpenAI Codex · Claude' },
    ],
  ])('%s', (_what, facts, words) => {
    expect(badgeWords(facts)).toEqual(words);
  });
});

describe('hostRecords: one record per host, with the words of every product its rules name', () => {
  const dataset = bundled();
  const index = compileIndex(dataset.products, dataset.assessments);
  const records = hostRecords(index, dataset.products, latestByProduct(dataset.assessments));

  test('every host of the index has its record, and nothing else is published', () => {
    expect(Object.keys(records).sort()).toEqual([...index.records.keys()].map(rulesKey).sort());
  });

  test.each([...index.records.keys()])('%s: its compiled rules, and words for each product they name', (host) => {
    const record = asHostRecord(structuredClone(records[rulesKey(host)]));
    expect(record?.rules).toEqual(index.records.get(host));
    const named = dataset.products.filter((p) => p.match.some((r) => r.host === host));
    expect(named.length).toBeGreaterThan(0);
    for (const product of named) {
      expect(record?.products[product.id]).toMatchObject({ name: product.name, vendor: product.vendor });
    }
  });

  test('an unassessed product is neutral on the badge and the toolbar', () => {
    const products = [
      ...dataset.products,
      {
        id: 'x',
        name: 'X',
        vendor: 'V',
        category: 'Agent',
        homepage: 'https://x.example/',
        match: [{ host: 'x.example' }],
      },
    ];
    const withNew = hostRecords(compileIndex(products), products, latestByProduct(dataset.assessments));
    expect(withNew[rulesKey('x.example')]?.products.x).toEqual({
      name: 'X',
      vendor: 'V',
      line: 'No PSF assessment yet',
      headline: null,
    });
  });

  test.each([undefined, null, 'rules', [], { rules: 'x', products: {} }, { rules: [] }])(
    '%j is not a record',
    (value) => {
      expect(asHostRecord(value)).toBeUndefined();
    },
  );
});
