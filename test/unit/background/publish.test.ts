// Publishing the badge's records: a host the new dataset no longer has loses its records and nothing else in
// storage is touched; a product PAI rates keeps PAI's badge beside the organisation's own; only a string is a
// published version.
import { expect, test } from 'vitest';
import { publishedVersion, publishRecords, readRecord, withdrawRecords } from '../../../src/background/publish.ts';
import type { Dataset } from '../../../src/core/model.ts';
import { draftsDataset } from '../../../src/core/org-draft.ts';
import { RULES_VERSION_KEY, SETTINGS_KEY } from '../../../src/shared/storage-keys.ts';
import { bundled } from '../helpers/dataset.ts';
import { acmeDraft } from '../helpers/org.ts';
import { entriesOf, memoryStore } from '../helpers/records.ts';

const source = (d: Dataset) => ({ version: d.version, products: d.products, assessments: d.assessments });

test('a host the new dataset no longer has loses its records; other keys stay', async () => {
  const { store, data } = memoryStore({ [SETTINGS_KEY]: { badgeEnabled: false } });
  const first = bundled();
  await publishRecords(store, source(first));
  expect(Object.keys(entriesOf(Object.fromEntries(data), 'openai.com')).length).toBeGreaterThan(0);
  const next = bundled();
  next.version = '2099.01.01';
  next.products = next.products.filter((p) => !p.match.some((r) => r.host === 'openai.com'));
  await publishRecords(store, source(next));
  expect(entriesOf(Object.fromEntries(data), 'openai.com')).toEqual({});
  expect(await readRecord(store, 'https://github.com/langchain-ai/langchain')).toBeDefined();
  expect(data.get(SETTINGS_KEY)).toEqual({ badgeEnabled: false });
  expect(await publishedVersion(store)).toBe('2099.01.01');
});

test('the organisation’s products are published beside PAI’s; a product PAI rates keeps PAI’s badge', async () => {
  const { store } = memoryStore();
  const pai = bundled();
  const codex = pai.products.find((p) => p.id === 'openai-codex')!;
  const own = draftsDataset([acmeDraft({ D3: 'Gap' })], pai.domains, {
    version: '1',
    published: '2026-11-20',
    publisher: 'Acme',
  });
  const theirCodex = { ...own.assessments[0]!, id: 'acme-codex', productId: 'openai-codex', ratings: { D1: 'Gap' } };
  await publishRecords(store, source(pai), {
    // Their entry for Codex names a site of theirs: PAI's rules stay the only ones for a product PAI rates.
    products: [...own.products, { ...codex, match: [{ host: 'acme.example', path: '/codex' }] }],
    assessments: [...own.assessments, theirCodex] as Dataset['assessments'],
  });
  const paiLine = (await readRecord(store, 'https://openai.com/codex/'))?.products['openai-codex'];
  const alone = memoryStore();
  await publishRecords(alone.store, source(pai));
  expect(paiLine).toEqual((await readRecord(alone.store, 'https://openai.com/codex/'))?.products['openai-codex']);
  expect((await readRecord(store, 'https://acme.example/'))?.products['acme-agent']).toMatchObject({
    name: 'Acme Agent',
  });
  expect((await readRecord(store, 'https://acme.example/codex'))?.products).not.toHaveProperty('openai-codex');
});

test('only a string is a published version', async () => {
  expect(await publishedVersion(memoryStore({ [RULES_VERSION_KEY]: 20991231 }).store)).toBeUndefined();
  expect(await publishedVersion(memoryStore({ [RULES_VERSION_KEY]: '2026.11.20' }).store)).toBe('2026.11.20');
});

test('each product is ranked by how many of its ratings were captured, PAI’s and the organisation’s alike', async () => {
  const { store } = memoryStore();
  const pai = bundled();
  const own = draftsDataset([acmeDraft({ D3: 'Gap', D5: 'Strong' })], pai.domains, {
    version: '1',
    published: '2026-11-20',
    publisher: 'Acme',
  });
  await publishRecords(store, source(pai), own);
  expect((await readRecord(store, 'https://openai.com/codex/'))?.rules.rank).toMatchObject({ 'openai-codex': 8 });
  expect((await readRecord(store, 'https://acme.example/'))?.rules.rank).toEqual({ 'acme-agent': 2 });
});

test('withdrawn records take their version with them, and leave everything else in storage', async () => {
  const { store, data } = memoryStore({ [SETTINGS_KEY]: { badgeEnabled: false } });
  await publishRecords(store, source(bundled()));
  await withdrawRecords(store);
  expect([...data.keys()]).toEqual([SETTINGS_KEY]);
  expect(await readRecord(store, 'https://openai.com/codex/')).toBeUndefined();
});
