// The checklist of an assessment the administrator's policy sets: kept under the dataset's name, so a policy that
// reorders its datasets, or drops one before it, leaves it where it was; and one an earlier version kept under the
// dataset's place is moved to that key once, nothing lost.
import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import type { Context } from '../../../src/background/types.ts';
import { orgViews } from '../../../src/background/handlers/org.ts';
import { readChecklist, writeActionState } from '../../../src/background/db-user.ts';
import { ownKey } from '../../../src/core/own-key.ts';
import { bundled } from '../helpers/dataset.ts';
import { testBackground } from '../helpers/deps.ts';

const UI: Context = { from: 'ui' };
const ALLOWLIST = 'openai-codex-sites-plugins.d1.plugin-allowlist';

/** A policy dataset holding one review of OpenAI Codex, with PAI's actions, under `id`. */
function review(id: string) {
  const own = bundled();
  const pai = structuredClone(own.assessments.find((a) => a.productId === 'openai-codex')!);
  own.products = own.products.filter((p) => p.id === 'openai-codex');
  own.assessments = [{ ...pai, id, title: `Review ${id}` }];
  return JSON.stringify(own);
}

const CORP = { name: 'Corp reviews', json: review('corp-codex') };
const BANK = { name: 'Bank policy', json: review('bank-codex') };
const BROKEN = { name: 'Broken', json: '{"format": 2}' };

async function setup(datasets: object[]) {
  const managed = { organisationDatasets: datasets };
  const bg = testBackground({ managed });
  await bg.keeper.ensure();
  const checklist = async (productId: string) =>
    (await bg.handlers.checklist({ type: 'checklist', productId }, UI)).states;
  const update = (productId: string, patch: object) =>
    bg.handlers['update-action']({ type: 'update-action', productId, actionId: ALLOWLIST, patch }, UI);
  return { ...bg, managed, checklist, update };
}

test('a policy dataset keeps its key, and its checklist, when the policy reorders its list or drops one before it', async () => {
  const t = await setup([CORP, BANK]);
  expect((await orgViews(t.deps)).map((o) => o.id)).toEqual(['policy_corp-reviews', 'policy_bank-policy']);
  const key = ownKey('policy_bank-policy', 'bank-codex');
  await t.update(key, { status: 'in-progress', owner: 'Dana' });

  t.managed.organisationDatasets = [BROKEN, BANK, CORP];
  expect((await orgViews(t.deps)).map((o) => o.id)).toEqual(['policy_bank-policy', 'policy_corp-reviews']);
  expect((await t.checklist(key)).map((s) => [s.assessmentId, s.owner])).toEqual([['bank-codex', 'Dana']]);
  expect(await t.checklist(ownKey('policy_corp-reviews', 'corp-codex'))).toEqual([]);
  // Saved again under the same key, beside what was there.
  expect((await t.update(key, { status: 'done' })).state).toMatchObject({ owner: 'Dana', status: 'done' });
});

test('a checklist an earlier version kept under the dataset’s place moves to its key when first read, once', async () => {
  const t = await setup([CORP, BANK]);
  const key = ownKey('policy_bank-policy', 'bank-codex');
  const former = 'own:policy-2:bank-codex';
  const db = await t.db();
  await writeActionState(db, {
    productId: former,
    actionId: ALLOWLIST,
    assessmentId: 'bank-codex',
    domain: 'D1',
    text: 'Allow only approved plugins',
    status: 'done',
    owner: 'Sam',
    due: '2026-12-31',
    notes: 'Signed off',
    updatedAt: 5,
  });
  // Not a checklist kept without its assessment: the dataset its place names has it.
  const view = await t.handlers.library({ type: 'library' }, UI);
  expect(view.kind === 'library' && view.ownKept).toEqual([]);
  const moved = await t.checklist(key);
  expect(moved).toEqual([
    expect.objectContaining({ productId: key, owner: 'Sam', notes: 'Signed off', status: 'done' }),
  ]);
  expect(await readChecklist(db, former)).toEqual([]);
  expect(await t.checklist(key)).toEqual(moved);
  // The other dataset's checklist is not the moved one's.
  expect(await t.checklist(ownKey('policy_corp-reviews', 'corp-codex'))).toEqual([]);
});

test('a checklist already under the key in force is never written over by one under the former key', async () => {
  const t = await setup([CORP, BANK]);
  const key = ownKey('policy_corp-reviews', 'corp-codex');
  await t.update(key, { owner: 'Dana' });
  const db = await t.db();
  const former = { ...(await readChecklist(db, key))[0]!, productId: 'own:policy-1:corp-codex', owner: 'Old' };
  await writeActionState(db, former);
  expect((await t.checklist(key)).map((s) => s.owner)).toEqual(['Dana']);
  expect(await readChecklist(db, 'own:policy-1:corp-codex')).toEqual([former]);
});

test('an import never takes a policy dataset’s id, as named now or before', async () => {
  const t = await setup([CORP]);
  for (const name of ['policy-1.json', 'policy_corp reviews.json']) {
    await t.handlers['org-import']({ type: 'org-import', name, text: review(`x-${name.length}`), alongside: true }, UI);
  }
  expect((await orgViews(t.deps)).map((o) => o.id)).toEqual([
    'policy_corp-reviews',
    'policy-1-2',
    'policy-corp-reviews',
  ]);
});
