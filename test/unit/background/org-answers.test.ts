// The organisation's datasets as the library lists them: the policy's (only the valid ones, without waiting for
// the policy service), the team feed, the imports in the order they came, and the assessments written here as a
// dataset of their own; and the ids and names an import is given.
import { expect, test, vi } from 'vitest';
import { writeOrgFeed } from '../../../src/background/db-org.ts';
import { authoringHandlers } from '../../../src/background/handlers/authoring.ts';
import { orgHandlers, orgViews, TEAM_FEED, WRITTEN_HERE } from '../../../src/background/handlers/org.ts';
import type { Context, Deps } from '../../../src/background/types.ts';
import { userError } from '../../../src/shared/user-error.ts';
import { bundled, DATASET_TEXT } from '../helpers/dataset.ts';
import { testBackground } from '../helpers/deps.ts';
import { acmeDraft } from '../helpers/org.ts';

const UI: Context = { from: 'ui' };
const DAY = 86_400_000;

async function setup(managed: { name: string; json: string }[] = []) {
  let clock = 10 * DAY;
  const bg = testBackground();
  await bg.keeper.ensure();
  const managedDatasets = vi.fn(async () => managed);
  const changed = vi.fn(async () => {});
  const deps: Deps = { ...bg.deps, settings: { ...bg.deps.settings, managedDatasets }, org: { changed } };
  const org = orgHandlers(deps, () => clock);
  // Each import a file of its own (another version of one dataset, imported beside the others as the user chose):
  // the very same file again would add nothing.
  let files = 0;
  const importAs = (name: string, replaces?: string) =>
    org['org-import'](
      {
        type: 'org-import',
        name,
        text: JSON.stringify({ ...bundled(), version: `2026.11.01.${++files}` }),
        ...(replaces ? { replaces } : { alongside: true }),
      },
      UI,
    );
  return { ...bg, deps, org, importAs, managedDatasets, changed, advance: (ms: number) => (clock += ms) };
}

test('an import’s id comes from its name: lower case, one dash for each run of other characters, unique', async () => {
  const t = await setup();
  const ids: string[] = [];
  for (const name of ['ACME Bank.json', 'ACME Bank.json', 'acme  bank', 'a.json.old.json', ' (Risk) ', '']) {
    ids.push(((await t.importAs(name)) as { id: string }).id);
    t.advance(1);
  }
  expect(ids).toEqual(['acme-bank', 'acme-bank-2', 'acme-bank-3', 'a-json-old', 'risk', 'organisation']);
  const names = (await orgViews(t.deps)).map((v) => v.name);
  expect(names).toEqual([
    'ACME Bank.json',
    'ACME Bank.json',
    'acme  bank',
    'a.json.old.json',
    '(Risk)',
    'organisation',
  ]);
  expect(t.changed).toHaveBeenCalledTimes(6);
});

test('an import answers with its counts; a name is cut to 120 characters; a replacement keeps its id', async () => {
  const t = await setup();
  expect(await t.importAs('x'.repeat(200))).toEqual({
    kind: 'imported',
    id: 'x'.repeat(60),
    products: bundled().products.length,
    assessments: bundled().assessments.length,
    // Stored with the clock's time, for an Undo to know it is still this import.
    importedAt: t.advance(0),
  });
  t.advance(1);
  await t.importAs('Second');
  expect(await t.importAs('Second, again', 'second')).toMatchObject({ kind: 'imported', id: 'second' });
  await expect(t.importAs('Third', 'third')).rejects.toThrow(userError({ code: 'no-import', id: 'third' }).message);
  const views = await orgViews(t.deps);
  expect(views.map((v) => [v.id, v.name])).toEqual([
    ['x'.repeat(60), 'x'.repeat(120)],
    ['second', 'Second, again'],
  ]);
  expect(await t.org['org-delete']({ type: 'org-delete', id: 'second' }, UI)).toEqual({ kind: 'ok' });
  expect((await orgViews(t.deps)).map((v) => v.id)).toEqual(['x'.repeat(60)]);
  expect(t.changed).toHaveBeenCalledTimes(4);
});

test('the library lists the policy’s valid datasets first, then the team feed, then imports by when they came', async () => {
  const t = await setup([
    { name: 'Broken', json: '{"not": "a dataset"}' },
    { name: 'Bank policy', json: DATASET_TEXT },
  ]);
  await t.importAs('Zeta');
  t.advance(1000);
  await t.importAs('Alpha');
  const feed = { ...bundled(), version: '2026.12.01' };
  await writeOrgFeed(await t.db(), { key: 'feed', url: 'https://team.example/org.json', loadedAt: 5, dataset: feed });
  const views = await orgViews(t.deps);
  expect(views.map((v) => [v.id, v.name, v.importedAt])).toEqual([
    ['policy_bank-policy', 'Bank policy', 0],
    [TEAM_FEED, "Your team's feed", 5],
    ['zeta', 'Zeta', 10 * DAY],
    ['alpha', 'Alpha', 10 * DAY + 1000],
  ]);
  expect(TEAM_FEED).toBe('team-feed');
  expect(views[0]).toMatchObject({ managed: true });
  expect(views[1]).toMatchObject({ feedUrl: 'https://team.example/org.json', dataset: { version: '2026.12.01' } });
  expect(t.managedDatasets).toHaveBeenCalledWith({ wait: false });
});

test('the assessments written here are one dataset, versioned by the day of the last save and their number', async () => {
  const t = await setup();
  let clock = Date.UTC(2026, 10, 3, 23, 0);
  const authoring = authoringHandlers(t.deps, () => clock);
  const save = async (id: string, name: string) => {
    await authoring['org-save-draft'](
      { type: 'org-save-draft', id, draft: { ...acmeDraft({ D3: 'Gap' }), id: '', name } },
      UI,
    );
    await authoring['org-save-version']({ type: 'org-save-version', id }, UI);
  };
  await save('r1', 'Acme Agent');
  clock = Date.UTC(2026, 10, 21, 9, 30);
  await save('r2', 'Beta Agent');
  clock = Date.UTC(2026, 11, 1);
  await authoring['org-save-draft']({ type: 'org-save-draft', id: 'r3', draft: acmeDraft() }, UI);
  const written = (await orgViews(t.deps)).find((v) => v.written);
  expect(WRITTEN_HERE).toBe('written-here');
  expect(written).toMatchObject({
    id: WRITTEN_HERE,
    name: 'Written in PSF Lens',
    importedAt: Date.UTC(2026, 10, 21, 9, 30),
  });
  expect(written?.dataset).toMatchObject({
    version: '2026.11.21.2',
    published: '2026-11-21',
    attribution: { publisher: 'Your organisation' },
  });
  expect(written?.dataset.products.map((p) => p.id)).toEqual(['acme-agent', 'beta-agent']);
});
