// What each authoring message answers, and what it leaves behind: the list's order and product ids, the undo
// window counted from the deletion, the team list told of every saved change (and waited for), and a refusal
// for a record that is gone.
import { expect, test, vi } from 'vitest';
import { readOrgRecord, writeOrgFeed } from '../../../src/background/db-org.ts';
import { authoringHandlers, UNDO_DAYS } from '../../../src/background/handlers/authoring.ts';
import type { Context } from '../../../src/background/types.ts';
import { draftsDataset, type OrgDraft } from '../../../src/core/org-draft.ts';
import { userError } from '../../../src/shared/user-error.ts';
import { bundled } from '../helpers/dataset.ts';
import { testBackground } from '../helpers/deps.ts';
import { acmeDraft } from '../helpers/org.ts';

const UI: Context = { from: 'ui' };
const DAY = 86_400_000;

async function setup() {
  let clock = 1_000_000_000;
  const bg = testBackground();
  await bg.keeper.ensure();
  let told = 0;
  // The team list's refresh takes a while: a handler that answers before it is done has not waited for it.
  const changed = vi.fn(() => new Promise<void>((resolve) => setTimeout(() => resolve(void told++), 5)));
  const authoring = authoringHandlers({ ...bg.deps, org: { changed } }, () => clock);
  const saveDraft = (id: string, draft: OrgDraft) =>
    authoring['org-save-draft']({ type: 'org-save-draft', id, draft }, UI);
  const saveVersion = (id: string) => authoring['org-save-version']({ type: 'org-save-version', id }, UI);
  const list = () => authoring['org-records']({ type: 'org-records' }, UI);
  return { ...bg, authoring, saveDraft, saveVersion, list, told: () => told, advance: (ms: number) => (clock += ms) };
}

const named = (name: string, id = ''): OrgDraft => ({ ...acmeDraft({ D3: 'Gap' }), name, id });

test('the list: last edited first; product ids are the PAI products and the records’, sorted, none empty', async () => {
  const t = await setup();
  expect(await t.saveDraft('r1', named('Acme Agent'))).toEqual({ kind: 'draft-saved', updatedAt: 1_000_000_000 });
  t.advance(1000);
  await t.saveDraft('r2', named('Aardvark Assistant', 'aaa-own'));
  t.advance(1000);
  await t.saveDraft('r0', named('Zed', 'zed-own'));
  const { kind, records, productIds } = await t.list();
  expect(kind).toBe('org-records');
  expect(records.map((r) => r.id)).toEqual(['r0', 'r2', 'r1']);
  const expected = [...bundled().products.map((p) => p.id), 'aaa-own', 'zed-own'].sort();
  expect(productIds).toEqual(expected);
});

test('a deleted assessment stays restorable for the whole undo window, counted from its deletion', async () => {
  const t = await setup();
  await t.saveDraft('r1', named('Acme Agent'));
  expect(await t.authoring['org-delete-record']({ type: 'org-delete-record', id: 'r1' }, UI)).toEqual({ kind: 'ok' });
  t.advance(DAY);
  expect((await t.list()).records).toEqual([expect.objectContaining({ id: 'r1', deletedAt: 1_000_000_000 })]);
  t.advance((UNDO_DAYS - 2) * DAY);
  expect((await t.list()).records.map((r) => r.id)).toEqual(['r1']);
  expect(await t.authoring['org-restore-record']({ type: 'org-restore-record', id: 'r1' }, UI)).toEqual({
    kind: 'ok',
  });
  expect((await t.list()).records[0]?.deletedAt).toBeUndefined();
});

test('saving a version, deleting and restoring tell the team list, and answer only once it has heard', async () => {
  const t = await setup();
  await t.saveDraft('r1', named('Acme Agent'));
  expect(t.told()).toBe(0);
  await t.saveVersion('r1');
  expect(t.told()).toBe(1);
  await t.authoring['org-delete-record']({ type: 'org-delete-record', id: 'r1' }, UI);
  expect(t.told()).toBe(2);
  await t.authoring['org-restore-record']({ type: 'org-restore-record', id: 'r1' }, UI);
  expect(t.told()).toBe(3);
  expect(await t.authoring['org-keep-mine']({ type: 'org-keep-mine', id: 'r1' }, UI)).toEqual({ kind: 'ok' });
  expect(t.told()).toBe(3);
});

