import { describe, expect, test } from 'vitest';
import { compileIndex } from '../../../src/core/detect.ts';
import type { Ratings } from '../../../src/core/model.ts';
import { latestByProduct } from '../../../src/core/latest.ts';
import { recordRules } from '../../../src/core/compile.ts';
import { RECORD_VERSION, type PathNode } from '../../../src/core/host-rules.ts';
import {
  badgeLine,
  badgeWords,
  hostRecords,
  pageRecord,
  type StoredHead,
  type StoredPart,
} from '../../../src/shared/rule-store.ts';
import { rulesKey } from '../../../src/shared/storage-keys.ts';
import { entriesOf } from '../helpers/records.ts';
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

describe('hostRecords: each host’s rules in parts, with the words of every product a part names', () => {
  const dataset = bundled();
  const index = compileIndex(dataset.products, dataset.assessments);
  const records = hostRecords(index, dataset.products, latestByProduct(dataset.assessments));
  const rulesOf = (root: PathNode | undefined) =>
    recordRules(root ?? {}).map(({ segments, rule }) => `${segments.join('/')} ${JSON.stringify(rule)}`);

  test('every host of the index has its own part, and nothing else is published', () => {
    const hosts = [...index.records.keys()];
    for (const host of hosts) expect(records[rulesKey(host)]).toMatchObject({ v: RECORD_VERSION, host });
    const strays = Object.keys(records).filter((key) => !hosts.some((h) => key.startsWith(`${rulesKey(h)}/`)));
    expect(strays.sort()).toEqual(hosts.map(rulesKey).sort());
  });

  test.each([...index.records.keys()])(
    '%s: its parts hold its compiled rules, each once, and words for them',
    (host) => {
      const entries = structuredClone(entriesOf(records, host));
      const own = entries[rulesKey(host)] as StoredHead | undefined;
      const parts = Object.entries(entries)
        .filter(([key]) => key !== rulesKey(host))
        .map(([, part]) => part as StoredPart);
      const compiled = index.records.get(host)!;
      expect([own?.root, ...parts.map((p) => p.root)].flatMap(rulesOf).sort()).toEqual(rulesOf(compiled.root).sort());
      expect(own).toMatchObject({ v: RECORD_VERSION, host, shared: compiled.shared });
      const named = dataset.products.filter((p) => p.match.some((r) => r.host === host));
      expect(named.length).toBeGreaterThan(0);
      const words = Object.assign({}, own?.products, ...parts.map((p) => p.products));
      for (const product of named) {
        expect(words[product.id]).toMatchObject({ name: product.name, vendor: product.vendor });
      }
    },
  );

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

  test.each([undefined, null, 'rules', [], { rules: 'x', products: {} }, { rules: [] }, { v: RECORD_VERSION - 1 }])(
    '%j is not a host’s record',
    (value) => {
      expect(pageRecord('openai.com', ['codex'], { [rulesKey('openai.com')]: value })).toBeUndefined();
    },
  );
});
