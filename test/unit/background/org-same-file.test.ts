// A dataset file imported twice was a second, identical entry: every product of it listed twice. Now the same file
// adds nothing and names the entry it is; another version of an import (the same publisher, some of the same
// products) adds nothing until the user replaces the import with it or keeps both; two tabs cannot both add it.
import { expect, test, vi } from 'vitest';
import { orgHandlers, orgViews } from '../../../src/background/handlers/org.ts';
import type { Context, Deps } from '../../../src/background/types.ts';
import type { Dataset } from '../../../src/core/model.ts';
import type { OrgDatasetView } from '../../../src/shared/messages.ts';
import { bundled } from '../helpers/dataset.ts';
import { testBackground } from '../helpers/deps.ts';

const UI: Context = { from: 'ui' };
const T0 = Date.UTC(2026, 10, 1);

/** Acme's own review of Codex, at a version. */
function acme(version = '2026.11.01', publisher = 'Acme Security'): Dataset {
  const d = bundled();
  d.version = version;
  d.attribution = { ...d.attribution, publisher };
  d.products = d.products.filter((p) => p.id === 'openai-codex');
  d.assessments = [{ ...structuredClone(d.assessments.find((a) => a.productId === 'openai-codex')!), id: 'acme-1' }];
  return d;
}

async function setup() {
  let clock = T0;
  const bg = testBackground();
  await bg.keeper.ensure();
  const changed = vi.fn(async () => {});
  const deps: Deps = { ...bg.deps, org: { changed } };
  const org = orgHandlers(deps, () => (clock += 1000));
  const importFile = (name: string, text: string, more: { replaces?: string; alongside?: true } = {}) =>
    org['org-import']({ type: 'org-import', name, text, ...more }, UI);
  const listed = async () => (await orgViews(deps)).map((v) => [v.id, v.name, v.dataset.version]);
  /** Undo of a replacement of `before`, by the file stored at import time `over` (none: not said). */
  const revert = (before: OrgDatasetView, over?: number) =>
    org['org-import'](
      {
        type: 'org-import',
        name: before.name,
        text: JSON.stringify(before.dataset),
        replaces: before.id,
        restore: { id: before.id, importedAt: before.importedAt, ...(over === undefined ? {} : { over }) },
      },
      UI,
    );
  return { importFile, listed, changed, org, deps, revert };
}

test('the same file again adds nothing and names the entry it is, also indented otherwise or with keys reordered', async () => {
  const t = await setup();
  const text = JSON.stringify(acme());
  expect(await t.importFile('acme-q4.json', text)).toMatchObject({ kind: 'imported', id: 'acme-q4' });
  const entry = { id: 'acme-q4', name: 'acme-q4.json', importedAt: T0 + 1000, version: '2026.11.01' };
  expect(await t.importFile('acme-q4.json', text)).toEqual({ kind: 'same-file', entry });
  const { format, ...rest } = acme();
  const reordered = JSON.stringify({ ...rest, format }, null, 4);
  expect(await t.importFile('copy of acme.json', reordered)).toEqual({ kind: 'same-file', entry });
  // Asked to keep both, it still adds nothing: an identical entry would show every product twice.
  expect(await t.importFile('copy.json', text, { alongside: true })).toEqual({ kind: 'same-file', entry });
  expect(await t.listed()).toEqual([['acme-q4', 'acme-q4.json', '2026.11.01']]);
  expect(t.changed).toHaveBeenCalledTimes(1);
});

test('a newer version is offered to replace the import, an older one said to be older; the user chooses', async () => {
  const t = await setup();
  await t.importFile('acme-q4.json', JSON.stringify(acme()));
  const entry = { id: 'acme-q4', name: 'acme-q4.json', importedAt: T0 + 1000, version: '2026.11.01' };
  const newer = JSON.stringify(acme('2027.02.01'));
  expect(await t.importFile('acme-q1.json', newer)).toEqual({
    kind: 'other-version',
    entry,
    version: '2027.02.01',
    order: 'newer',
  });
  expect(await t.importFile('acme-q3.json', JSON.stringify(acme('2026.08.01')))).toMatchObject({
    kind: 'other-version',
    order: 'older',
  });
  const changedSameVersion = acme();
  changedSameVersion.assessments[0]!.title = 'Corrected title';
  expect(await t.importFile('fix.json', JSON.stringify(changedSameVersion))).toMatchObject({
    kind: 'other-version',
    order: 'same-version',
  });
  expect(await t.listed()).toEqual([['acme-q4', 'acme-q4.json', '2026.11.01']]);

  expect(await t.importFile('acme-q4.json', newer, { replaces: 'acme-q4' })).toMatchObject({ id: 'acme-q4' });
  expect(await t.listed()).toEqual([['acme-q4', 'acme-q4.json', '2027.02.01']]);
  await t.importFile('acme-q3.json', JSON.stringify(acme('2026.08.01')), { alongside: true });
  expect(await t.listed()).toEqual([
    ['acme-q4', 'acme-q4.json', '2027.02.01'],
    ['acme-q3', 'acme-q3.json', '2026.08.01'],
  ]);
});

