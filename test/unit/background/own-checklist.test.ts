// The checklist of one of the organisation's own assessments, by its key: saved apart from PAI's checklist of the
// same product, refused for an action or an assessment it does not have, and kept through a new version of the
// organisation's file that drops an action (retired, still editable).
import { expect, test } from 'vitest';
import type { Context } from '../../../src/background/types.ts';
import { checklistItems } from '../../../src/core/checklist.ts';
import { ownKey } from '../../../src/core/own-key.ts';
import { userError } from '../../../src/shared/user-error.ts';
import { bundled } from '../helpers/dataset.ts';
import { testBackground } from '../helpers/deps.ts';

const UI: Context = { from: 'ui' };
const ALLOWLIST = 'openai-codex-sites-plugins.d1.plugin-allowlist';
const KEY = ownKey('acme', 'acme-codex');

/** The team's own review of OpenAI Codex, with PAI's actions to start from; `drop` leaves one out. */
function acmeFile(drop?: string) {
  const own = bundled();
  const pai = structuredClone(own.assessments.find((a) => a.productId === 'openai-codex')!);
  if (drop)
    for (const detail of Object.values(pai.domains)) detail.actions = detail.actions.filter((a) => a.id !== drop);
  own.products = own.products.filter((p) => p.id === 'openai-codex');
  own.assessments = [{ ...pai, id: 'acme-codex', title: 'Acme review of Codex' }];
  return JSON.stringify(own);
}

async function setup() {
  const bg = testBackground();
  await bg.keeper.ensure();
  const imported = await bg.handlers['org-import']({ type: 'org-import', name: 'acme.json', text: acmeFile() }, UI);
  expect(imported).toMatchObject({ kind: 'imported', id: 'acme' });
  const update = (actionId: string, patch: object, productId = KEY) =>
    bg.handlers['update-action']({ type: 'update-action', productId, actionId, patch }, UI);
  const checklist = async (productId: string) =>
    (await bg.handlers.checklist({ type: 'checklist', productId }, UI)).states;
  return { ...bg, update, checklist };
}

test('an action of the organisation’s assessment is saved under its key, apart from PAI’s checklist', async () => {
  const { update, checklist } = await setup();
  const saved = await update(ALLOWLIST, { status: 'in-progress', owner: 'Dana' });
  expect(saved.state).toMatchObject({
    productId: KEY,
    actionId: ALLOWLIST,
    assessmentId: 'acme-codex',
    domain: 'D1',
    status: 'in-progress',
    owner: 'Dana',
  });
  expect((await checklist(KEY)).map((s) => s.owner)).toEqual(['Dana']);
  expect(await checklist('openai-codex')).toEqual([]);
});

test('an action the assessment lacks, or an assessment the organisation lacks, is refused and nothing written', async () => {
  const { update, checklist } = await setup();
  await expect(update('no-such-action', { status: 'done' })).rejects.toThrow(
    userError({ code: 'unknown-action', id: 'no-such-action', product: 'Acme review of Codex' }).message,
  );
  const gone = ownKey('acme', 'no-such-assessment');
  await expect(update(ALLOWLIST, { status: 'done' }, gone)).rejects.toThrow(
    userError({ code: 'unknown-product', id: gone }).message,
  );
  await expect(update(ALLOWLIST, { status: 'done' }, ownKey('other', 'acme-codex'))).rejects.toThrow(
    /"code":"unknown-product"/,
  );
  expect(await checklist(KEY)).toEqual([]);
});

test('a new version of the file without an action keeps what was set on it: retired, and still editable', async () => {
  const { handlers, update, checklist } = await setup();
  await update(ALLOWLIST, { status: 'done', notes: 'Allowlist in place' });
  const replaced = await handlers['org-import'](
    { type: 'org-import', name: 'acme.json', text: acmeFile(ALLOWLIST), replaces: 'acme' },
    UI,
  );
  expect(replaced.kind).toBe('imported');
  await update(ALLOWLIST, { owner: 'Sam' });
  const library = await handlers.library({ type: 'library' }, UI);
  if (library.kind !== 'library') throw new Error(library.reason);
  const own = library.organisation?.find((o) => o.id === 'acme')?.dataset.assessments[0] ?? null;
  const retired = checklistItems(own, await checklist(KEY)).filter((i) => i.retired);
  expect(retired.map((i) => [i.actionId, i.state?.status, i.state?.notes, i.state?.owner])).toEqual([
    [ALLOWLIST, 'done', 'Allowlist in place', 'Sam'],
  ]);
});

test('a checklist kept after its file is deleted is listed, editable as retired, and deleted only once no longer in use', async () => {
  const { handlers, update, checklist } = await setup();
  await update(ALLOWLIST, { status: 'done', notes: 'Allowlist in place' });
  const read = async () => {
    const view = await handlers.library({ type: 'library' }, UI);
    if (view.kind !== 'library') throw new Error(view.reason);
    return view;
  };
  expect((await read()).ownKept).toEqual([]);
  const remove = () => handlers['checklist-delete']({ type: 'checklist-delete', productId: KEY }, UI);
  // While the assessment is loaded, its checklist is in use: not deleted.
  await expect(remove()).rejects.toThrow(/no checklist kept/);

  await handlers['org-delete']({ type: 'org-delete', id: 'acme' }, UI);
  expect((await read()).ownKept).toEqual([{ key: KEY, actions: 1, updatedAt: expect.any(Number) }]);
  // Its action retired, still editable; an action it never recorded is refused.
  expect((await update(ALLOWLIST, { owner: 'Sam' })).state).toMatchObject({
    owner: 'Sam',
    notes: 'Allowlist in place',
  });
  await expect(update('another-action', { status: 'done' })).rejects.toThrow(/"code":"unknown-action"/);
  // PAI's checklists and the watch list are not the organisation's: never listed as kept.
  await update(ALLOWLIST, { status: 'todo' }, 'openai-codex');
  expect((await read()).ownKept?.map((k) => k.key)).toEqual([KEY]);

  expect(await remove()).toEqual({ kind: 'ok' });
  expect(await checklist(KEY)).toEqual([]);
  expect((await read()).ownKept).toEqual([]);
  expect(await checklist('openai-codex')).toHaveLength(1);
  // Gone, it is an unknown key again: nothing to edit, nothing to delete.
  await expect(update(ALLOWLIST, { owner: 'Kim' })).rejects.toThrow(/"code":"unknown-product"/);
  await expect(remove()).rejects.toThrow(/no checklist kept/);
});

test('a file imported again under its name brings its kept checklist back with the assessment', async () => {
  const { handlers, update, checklist } = await setup();
  await update(ALLOWLIST, { owner: 'Dana' });
  await handlers['org-delete']({ type: 'org-delete', id: 'acme' }, UI);
  await handlers['org-import']({ type: 'org-import', name: 'acme.json', text: acmeFile() }, UI);
  const view = await handlers.library({ type: 'library' }, UI);
  expect(view.kind === 'library' && view.ownKept).toEqual([]);
  expect((await checklist(KEY)).map((s) => s.owner)).toEqual(['Dana']);
});
