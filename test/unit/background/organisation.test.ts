// The organisation's own assessments: the same rules as the bundled dataset, nothing changed by a bad file, and
// nothing lost to an update of PAI's dataset.
import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import { userError } from '../../../src/shared/user-error.ts';
import type { Context } from '../../../src/background/types.ts';
import { writeOrgFeed } from '../../../src/background/db-org.ts';
import { bundled } from '../helpers/dataset.ts';
import { acmeDraft } from '../helpers/org.ts';
import { testBackground } from '../helpers/deps.ts';
import { createHandlers } from '../../../src/background/handlers/index.ts';
import { orgHandlers } from '../../../src/background/handlers/org.ts';

const UI: Context = { from: 'ui' };

function setUp() {
  const { handlers, keeper } = testBackground();
  return { handlers, keeper };
}

/** A small dataset of one organisation review of Codex, in the bundled format. */
function ownReview(title = 'Acme security review of Codex') {
  const d = bundled();
  d.version = '2026.11.01';
  d.products = d.products.filter((p) => p.id === 'openai-codex');
  d.assessments = [
    {
      ...structuredClone(d.assessments.find((a) => a.productId === 'openai-codex')!),
      id: 'acme-codex-2026',
      title,
      url: 'https://wiki.acme.example/codex-review',
    },
  ];
  return d;
}

const library = async (handlers: ReturnType<typeof setUp>['handlers']) => {
  const view = await handlers.library({ type: 'library' }, UI);
  if (view.kind !== 'library') throw new Error(view.reason);
  return view;
};

test('a valid file is imported and listed apart from PAI’s assessments', async () => {
  const { handlers } = setUp();
  const result = await handlers['org-import'](
    { type: 'org-import', name: 'Acme reviews.json', text: JSON.stringify(ownReview()) },
    UI,
  );
  expect(result).toEqual({
    kind: 'imported',
    id: 'acme-reviews',
    importedAt: expect.any(Number),
    products: 1,
    assessments: 1,
  });
  const view = await library(handlers);
  expect(view.organisation?.map((o) => [o.id, o.name, o.dataset.assessments[0]?.title])).toEqual([
    ['acme-reviews', 'Acme reviews.json', 'Acme security review of Codex'],
  ]);
  expect(view.entries.find((e) => e.product.id === 'openai-codex')?.assessment?.id, 'PAI’s stays PAI’s').toBe(
    'openai-codex-sites-plugins',
  );
});

test('a bad file is refused with every problem, and nothing changes', async () => {
  const { handlers } = setUp();
  await handlers['org-import']({ type: 'org-import', name: 'good.json', text: JSON.stringify(ownReview()) }, UI);
  const bad = ownReview();
  (bad.assessments[0]!.ratings as Record<string, string>).D9 = 'Strong';
  bad.assessments[0]!.url = 'http://wiki.acme.example/';
  const result = await handlers['org-import']({ type: 'org-import', name: 'bad.json', text: JSON.stringify(bad) }, UI);
  expect(result.kind).toBe('refused');
  expect(result.kind === 'refused' ? result.issues.map((i) => i.path) : []).toEqual([
    '$.assessments[0].url',
    '$.assessments[0].ratings.D9',
  ]);
  expect((await handlers['org-import']({ type: 'org-import', name: 'x.json', text: '{"format": 1,' }, UI)).kind).toBe(
    'refused',
  );
  expect((await library(handlers)).organisation?.map((o) => o.id)).toEqual(['good']);
});

test('an import is replaced by a newer file in place, and deleted', async () => {
  const { handlers } = setUp();
  await handlers['org-import']({ type: 'org-import', name: 'acme.json', text: JSON.stringify(ownReview()) }, UI);
  const again = await handlers['org-import'](
    { type: 'org-import', name: 'acme.json', text: JSON.stringify(ownReview('Second review')), replaces: 'acme' },
    UI,
  );
  expect(again).toMatchObject({ kind: 'imported', id: 'acme' });
  expect((await library(handlers)).organisation?.map((o) => o.dataset.assessments[0]?.title)).toEqual([
    'Second review',
  ]);
  await expect(
    handlers['org-import']({ type: 'org-import', name: 'x', text: JSON.stringify(ownReview()), replaces: 'nope' }, UI),
  ).rejects.toThrow(userError({ code: 'no-import', id: 'nope' }).message);
  await handlers['org-delete']({ type: 'org-delete', id: 'acme' }, UI);
  expect((await library(handlers)).organisation).toEqual([]);
});

test('two imports of the same name get distinct ids', async () => {
  const { handlers } = setUp();
  const a = await handlers['org-import'](
    { type: 'org-import', name: 'review.json', text: JSON.stringify(ownReview()) },
    UI,
  );
  const b = await handlers['org-import'](
    { type: 'org-import', name: 'review.json', text: JSON.stringify(ownReview('Second review')), alongside: true },
    UI,
  );
  expect([a, b].map((r) => (r.kind === 'imported' ? r.id : r.kind))).toEqual(['review', 'review-2']);
});