test('another publisher’s file, or one with none of the same products, is imported beside without a question', async () => {
  const t = await setup();
  await t.importFile('acme.json', JSON.stringify(acme()));
  expect(await t.importFile('globex.json', JSON.stringify(acme('2027.01.01', 'Globex')))).toMatchObject({
    kind: 'imported',
  });
  const other = acme('2027.01.01');
  other.products = bundled().products.filter((p) => p.id === 'crewai');
  other.assessments = [];
  expect(await t.importFile('acme-crewai.json', JSON.stringify(other))).toMatchObject({ kind: 'imported' });
  expect((await t.listed()).map(([id]) => id)).toEqual(['acme', 'globex', 'acme-crewai']);
});

test('the same file chosen in two tabs at once is imported once', async () => {
  const t = await setup();
  const text = JSON.stringify(acme());
  const results = await Promise.all([t.importFile('acme.json', text), t.importFile('acme.json', text)]);
  expect(results.map((r) => r.kind).sort()).toEqual(['imported', 'same-file']);
  expect(await t.listed()).toEqual([['acme', 'acme.json', '2026.11.01']]);
});

test('a replacement answers with the import it wrote over, and Undo puts that back as it was, over the new file', async () => {
  const t = await setup();
  await t.importFile('acme.json', JSON.stringify(acme('2027.02.01')));
  const [before] = await orgViews(t.deps);
  // The older file chosen by mistake on the import's own Replace.
  const replaced = await t.importFile('acme.json', JSON.stringify(acme('2026.05.01')), { replaces: 'acme' });
  expect(replaced).toMatchObject({ kind: 'imported', id: 'acme', replaced: before });
  if (replaced.kind !== 'imported') throw new Error(replaced.kind);
  expect(await t.listed()).toEqual([['acme', 'acme.json', '2026.05.01']]);
  // Its answer says when the new file was stored, as the list shows it: Undo goes over that file only.
  expect(replaced.importedAt).toBe((await orgViews(t.deps))[0]!.importedAt);
  const back = await t.revert(before!, replaced.importedAt);
  expect(back).toMatchObject({ kind: 'imported', id: 'acme' });
  expect(await orgViews(t.deps)).toEqual([before]);
});

test('the Undo of a delete adds nothing once the same file has been imported again meanwhile (another tab)', async () => {
  const t = await setup();
  const text = JSON.stringify(acme());
  await t.importFile('acme.json', text);
  const [deleted] = await orgViews(t.deps);
  await t.org['org-delete']({ type: 'org-delete', id: 'acme' }, UI);
  await t.importFile('acme again.json', text);
  const undo = await t.org['org-import'](
    { type: 'org-import', name: 'acme.json', text, restore: { id: 'acme', importedAt: deleted!.importedAt } },
    UI,
  );
  expect(undo).toMatchObject({ kind: 'same-file', entry: { id: 'acme-again', name: 'acme again.json' } });
  expect((await t.listed()).map(([id]) => id)).toEqual(['acme-again']);
});

test('Undo of a replacement puts nothing back once the import has been replaced again or deleted (another tab)', async () => {
  const t = await setup();
  await t.importFile('acme.json', JSON.stringify(acme('2027.02.01')));
  const [before] = await orgViews(t.deps);
  const mine = await t.importFile('acme.json', JSON.stringify(acme('2026.05.01')), { replaces: 'acme' });
  if (mine.kind !== 'imported') throw new Error(mine.kind);
  const undo = (over: number) => t.revert(before!, over);
  // Another tab replaces it with the file it meant: this tab's Undo would throw that away.
  await t.importFile('acme.json', JSON.stringify(acme('2027.05.01')), { replaces: 'acme' });
  expect(await undo(mine.importedAt)).toEqual({ kind: 'changed', id: 'acme' });
  expect(await t.listed()).toEqual([['acme', 'acme.json', '2027.05.01']]);
  // Deleted there, then a file of the same name imported anew under the same id: still not this tab's replacement.
  await t.org['org-delete']({ type: 'org-delete', id: 'acme' }, UI);
  expect(await undo(mine.importedAt)).toEqual({ kind: 'changed', id: 'acme' });
  await t.importFile('acme.json', JSON.stringify(acme('2027.08.01')));
  expect(await undo(mine.importedAt)).toEqual({ kind: 'changed', id: 'acme' });
  expect(await t.listed()).toEqual([['acme', 'acme.json', '2027.08.01']]);
});
