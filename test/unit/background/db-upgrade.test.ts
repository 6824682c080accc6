// A database of every earlier version reaches the current one with everything it held, and gains the stores
// for the organisation's own assessments, questionnaire answers and the team feed, empty and writable.
import 'fake-indexeddb/auto';
import { openDB, unwrap, type IDBPDatabase } from 'idb';
import { IDBFactory } from 'fake-indexeddb';
import { expect, test, vi } from 'vitest';
import { DB_VERSION, openDatabase } from '../../../src/background/db.ts';
import { readChecklist } from '../../../src/background/db-user.ts';
import { readAnswers, readOrgRecords, writeAnswers, writeOrgRecord } from '../../../src/background/db-org.ts';
import { emptyDraft } from '../../../src/core/org-draft.ts';
import type { Context } from '../../../src/background/types.ts';
import { bundled } from '../helpers/dataset.ts';
import { testBackground } from '../helpers/deps.ts';

const UI: Context = { from: 'ui' };

/** The stores each shipped version added, as that version created them (never edited once shipped). */
const SHIPPED: ((db: IDBPDatabase) => void)[] = [
  (db) => {
    db.createObjectStore('meta', { keyPath: 'key' });
    db.createObjectStore('products', { keyPath: 'id' });
    db.createObjectStore('assessments', { keyPath: 'id' }).createIndex('by-product', 'productId');
  },
  (db) =>
    db.createObjectStore('checklist', { keyPath: ['productId', 'actionId'] }).createIndex('by-product', 'productId'),
  (db) => {
    db.createObjectStore('watchlist', { keyPath: 'productId' });
    db.createObjectStore('history', { autoIncrement: true }).createIndex('by-product', 'productId');
  },
  (db) => db.createObjectStore('organisation', { keyPath: 'id' }),
];

let n = 0;

/** Every store of a database with its key path, auto-increment and indexes: what an upgrade must reproduce. */
function shapeOf(db: IDBDatabase) {
  const names = [...db.objectStoreNames].sort();
  const tx = db.transaction(names, 'readonly');
  return names.map((name) => {
    const store = tx.objectStore(name);
    const indexes = [...store.indexNames].sort().map((i) => [i, store.index(i).keyPath, store.index(i).unique]);
    return { name, keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes };
  });
}

test.each([1, 2, 3, 4])('version %i upgrades to the current version, keeping what it held', async (version) => {
  expect(DB_VERSION).toBe(SHIPPED.length + 1);
  const name = `psf-upgrade-${process.pid}-${++n}`;
  const old = await openDB(name, version, {
    upgrade(db, from) {
      for (let step = from; step < version; step++) SHIPPED[step]?.(db);
    },
  });
  const dataset = bundled();
  const held: [string, unknown][] = [
    ['meta', { key: 'dataset', version: 'old' }],
    ['products', dataset.products[0]],
  ];
  if (version >= 2) held.push(['checklist', { productId: 'crewai', actionId: 'a', status: 'done', notes: 'kept' }]);
  if (version >= 3) held.push(['watchlist', { productId: 'crewai', addedAt: 1 }]);
  if (version >= 3) held.push(['history', { productId: 'crewai', at: 1, version: 'old', source: 'feed', changes: [] }]);
  if (version >= 4) held.push(['organisation', { id: 'acme', name: 'acme.json', importedAt: 1, dataset }]);
  for (const [store, value] of held) await old.put(store, value);
  old.close();

  const db = await openDatabase(name);
  expect(db.version).toBe(DB_VERSION);
  for (const [store, value] of held) expect(await db.getAll(store as 'meta')).toEqual([value]);
  expect(await readOrgRecords(db)).toEqual([]);
  expect(await readAnswers(db, 'crewai')).toEqual([]);
  expect(await db.get('org-feed', 'feed')).toBeUndefined();

  const record = { id: 'x', draft: emptyDraft('x', '2026-11-29'), draftUpdatedAt: 1, versions: [] };
  await writeOrgRecord(db, record);
  await writeAnswers(db, [{ productId: 'crewai', questionId: 'D1-1', answer: 'yes', evidence: [], receivedAt: 2 }]);
  db.close();
  const again = await openDatabase(name);
  expect(await readOrgRecords(again)).toEqual([record]);
  expect((await readAnswers(again, 'crewai')).map((a) => a.answer)).toEqual(['yes']);
  again.close();
});

