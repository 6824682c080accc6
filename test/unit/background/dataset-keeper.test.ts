// The dataset keeper's rules: which dataset an update keeps (never an older one over a feed's newer, never the same
// version twice), what an update records in the rating history and announces, and how a refusal is worded.
import 'fake-indexeddb/auto';
import { expect, test, vi } from 'vitest';
import { createDatasetKeeper, DatasetRefused, loadedDataset } from '../../../src/background/dataset.ts';
import { openDatabase, readMeta, type Db } from '../../../src/background/db.ts';
import { readHistory } from '../../../src/background/db-user.ts';
import type { PublishSource } from '../../../src/background/publish.ts';
import type { Dataset } from '../../../src/core/model.ts';
import { assessmentOf, bundled } from '../helpers/dataset.ts';

let count = 0;

/** A keeper over a database of its own whose bundled file is `dataset` (changed with `bundle`). */
function keeper(dataset: Dataset = bundled()) {
  let text = JSON.stringify(dataset);
  let database: Promise<Db> | null = null;
  const db = () => (database ??= openDatabase(`psf-lens-keeper-${process.pid}-${++count}`));
  const published: string[] = [];
  const changed = vi.fn(async () => {});
  const keep = createDatasetKeeper(
    db,
    async () => text,
    async (source: PublishSource | null) => void published.push(source?.version ?? 'withdrawn'),
    changed,
  );
  const bundle = (next: Dataset) => void (text = JSON.stringify(next));
  return { keep, db, published, changed, bundle, bundleText: (next: string) => void (text = next) };
}

/** The bundled dataset as version `v`; `reassessed`: Codex's D1 and D4 swapped (a Gap now Partial, and back). */
function version(v: string, reassessed = false): Dataset {
  const d = bundled();
  d.version = v;
  if (reassessed) Object.assign(assessmentOf(d, 'openai-codex').ratings, { D1: 'Gap', D4: 'Partial' });
  return d;
}

test('a refusal names its origin and its first three problems, and counts the rest', () => {
  const issue = (n: number) => ({ path: `$.products[${n}]`, message: `problem ${n}` });
  const three = new DatasetRefused('bundled', [1, 2, 3].map(issue));
  expect(three.message).toBe(
    'bundled dataset refused: $.products[1]: problem 1; $.products[2]: problem 2; $.products[3]: problem 3',
  );
  const five = new DatasetRefused('feed', [1, 2, 3, 4, 5].map(issue));
  expect(five.message).toBe(
    'feed dataset refused: $.products[1]: problem 1; $.products[2]: problem 2; $.products[3]: problem 3 (and 2 more)',
  );
  expect(five).toMatchObject({ name: 'DatasetRefused', origin: 'feed', issues: [1, 2, 3, 4, 5].map(issue) });
});

test('a bundled dataset refused on a fresh install is the reason there is no dataset', async () => {
  const t = keeper();
  t.bundle({ ...bundled(), format: 2 } as unknown as Dataset);
  expect(await loadedDataset(t.keep)).toEqual({
    kind: 'no-dataset',
    reason: expect.stringMatching(/^bundled dataset refused: \$\.format: /),
  });
  expect(t.published, 'its records went out before the check, and were taken back').toEqual([
    bundled().version,
    'withdrawn',
  ]);
});

test('a fresh install publishes the bundled records once, before the check; a file that is no JSON publishes none', async () => {
  const t = keeper();
  await t.keep.ensure();
  expect(t.published).toEqual([bundled().version]);
  const broken = keeper();
  broken.bundleText('{"format": 1, "products": [');
  expect(await loadedDataset(broken.keep)).toMatchObject({ kind: 'no-dataset' });
  expect(broken.published).toEqual([]);
});

test('the first dataset records no change and announces none', async () => {
  const t = keeper();
  await t.keep.ensure();
  expect(await readHistory(await t.db(), 'openai-codex')).toEqual([]);
  expect(t.changed).not.toHaveBeenCalled();
});

test('an update that changes no rating records and announces nothing', async () => {
  const t = keeper(version('2026.01.01'));
  await t.keep.ensure();
  t.bundle(version('2026.02.01'));
  expect((await t.keep.syncBundled()).version).toBe('2026.02.01');
  expect(await readHistory(await t.db(), 'openai-codex')).toEqual([]);
  expect(t.changed).not.toHaveBeenCalled();
});

test('an update that changes a rating records it in the history and announces it', async () => {
  const t = keeper(version('2026.01.01'));
  await t.keep.ensure();
  t.bundle(version('2026.02.01', true));
  const meta = await t.keep.syncBundled();
  expect(meta.version).toBe('2026.02.01');
  const changes = [
    { domain: 'D1', from: 'Partial', to: 'Gap' },
    { domain: 'D4', from: 'Gap', to: 'Partial' },
  ];
  const change = { productId: 'openai-codex', changes };
  expect(t.changed).toHaveBeenCalledWith([change], meta, []);
  expect(await readHistory(await t.db(), 'openai-codex')).toEqual([
    expect.objectContaining({ ...change, version: '2026.02.01', source: 'bundled', at: meta.loadedAt }),
  ]);
});

