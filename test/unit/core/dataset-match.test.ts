// Which import a dataset file is: the very same one first, else the latest import of the same publisher sharing a
// product; its version newer, older or the same. Synthetic entries, so that each rule is tested on its own.
import { expect, test } from 'vitest';
import { matchDataset } from '../../../src/core/dataset-match.ts';
import type { Dataset } from '../../../src/core/model.ts';

const file = (version: string, publisher: string, products: string[]) =>
  ({
    format: 1,
    version,
    published: '2026-11-01',
    attribution: { publisher, url: 'https://x.example', license: 'CC BY 4.0', licenseUrl: 'https://x.example/l' },
    domains: [],
    products: products.map((id) => ({ id })),
    assessments: [],
  }) as unknown as Dataset;

const entries = [
  { id: 'old', dataset: file('2026.05.01', 'Acme', ['a', 'b']) },
  { id: 'same', dataset: file('2026.08.01', 'Acme', ['a']) },
  { id: 'late', dataset: file('2026.11.01', 'Acme', ['b']) },
  { id: 'globex', dataset: file('2026.11.01', 'Globex', ['a']) },
];

test.each([
  ['the very same file, before any version of it', file('2026.08.01', 'Acme', ['a']), 'same-file', 'same', undefined],
  [
    'a newer version: the latest import sharing a product',
    file('2027.01.01', 'Acme', ['a', 'b']),
    'other-version',
    'late',
    'newer',
  ],
  ['an older version', file('2026.01.01', 'Acme', ['a']), 'other-version', 'same', 'older'],
  ['a version part added counts as newer', file('2026.08.01.2', 'Acme', ['a']), 'other-version', 'same', 'newer'],
  ['the same version, other content', file('2026.11.01', 'Acme', ['b', 'c']), 'other-version', 'late', 'same-version'],
])('%s', (_what, dataset, kind, id, order) => {
  const found = matchDataset(dataset, entries);
  expect(found?.kind).toBe(kind);
  expect(found?.entry.id).toBe(id);
  expect(found?.kind === 'other-version' ? found.order : undefined).toBe(order);
});

test.each([
  ['another publisher', file('2027.01.01', 'Initech', ['a'])],
  ['none of the same products', file('2027.01.01', 'Acme', ['z'])],
])('%s: no match, imported beside', (_what, dataset) => {
  expect(matchDataset(dataset, entries)).toBeNull();
});
