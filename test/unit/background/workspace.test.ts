import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, test } from 'vitest';
import { userError } from '../../../src/shared/user-error.ts';
import { DB_VERSION, openDatabase, replaceDataset } from '../../../src/background/db.ts';
import type { Context } from '../../../src/background/types.ts';
import { checklistItems } from '../../../src/core/checklist.ts';
import type { Dataset } from '../../../src/core/model.ts';
import { bundled } from '../helpers/dataset.ts';
import { testBackground } from '../helpers/deps.ts';

let count = 0;
const uniqueName = () => `psf-lens-workspace-${process.pid}-${++count}`;
const UI: Context = { from: 'ui' };

const workspace = (name: string) => testBackground({ name });

const CODEX = 'openai-codex';
const ALLOWLIST = 'openai-codex-sites-plugins.d1.plugin-allowlist';
const update = (actionId: string, patch: object) => ({
  type: 'update-action' as const,
  productId: CODEX,
  actionId,
  patch,
});

function codexActionIds(dataset: Dataset): string[] {
  const codex = dataset.assessments.find((a) => a.productId === CODEX);
  return Object.values(codex?.domains ?? {}).flatMap((d) => d?.actions.map((a) => a.id) ?? []);
}

test('the library lists every product with its assessment, the domains and where the data comes from', async () => {
  const { handlers } = workspace(uniqueName());
  const view = await handlers.library({ type: 'library' }, UI);
  if (view.kind !== 'library') throw new Error(view.reason);
  const { products, assessments } = bundled();
  expect(view.entries).toHaveLength(products.length);
  expect(view.entries.filter((e) => e.assessment).length).toBe(assessments.length);
  expect(view.entries.find((e) => e.product.id === CODEX)?.assessment?.id).toBe('openai-codex-sites-plugins');
  expect(view.domains.map((d) => d.id)).toEqual(['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8']);
  expect(view.dataset).toMatchObject({ version: bundled().version, source: 'bundled' });
});

describe('action states', () => {
  test('are created on first change, merged on the next, and read back per product', async () => {
    expect(codexActionIds(bundled())).toContain(ALLOWLIST);
    const { handlers } = workspace(uniqueName());
    const first = await handlers['update-action'](update(ALLOWLIST, { status: 'in-progress' }), UI);
    expect(first.state).toMatchObject({
      status: 'in-progress',
      owner: '',
      due: '',
      notes: '',
      domain: 'D1',
      assessmentId: 'openai-codex-sites-plugins',
    });
    const second = await handlers['update-action'](
      update(ALLOWLIST, { owner: 'Dana (security)', due: '2026-12-15' }),
      UI,
    );
    expect(second.state).toMatchObject({ status: 'in-progress', owner: 'Dana (security)', due: '2026-12-15' });
    const { states } = await handlers.checklist({ type: 'checklist', productId: CODEX }, UI);
    expect(states).toEqual([second.state]);
    expect((await handlers.checklist({ type: 'checklist', productId: 'crewai' }, UI)).states).toEqual([]);
  });

  test('saves of one action sent at once keep every field: owner, notes and due date typed in a row', async () => {
    // Tabbing from Owner to Notes to Due sends three saves before the first is answered; each used to read the
    // state, wait, and write the state it had read plus its own field, so the last one wrote the others away.
    const { handlers } = workspace(uniqueName());
    await Promise.all([
      handlers['update-action'](update(ALLOWLIST, { owner: 'Dana' }), UI),
      handlers['update-action'](update(ALLOWLIST, { notes: 'Asked the vendor' }), UI),
      handlers['update-action'](update(ALLOWLIST, { due: '2027-01-01' }), UI),
      handlers['update-action'](update(ALLOWLIST, { status: 'in-progress' }), UI),
    ]);
    const { states } = await handlers.checklist({ type: 'checklist', productId: CODEX }, UI);
    expect(states).toEqual([
      expect.objectContaining({ owner: 'Dana', notes: 'Asked the vendor', due: '2027-01-01', status: 'in-progress' }),
    ]);
  });

  test('an unknown action or product is refused, and nothing is written', async () => {
    const { handlers } = workspace(uniqueName());
    await expect(handlers['update-action'](update('no-such-action', { status: 'done' }), UI)).rejects.toThrow(
      /"code":"unknown-action","id":"no-such-action"/,
    );
    await expect(handlers['update-action']({ ...update(ALLOWLIST, {}), productId: 'nope' }, UI)).rejects.toThrow(
      userError({ code: 'unknown-product', id: 'nope' }).message,
    );
    expect((await handlers.checklist({ type: 'checklist', productId: CODEX }, UI)).states).toEqual([]);
  });

  test('survive a dataset update; an action the update removes is kept and marked retired, and stays editable', async () => {
    const name = uniqueName();
    const before = workspace(name);
    await before.handlers['update-action'](update(ALLOWLIST, { status: 'done', notes: 'Allowlist in Okta' }), UI);
    const other = codexActionIds(bundled()).find((id) => id !== ALLOWLIST) ?? '';
    await before.handlers['update-action'](update(other, { owner: 'Sam' }), UI);

    const next = bundled();
    next.version = '2026.12.01';
    const codex = next.assessments.find((a) => a.productId === CODEX);
    const d1 = codex?.domains.D1;
    if (!d1) throw new Error('Codex has D1 actions');
    d1.actions = d1.actions.filter((a) => a.id !== ALLOWLIST);
    await replaceDataset(await before.db(), next, 'bundled');

    // A restarted worker over the same database.
    const after = workspace(name);
    const { states } = await after.handlers.checklist({ type: 'checklist', productId: CODEX }, UI);
    expect(states.map((s) => s.actionId).sort()).toEqual([ALLOWLIST, other].sort());
    const items = checklistItems(codex ?? null, states);
    const retired = items.filter((i) => i.retired);
    expect(retired).toEqual([
      expect.objectContaining({ actionId: ALLOWLIST, retired: true, text: expect.stringMatching(/allowlist/i) }),
    ]);
    expect(retired[0]?.state?.notes).toBe('Allowlist in Okta');
    expect(items.find((i) => i.actionId === other)?.state?.owner).toBe('Sam');

    const edited = await after.handlers['update-action'](update(ALLOWLIST, { status: 'not-applicable' }), UI);
    expect(edited.state).toMatchObject({
      status: 'not-applicable',
      notes: 'Allowlist in Okta',
      assessmentId: 'openai-codex-sites-plugins',
    });
  });
});

test('a version 1 database is upgraded in place: its dataset stays and the checklist store is added', async () => {
  const name = uniqueName();
  const v1 = await openDB(name, 1, {
    upgrade(db) {
      db.createObjectStore('meta', { keyPath: 'key' });
      db.createObjectStore('products', { keyPath: 'id' });
      db.createObjectStore('assessments', { keyPath: 'id' }).createIndex('by-product', 'productId');
    },
  });
  const dataset = bundled();
  await v1.put('products', dataset.products[0]);
  await v1.put('meta', { key: 'dataset', version: 'old' });
  v1.close();

  const db = await openDatabase(name);
  expect(db.version).toBe(DB_VERSION);
  expect(await db.get('products', dataset.products[0]?.id ?? '')).toEqual(dataset.products[0]);
  expect(await db.get('meta', 'dataset')).toMatchObject({ version: 'old' });
  expect([...db.objectStoreNames]).toContain('checklist');
  expect(await db.getAllFromIndex('checklist', 'by-product', CODEX)).toEqual([]);
});