test.each([
  ['the same version is kept', 'bundled', '2026.01.01', '2026.01.01', ['2026.01.01', 'bundled']],
  ['a newer bundled version replaces a bundled one', 'bundled', '2026.01.01', '2026.02.01', ['2026.02.01', 'bundled']],
  [
    'an older bundled version (a downgrade) replaces a bundled one',
    'bundled',
    '2026.02.01',
    '2026.01.01',
    ['2026.01.01', 'bundled'],
  ],
  ['a newer feed version is kept over the bundled one', 'feed', '2026.03.01', '2026.02.01', ['2026.03.01', 'feed']],
  ['the same feed version is kept', 'feed', '2026.02.01', '2026.02.01', ['2026.02.01', 'feed']],
  [
    'a bundled version newer than the feed’s replaces it',
    'feed',
    '2026.01.01',
    '2026.02.01',
    ['2026.02.01', 'bundled'],
  ],
] as const)('an update: %s', async (_, storedSource, stored, bundledVersion, [expected, source]) => {
  const t = keeper(version('2025.12.01'));
  await t.keep.ensure();
  if (storedSource === 'feed') await t.keep.installFeed(version(stored), 'https://feed.example/psf.json');
  else {
    t.bundle(version(stored));
    await t.keep.syncBundled();
  }
  const before = await readMeta(await t.db());
  t.bundle(version(bundledVersion));
  const meta = await t.keep.syncBundled();
  if (expected === stored) expect(meta, 'kept as it was, not stored again').toEqual(before);
  expect(meta).toMatchObject({ version: expected, source });
  expect(await readMeta(await t.db())).toMatchObject({ version: expected, source });
  expect(t.published.at(-1), 'the pages get the dataset in force').toBe(expected);
});

test('a worker start with an empty database loads the bundled dataset; with a stale publication, publishes again', async () => {
  const t = keeper(version('2026.01.01'));
  await t.keep.resume(undefined);
  expect(await readMeta(await t.db())).toMatchObject({ version: '2026.01.01' });
  expect(t.published).toEqual(['2026.01.01']);
  await t.keep.resume('2026.01.01');
  expect(t.published, 'published already: nothing to do').toEqual(['2026.01.01']);
  await t.keep.resume('2025.12.01');
  expect(t.published).toEqual(['2026.01.01', '2026.01.01']);
});

test('a feed’s or an update’s dataset is stored before its records go out: a workspace that hears the new version reads it', async () => {
  let database: Promise<Db> | null = null;
  const db = () => (database ??= openDatabase(`psf-lens-keeper-${process.pid}-${++count}`));
  let text = JSON.stringify(version('2026.01.01'));
  // What a page reading the library hears the moment each version is published.
  const storedWhenPublished: Array<[string | undefined, string | undefined]> = [];
  const keep = createDatasetKeeper(
    db,
    async () => text,
    async (source) => void storedWhenPublished.push([source?.version, (await readMeta(await db()))?.version]),
  );
  await keep.ensure();
  await keep.installFeed(version('2026.02.01', true), 'https://feed.example/psf.json');
  text = JSON.stringify(version('2026.03.01'));
  await keep.syncBundled();
  expect(storedWhenPublished).toEqual([
    // A fresh install: the records go out first, for the first page waiting for them (nothing was stored to read).
    ['2026.01.01', undefined],
    ['2026.02.01', '2026.02.01'],
    ['2026.03.01', '2026.03.01'],
  ]);
});

test('a worker stopped as soon as an update’s dataset is stored has its rating changes in the history all the same', async () => {
  const name = `psf-lens-keeper-stopped-${process.pid}-${++count}`;
  const real = await openDatabase(name);
  // The worker goes away the moment a write that stores the dataset's meta commits: nothing it would do after runs.
  let stopped = false;
  const stopping = new Proxy(real, {
    get(target, key, receiver) {
      if (stopped) throw new Error('the worker was stopped');
      const value: unknown = Reflect.get(target, key, receiver);
      if (key !== 'transaction' || typeof value !== 'function') return value;
      return (stores: string | string[], mode?: IDBTransactionMode) => {
        const open = value as (stores: string | string[], mode?: IDBTransactionMode) => { done: Promise<void> };
        const tx = open.call(target, stores, mode);
        if (mode === 'readwrite' && [stores].flat().includes('meta')) void tx.done.then(() => (stopped = true));
        return tx;
      };
    },
  });
  const keep = createDatasetKeeper(
    async () => stopping,
    async () => JSON.stringify(version('2026.11.01')),
  );
  await keep.ensure();
  stopped = false;
  await keep.installFeed(version('2026.12.01', true), 'https://feed.example/psf.json').catch(() => {});
  real.close();

  // The next worker: the new dataset is there, and so is what it changed.
  const next = await openDatabase(name);
  expect((await readMeta(next))?.version).toBe('2026.12.01');
  expect((await readHistory(next, 'openai-codex')).map((h) => h.version)).toEqual(['2026.12.01']);
  next.close();
});
