import { describe, expect, test } from 'vitest';
import { compileIndex } from '../../../src/core/detect.ts';
import type { Ratings } from '../../../src/core/model.ts';
import { latestByProduct } from '../../../src/core/latest.ts';
import { recordRules } from '../../../src/core/compile.ts';
import { RECORD_VERSION, type PathNode } from '../../../src/core/host-rules.ts';
import { lineText } from '../../../src/shared/badge-text.ts';
import {
  badgeLine,
  badgeWords,
  hostRecords,
  pageRecord,
  STORAGE_QUOTA,
  storedBytes,
  type StoredHead,
  type StoredPart,
} from '../../../src/shared/rule-store.ts';
import { rulesKey } from '../../../src/shared/storage-keys.ts';
import { publishedText } from '../helpers/badge-text.ts';
import { entriesOf } from '../helpers/records.ts';
import { bundled } from '../helpers/dataset.ts';

const EN = publishedText('en');
const DE = publishedText('de');
const FR = publishedText('fr');

const rated = (ratings: Ratings) => ({ ratings });

describe('the badge’s line never reads counts of some domains as a verdict on all eight', () => {
  test.each<[string, Ratings | null, string, string, string]>([
    [
      'all eight',
      { D1: 'Strong', D2: 'Partial', D3: 'Partial', D4: 'Gap', D5: 'Partial', D6: 'Strong', D7: 'Gap', D8: 'Partial' },
      '2 Strong · 4 Partial · 2 Gap',
      '2 Strong · 4 Partial · 2 Gap',
      '2 Strong · 4 Partial · 2 Gap',
    ],
    [
      'all eight, none Strong',
      { D1: 'Gap', D2: 'Partial', D3: 'Partial', D4: 'Gap', D5: 'Partial', D6: 'Gap', D7: 'Gap', D8: 'Partial' },
      '0 Strong · 4 Partial · 4 Gap',
      '0 Strong · 4 Partial · 4 Gap',
      '0 Strong · 4 Partial · 4 Gap',
    ],
    [
      'four of eight',
      { D1: 'Partial', D2: 'Partial', D3: 'Gap', D4: 'Strong' },
      '4 of 8 domains rated: 1 Strong · 2 Partial · 1 Gap',
      '4 von 8 Domänen eingestuft: 1 Strong · 2 Partial · 1 Gap',
      '4 domaines sur 8 notés\u00a0: 1 Strong · 2 Partial · 1 Gap',
    ],
    // French says one domain in the singular.
    [
      'one of eight',
      { D3: 'Gap' },
      '1 of 8 domains rated: 1 Gap',
      '1 von 8 Domänen eingestuft: 1 Gap',
      '1 domaine sur 8 noté\u00a0: 1 Gap',
    ],
    [
      'two of eight, both Strong',
      { D1: 'Strong', D5: 'Strong' },
      '2 of 8 domains rated: 2 Strong',
      '2 von 8 Domänen eingestuft: 2 Strong',
      '2 domaines sur 8 notés\u00a0: 2 Strong',
    ],
    [
      'none captured',
      {},
      'Assessment published; ratings not captured',
      'Bewertung veröffentlicht; Einstufungen nicht erfasst',
      'Évaluation publiée\u00a0; notes non saisies',
    ],
    ['no assessment', null, 'No PSF assessment yet', 'Noch keine PSF-Bewertung', 'Pas encore d’évaluation PSF'],
  ])('%s: "%s"', (_what, ratings, en, de, fr) => {
    const line = badgeLine(ratings ? rated(ratings) : null);
    expect(lineText(line, EN)).toBe(en);
    expect(lineText(line, DE)).toBe(de);
    expect(lineText(line, FR)).toBe(fr);
  });

  test('stored in no language: the words’ keys and the counts in PSF’s own terms', () => {
    expect(badgeLine(rated({ D1: 'Partial', D2: 'Gap' }))).toEqual(['rated2', '1 Partial · 1 Gap']);
  });

  test('the organisation’s own assessment says so, around the line, in each language', () => {
    const line = ['own', ...badgeLine(rated({ D1: 'Gap' }))];
    expect(lineText(line, EN)).toBe("Your organisation's rating: 1 of 8 domains rated: 1 Gap");
    expect(lineText(line, FR)).toBe('Note de votre organisation\u00a0: 1 domaine sur 8 noté\u00a0: 1 Gap');
  });
});