test('a deleted import comes back with Undo as it was: its id, name and import time; an id taken since, a new one', async () => {
  const { deps } = testBackground();
  let clock = Date.UTC(2026, 10, 1);
  const org = orgHandlers(deps, () => clock);
  const listed = async () =>
    (await library(createHandlers(deps))).organisation?.map((o) => [o.id, o.name, o.importedAt, o.dataset.version]);
  const text = JSON.stringify(ownReview());
  const second = JSON.stringify(ownReview('Second review'));
  await org['org-import']({ type: 'org-import', name: 'review.json', text }, UI);
  clock += 60_000;
  await org['org-import']({ type: 'org-import', name: 'review.json', text: second, alongside: true }, UI);
  const before = await listed();
  expect(before).toEqual([
    ['review', 'review.json', Date.UTC(2026, 10, 1), '2026.11.01'],
    ['review-2', 'review.json', Date.UTC(2026, 10, 1) + 60_000, '2026.11.01'],
  ]);
  clock += 3_600_000;
  await org['org-delete']({ type: 'org-delete', id: 'review-2' }, UI);
  const restored = await org['org-import'](
    {
      type: 'org-import',
      name: 'review.json',
      text: second,
      restore: { id: 'review-2', importedAt: Date.UTC(2026, 10, 1) + 60_000 },
    },
    UI,
  );
  expect(restored).toEqual({
    kind: 'imported',
    id: 'review-2',
    importedAt: Date.UTC(2026, 10, 1) + 60_000,
    products: 1,
    assessments: 1,
  });
  expect(await listed()).toEqual(before);
  // Deleted, then a new file took its id: the one brought back is a new import beside it.
  await org['org-delete']({ type: 'org-delete', id: 'review' }, UI);
  const third = JSON.stringify(ownReview('Third review'));
  await org['org-import']({ type: 'org-import', name: 'review.json', text: third, alongside: true }, UI);
  const again = await org['org-import'](
    { type: 'org-import', name: 'review.json', text, restore: { id: 'review', importedAt: Date.UTC(2026, 10, 1) } },
    UI,
  );
  expect(again).toMatchObject({ id: 'review-3' });
  expect((await listed())?.map(([id, , at]) => [id, at])).toEqual([
    ['review-2', Date.UTC(2026, 10, 1) + 60_000],
    ['review', clock],
    ['review-3', clock],
  ]);
});

test('the organisation’s assessments survive an update of PAI’s dataset', async () => {
  const { handlers, keeper } = setUp();
  await handlers['org-import']({ type: 'org-import', name: 'acme.json', text: JSON.stringify(ownReview()) }, UI);
  const next = bundled();
  next.version = '2026.12.01';
  await keeper.installFeed(next, 'https://feed.example/d.json');
  const view = await library(handlers);
  expect(view.dataset.version).toBe('2026.12.01');
  expect(view.organisation?.map((o) => o.id)).toEqual(['acme']);
});

test('datasets set by policy are listed first, read-only; an invalid one is ignored and named on the settings page', async () => {
  const good = JSON.stringify(ownReview('Policy review of Codex'));
  const { handlers } = testBackground({
    managed: {
      organisationDatasets: [
        { name: 'Corp reviews', json: good },
        { name: 'Broken', json: '{"format": 2}' },
        { name: 'No text' },
      ],
    },
  });
  await handlers['org-import']({ type: 'org-import', name: 'mine.json', text: JSON.stringify(ownReview()) }, UI);
  const view = await library(handlers);
  expect(view.organisation?.map((o) => [o.id, o.name, o.managed ?? false])).toEqual([
    ['policy_corp-reviews', 'Corp reviews', true],
    ['mine', 'mine.json', false],
  ]);
  const settings = await handlers.settings({ type: 'settings' }, UI);
  expect(settings.ignored).toEqual([
    expect.stringMatching(/^organisationDatasets\[1\] \(Broken\): \$\.format: /),
    'organisationDatasets[2] (No text): no "json" text',
  ]);
});

test('every dataset of the list, exported as its file and imported back, comes back identical, under an id of its own', async () => {
  const t = testBackground({
    managed: { organisationDatasets: [{ name: 'Corp reviews', json: JSON.stringify(ownReview('Policy review')) }] },
  });
  const { handlers } = t;
  await t.keeper.ensure();
  await handlers['org-import']({ type: 'org-import', name: 'acme.json', text: JSON.stringify(ownReview()) }, UI);
  await writeOrgFeed(await t.db(), {
    key: 'feed',
    url: 'https://team.example/org.json',
    loadedAt: 1,
    dataset: ownReview('Team review'),
  });
  await handlers['org-save-draft'](
    { type: 'org-save-draft', id: 'r1', draft: acmeDraft({ D1: 'Strong', D3: 'Gap' }) },
    UI,
  );
  await handlers['org-save-version']({ type: 'org-save-version', id: 'r1' }, UI);
  const listed = (await library(handlers)).organisation ?? [];
  expect(listed.map((o) => o.id)).toEqual(['policy_corp-reviews', 'team-feed', 'acme', 'written-here']);

  for (const org of listed) {
    // What the workspace's Export button downloads, under the name it gives the file. Each is a version of Acme's
    // review (imported beside it, as the user may choose); Acme's own file is that very import, and adds nothing.
    const file = `${JSON.stringify(org.dataset, null, 2)}\n`;
    const result = await handlers['org-import'](
      { type: 'org-import', name: `${org.id}.json`, text: file, alongside: true },
      UI,
    );
    if (org.id === 'acme') {
      expect(result).toMatchObject({ kind: 'same-file', entry: { id: 'acme', name: 'acme.json' } });
      continue;
    }
    if (result.kind !== 'imported') throw new Error(`${org.id} not imported: ${JSON.stringify(result)}`);
    const now = (await library(handlers)).organisation ?? [];
    expect(new Set(now.map((o) => o.id)).size, `${org.id}: every entry keeps an id of its own`).toBe(now.length);
    const back = now.find((o) => o.id === result.id && !o.written && !o.managed && !o.feedUrl);
    expect(`${JSON.stringify(back?.dataset, null, 2)}\n`, `${org.id}: the same file again`).toBe(file);
  }
});