test.each([1, 2, 3, 4])(
  'a database of version %i, upgraded, has exactly the stores and indexes of a new one',
  async (version) => {
    const fresh = await openDatabase(`psf-fresh-${process.pid}-${++n}`);
    const name = `psf-upgrade-shape-${process.pid}-${++n}`;
    const old = await openDB(name, version, {
      upgrade(db, from) {
        for (let step = from; step < version; step++) SHIPPED[step]?.(db);
      },
    });
    old.close();
    const upgraded = await openDatabase(name);
    expect(shapeOf(unwrap(upgraded))).toEqual(shapeOf(unwrap(fresh)));
    upgraded.close();
    fresh.close();
  },
);

test('PSF Lens opens the database every installed copy has written to, by its name', async () => {
  // The name is what ties a user's checklists and own assessments to an update: another name would open empty.
  vi.stubGlobal('indexedDB', new IDBFactory());
  try {
    const old = await openDB('psf-lens', 4, {
      upgrade(db) {
        for (const step of SHIPPED) step(db);
      },
    });
    const item = { productId: 'crewai', actionId: 'a', status: 'done', notes: 'kept' };
    await old.put('checklist', item);
    old.close();
    const db = await openDatabase();
    expect(await readChecklist(db, 'crewai')).toEqual([item]);
    db.close();
  } finally {
    vi.unstubAllGlobals();
  }
});

test.each([1, 2, 3, 4])(
  'a version %i database with a user’s data in it: the workspace reads every record after the upgrade',
  async (version) => {
    const name = `psf-upgrade-read-${process.pid}-${++n}`;
    const old = await openDB(name, version, {
      upgrade(db, from) {
        for (let step = from; step < version; step++) SHIPPED[step]?.(db);
      },
    });
    // The dataset as that version stored it: its meta, every product and assessment.
    const dataset = bundled();
    const { format: _f, products, assessments, ...info } = dataset;
    await old.put('meta', { key: 'dataset', ...info, source: 'bundled', loadedAt: 1 });
    for (const product of products) await old.put('products', product);
    for (const assessment of assessments) await old.put('assessments', assessment);
    const codex = assessments.find((a) => a.productId === 'openai-codex')!;
    const action = codex.domains.D1!.actions[0]!;
    const state = {
      productId: 'openai-codex',
      actionId: action.id,
      status: 'in-progress',
      owner: 'Dana',
      due: '2026-12-15',
      notes: 'Waiting on IT',
      updatedAt: 1,
      text: action.text,
      domain: 'D1',
      assessmentId: codex.id,
    };
    const change = { productId: 'openai-codex', changes: [{ domain: 'D4', from: null, to: 'Gap' }] };
    if (version >= 2) await old.put('checklist', state);
    if (version >= 3) await old.put('watchlist', { productId: 'openai-codex', addedAt: 1 });
    if (version >= 3) await old.put('history', { ...change, at: 1, version: '2026.11.01', source: 'feed' });
    const own = { ...bundled(), products: [products[0]!], assessments: [{ ...assessments[0]!, id: 'acme-review' }] };
    if (version >= 4) await old.put('organisation', { id: 'acme', name: 'acme.json', importedAt: 1, dataset: own });
    old.close();

    const { handlers } = testBackground({ name });
    const library = await handlers.library({ type: 'library' }, UI);
    if (library.kind !== 'library') throw new Error(library.reason);
    expect(library.dataset.version, 'no reload of the bundled dataset over it').toBe(dataset.version);
    expect(library.entries).toHaveLength(products.length);
    expect(library.organisation?.map((o) => [o.id, o.dataset.assessments.map((a) => a.id)])).toEqual(
      version >= 4 ? [['acme', ['acme-review']]] : [],
    );
    expect((await handlers.checklist({ type: 'checklist', productId: 'openai-codex' }, UI)).states).toEqual(
      version >= 2 ? [state] : [],
    );
    expect(await handlers['watch-state']({ type: 'watch-state', productId: 'openai-codex' }, UI)).toEqual({
      kind: 'watch',
      watched: version >= 3,
      history: version >= 3 ? [{ ...change, at: 1, version: '2026.11.01', source: 'feed' }] : [],
    });
    // And the user can go on: the state they had is edited, not replaced.
    const saved = await handlers['update-action'](
      { type: 'update-action', productId: 'openai-codex', actionId: action.id, patch: { status: 'done' } },
      UI,
    );
    expect(saved.state).toMatchObject(
      version >= 2 ? { ...state, status: 'done', updatedAt: expect.any(Number) } : { status: 'done' },
    );
  },
);