describe('badgeWords', () => {
  const codex = { name: 'OpenAI Codex', vendor: 'OpenAI', line: ['1 Strong · 5 Partial · 2 Gap'] };
  test.each([
    ['one product: its name and line', [codex], EN, { name: 'OpenAI Codex', line: '1 Strong · 5 Partial · 2 Gap' }],
    [
      'several of one vendor: the vendor and their names',
      [codex, { ...codex, name: 'GPT-4.1' }],
      EN,
      { name: 'OpenAI: 2 rated products', line: 'OpenAI Codex · GPT-4.1' },
    ],
    [
      'several vendors: no vendor named',
      [codex, { ...codex, name: 'Claude', vendor: 'Anthropic' }],
      EN,
      { name: '2 rated products', line: 'OpenAI Codex · Claude' },
    ],
    [
      'in German',
      [codex, { ...codex, name: 'GPT-4.1' }, { ...codex, name: 'o3' }],
      DE,
      { name: 'OpenAI: 3 bewertete Produkte', line: 'OpenAI Codex · GPT-4.1 · o3' },
    ],
    [
      'in French (a space before the colon)',
      [codex, { ...codex, name: 'GPT-4.1' }],
      FR,
      { name: 'OpenAI\u00a0: 2 produits évalués', line: 'OpenAI Codex · GPT-4.1' },
    ],
    [
      'a vendor name with template characters in it stays as it is',
      [
        { ...codex, vendor: '{n} $& Co' },
        { ...codex, vendor: '{n} $& Co', name: 'B' },
      ],
      EN,
      { name: '{n} $& Co: 2 rated products', line: 'OpenAI Codex · B' },
    ],
  ])('%s', (_what, facts, text, words) => {
    expect(badgeWords(facts, text)).toEqual({ ...words, text });
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

  /** A product with no assessment, alone on its host. */
  const unassessed = {
    id: 'x',
    name: 'X',
    vendor: 'V',
    category: 'Agent',
    homepage: 'https://x.example/',
    match: [{ host: 'x.example' }],
  };

  test('an unassessed product is neutral on the badge and the toolbar', () => {
    const products = [...dataset.products, unassessed];
    const withNew = hostRecords(compileIndex(products), products, latestByProduct(dataset.assessments));
    expect(withNew[rulesKey('x.example')]?.products.x).toEqual({
      name: 'X',
      vendor: 'V',
      line: ['none', ''],
      headline: null,
    });
  });

  test('a product the index names but the product list lacks gets no words, not an empty entry', () => {
    const entries = hostRecords(compileIndex([unassessed]), [], new Map());
    expect(entries[rulesKey('x.example')]?.products).toStrictEqual({});
  });

  test('a page’s record: the host’s own part, with the roots of the parts its path reaches beside it', () => {
    const rule = (p: string) => ({ p, k: 1, l: `${p} on x.example` });
    const head: StoredHead = {
      v: RECORD_VERSION,
      host: 'x.example',
      shared: false,
      root: { r: [rule('a')] },
      rank: { a: 1 },
      products: { a: { name: 'A', vendor: 'V', line: ['none', ''], headline: null } },
    };
    const part: StoredPart = {
      root: { c: { docs: { r: [rule('b')] } } },
      rank: { b: 2 },
      products: { b: { name: 'B', vendor: 'V', line: ['none', ''], headline: null } },
    };
    const record = pageRecord('x.example', ['docs', 'agents'], {
      [rulesKey('x.example')]: head,
      [rulesKey('x.example/docs')]: part,
    });
    expect(record).toEqual({
      rules: { ...head, more: [part.root], rank: { a: 1, b: 2 } },
      products: { ...head.products, ...part.products },
    });
    expect(pageRecord('x.example', ['docs'], { [rulesKey('x.example')]: head })?.rules.more).toEqual([]);
  });

  test.each([undefined, null, 'rules', [], { rules: 'x', products: {} }, { rules: [] }, { v: RECORD_VERSION - 1 }])(
    '%j is not a host’s record',
    (value) => {
      expect(pageRecord('openai.com', ['codex'], { [rulesKey('openai.com')]: value })).toBeUndefined();
    },
  );
});

describe('storedBytes: what the records take of storage.local’s quota', () => {
  test('each key and its value as JSON, in UTF-8 bytes as Chromium counts them', () => {
    expect(storedBytes({})).toBe(0);
    expect(storedBytes({ a: 'x' })).toBe(4);
    expect(storedBytes({ 'rules:é': { line: ['1 Strong · 2 Gap'] } })).toBe(
      'rules:é'.length + 1 + JSON.stringify({ line: ['1 Strong · 2 Gap'] }).length + 1,
    );
  });

  test('the bundled dataset’s records are far below half the quota, so the build asks for no more storage', () => {
    const dataset = bundled();
    const entries = hostRecords(
      compileIndex(dataset.products, dataset.assessments),
      dataset.products,
      latestByProduct(dataset.assessments),
    );
    expect(storedBytes(entries)).toBeGreaterThan(10_000);
    expect(storedBytes(entries)).toBeLessThan(STORAGE_QUOTA / 2 / 10);
  });
});