test('a record that is gone or deleted cannot be saved, deleted or kept, and says why', async () => {
  const t = await setup();
  await expect(t.saveVersion('nope')).rejects.toThrow(userError({ code: 'assessment-missing' }).message);
  await t.saveDraft('r1', named('Acme Agent'));
  await t.authoring['org-delete-record']({ type: 'org-delete-record', id: 'r1' }, UI);
  await expect(t.saveVersion('r1')).rejects.toThrow(userError({ code: 'assessment-deleted' }).message);
  await expect(t.authoring['org-keep-mine']({ type: 'org-keep-mine', id: 'r1' }, UI)).rejects.toThrow(
    userError({ code: 'assessment-deleted' }).message,
  );
});

test('another record of another product does not block a version; one of the same name gets the next id', async () => {
  const t = await setup();
  await t.saveDraft('r1', named('Acme Agent'));
  await t.saveVersion('r1');
  await t.saveDraft('r2', named('Other Agent'));
  expect(await t.saveVersion('r2')).toEqual({ kind: 'version-saved', n: 1, productId: 'other-agent' });
  await t.saveDraft('r3', named('Acme Agent'));
  expect(await t.saveVersion('r3')).toEqual({ kind: 'version-saved', n: 1, productId: 'acme-agent-2' });
  await t.saveDraft('r4', named('Copy', 'acme-agent'));
  expect(await t.saveVersion('r4')).toEqual({
    kind: 'not-ready',
    issues: [{ field: 'name', problem: { kind: 'duplicate-product' } }],
  });
});

test('a team feed without the record’s product shows no conflict, and keeping mine without a feed marks nothing', async () => {
  const t = await setup();
  await t.saveDraft('r1', named('Acme Agent'));
  expect(await t.authoring['org-keep-mine']({ type: 'org-keep-mine', id: 'r1' }, UI)).toEqual({ kind: 'ok' });
  expect((await readOrgRecord(await t.db(), 'r1'))?.feedResolved).toBeUndefined();
  const dataset = { ...bundled(), version: '2026.11.30' };
  await writeOrgFeed(await t.db(), { key: 'feed', url: 'https://team.example/org.json', loadedAt: 1, dataset });
  const [record] = (await t.list()).records;
  expect(record).toMatchObject({ id: 'r1', status: 'new' });
  expect(record?.conflict).toBeUndefined();
});

test('a team feed that carries the record’s product as the user has it shows the record, with no conflict', async () => {
  const t = await setup();
  const mine = named('Acme Agent', 'acme-agent');
  await t.saveDraft('r1', mine);
  await t.saveVersion('r1');
  const dataset = draftsDataset([mine], bundled().domains, {
    version: '2026.11.30',
    published: '2026-11-20',
    publisher: 'Acme Bank',
  });
  await writeOrgFeed(await t.db(), { key: 'feed', url: 'https://team.example/org.json', loadedAt: 1, dataset });
  const [record] = (await t.list()).records;
  expect(record).toMatchObject({ id: 'r1', status: 'saved', draft: mine, versions: [{ n: 1 }] });
  expect(record).not.toHaveProperty('conflict');
});

test('a deleted assessment comes back beside another product’s assessment: only its own product can block it', async () => {
  const t = await setup();
  await t.saveDraft('r1', named('Acme Agent'));
  await t.saveVersion('r1');
  await t.saveDraft('r2', named('Other Agent'));
  await t.saveVersion('r2');
  await t.authoring['org-delete-record']({ type: 'org-delete-record', id: 'r1' }, UI);
  expect(await t.authoring['org-restore-record']({ type: 'org-restore-record', id: 'r1' }, UI)).toEqual({
    kind: 'ok',
  });
  const live = (await t.list()).records.filter((r) => r.deletedAt === undefined);
  expect(live.map((r) => r.id).sort()).toEqual(['r1', 'r2']);
});

test('restoring an assessment already back (undo pressed in two windows) is harmless, not a clash with itself', async () => {
  const t = await setup();
  await t.saveDraft('r1', named('Acme Agent'));
  await t.saveVersion('r1');
  await t.authoring['org-delete-record']({ type: 'org-delete-record', id: 'r1' }, UI);
  const restore = () => t.authoring['org-restore-record']({ type: 'org-restore-record', id: 'r1' }, UI);
  expect(await restore()).toEqual({ kind: 'ok' });
  expect(await restore()).toEqual({ kind: 'ok' });
  expect((await t.list()).records).toEqual([expect.objectContaining({ id: 'r1', status: 'saved' })]);
  expect((await t.list()).records[0]?.deletedAt).toBeUndefined();
});
