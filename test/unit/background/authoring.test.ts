// Assessments written in PSF Lens: drafts kept as typed and across restarts, versions only when the dataset rules
// pass, delete with undo, and the vendor's answers kept row by row. All over fake-indexeddb, as the worker runs.
import { expect, test } from 'vitest';
import { userError } from '../../../src/shared/user-error.ts';
import { replaceDataset } from '../../../src/background/db.ts';
import { authoringHandlers, UNDO_DAYS } from '../../../src/background/handlers/authoring.ts';
import { createHandlers } from '../../../src/background/handlers/index.ts';
import { questionnaireHandlers } from '../../../src/background/handlers/questionnaire.ts';
import type { Context } from '../../../src/background/types.ts';
import { emptyDraft, type OrgDraft } from '../../../src/core/org-draft.ts';
import { CSV_HEADER } from '../../../src/core/questionnaire.ts';
import { bundled } from '../helpers/dataset.ts';
import { testBackground } from '../helpers/deps.ts';

const UI: Context = { from: 'ui' };

function draft(name = 'Acme Agent'): OrgDraft {
  const d = emptyDraft('', '2026-11-20');
  Object.assign(d, { name, vendor: 'Acme', assessor: 'Security team', sites: [{ host: 'acme.example', path: '' }] });
  d.domains.D3.rating = 'Gap';
  return d;
}

function setup(name?: string) {
  let clock = 1_000_000;
  const bg = testBackground(name ? { name } : {});
  const now = () => clock;
  const advance = (ms: number) => void (clock += ms);
  return { ...bg, advance, authoring: authoringHandlers(bg.deps, now), questions: questionnaireHandlers(bg.deps, now) };
}

test('a draft is kept as typed, even one that breaks the rules, and a restarted worker still has it', async () => {
  const first = setup();
  await first.keeper.ensure();
  const bad = { ...draft(), name: '' };
  await first.authoring['org-save-draft']({ type: 'org-save-draft', id: 'r1', draft: bad }, UI);
  const again = setup(first.name);
  const { records } = await again.authoring['org-records']({ type: 'org-records' }, UI);
  expect(records).toEqual([expect.objectContaining({ id: 'r1', draft: bad, status: 'new', versions: [] })]);
});

test('a draft saved since the page read it is not written over; saves in one millisecond are still told apart', async () => {
  const { authoring, keeper } = setup();
  await keeper.ensure();
  const save = (d: OrgDraft, since?: number) =>
    authoring['org-save-draft'](
      { type: 'org-save-draft', id: 'r1', draft: d, ...(since === undefined ? {} : { since }) },
      UI,
    );
  const first = await save(draft());
  // The clock does not move: the second save is still later than the first.
  const second = await save(draft('Acme Agent B'), first.updatedAt);
  expect(second.updatedAt).toBeGreaterThan(first.updatedAt);
  await expect(save(draft('Acme Agent A'), first.updatedAt)).rejects.toThrow(
    userError({ code: 'draft-changed-elsewhere' }).message,
  );
  let [record] = (await authoring['org-records']({ type: 'org-records' }, UI)).records;
  expect(record).toMatchObject({ draft: { name: 'Acme Agent B' }, draftUpdatedAt: second.updatedAt });
  // Read again, the page may save over it.
  await save(draft('Acme Agent A'), second.updatedAt);
  [record] = (await authoring['org-records']({ type: 'org-records' }, UI)).records;
  expect(record?.draft.name).toBe('Acme Agent A');
});

test('a version is saved only when the rules pass; problems come back by field; then it joins the library', async () => {
  const { authoring, handlers, keeper } = setup();
  await keeper.ensure();
  await authoring['org-save-draft']({ type: 'org-save-draft', id: 'r1', draft: { ...draft(), assessor: '' } }, UI);
  const refused = await authoring['org-save-version']({ type: 'org-save-version', id: 'r1' }, UI);
  expect(refused).toEqual({ kind: 'not-ready', issues: [expect.objectContaining({ field: 'assessor' })] });
  let library = await handlers.library({ type: 'library' }, UI);
  expect(library.kind === 'library' && library.organisation).toEqual([]);

  await authoring['org-save-draft']({ type: 'org-save-draft', id: 'r1', draft: draft() }, UI);
  expect(await authoring['org-save-version']({ type: 'org-save-version', id: 'r1' }, UI)).toEqual({
    kind: 'version-saved',
    n: 1,
    productId: 'acme-agent',
  });
  expect(await authoring['org-save-version']({ type: 'org-save-version', id: 'r1' }, UI)).toEqual({
    kind: 'unchanged',
    n: 1,
  });
  library = await handlers.library({ type: 'library' }, UI);
  const written = library.kind === 'library' ? library.organisation?.find((o) => o.written) : undefined;
  expect(written?.name).toBe('Written in PSF Lens');
  expect(written?.dataset.assessments.map((a) => [a.productId, a.ratings])).toEqual([['acme-agent', { D3: 'Gap' }]]);
});

test('editing after a save shows as edited; the history keeps every version’s ratings; the product id stays', async () => {
  const { authoring, keeper } = setup();
  await keeper.ensure();
  await authoring['org-save-draft']({ type: 'org-save-draft', id: 'r1', draft: draft() }, UI);
  await authoring['org-save-version']({ type: 'org-save-version', id: 'r1' }, UI);
  const renamed = { ...draft('Acme Agent Pro'), id: '' };
  renamed.domains.D3.rating = 'Partial';
  await authoring['org-save-draft']({ type: 'org-save-draft', id: 'r1', draft: renamed }, UI);
  let [record] = (await authoring['org-records']({ type: 'org-records' }, UI)).records;
  expect(record?.status).toBe('edited');
  expect(record?.draft.id).toBe('acme-agent');
  await authoring['org-save-version']({ type: 'org-save-version', id: 'r1' }, UI);
  [record] = (await authoring['org-records']({ type: 'org-records' }, UI)).records;
  expect(record?.versions.map((v) => [v.n, v.draft.domains.D3.rating])).toEqual([
    [1, 'Gap'],
    [2, 'Partial'],
  ]);
});

test('a new product never takes a PAI product’s id, nor another record’s product', async () => {
  const { authoring, keeper } = setup();
  await keeper.ensure();
  await authoring['org-save-draft']({ type: 'org-save-draft', id: 'r1', draft: draft('CrewAI') }, UI);
  expect(await authoring['org-save-version']({ type: 'org-save-version', id: 'r1' }, UI)).toMatchObject({
    productId: 'crewai-2',
  });
  await authoring['org-save-draft']({ type: 'org-save-draft', id: 'r2', draft: { ...draft(), id: 'crewai-2' } }, UI);
  const second = await authoring['org-save-version']({ type: 'org-save-version', id: 'r2' }, UI);
  expect(second).toEqual({ kind: 'not-ready', issues: [expect.objectContaining({ field: 'name' })] });
});

test('a deleted assessment whose product a newer one took is not restored beside it, and waits', async () => {
  const { authoring, keeper } = setup();
  await keeper.ensure();
  const save = async (id: string) => {
    await authoring['org-save-draft']({ type: 'org-save-draft', id, draft: draft() }, UI);
    return authoring['org-save-version']({ type: 'org-save-version', id }, UI);
  };
  expect(await save('r1')).toMatchObject({ productId: 'acme-agent' });
  await authoring['org-delete-record']({ type: 'org-delete-record', id: 'r1' }, UI);
  expect(await save('r2')).toMatchObject({ productId: 'acme-agent' });

  await expect(authoring['org-restore-record']({ type: 'org-restore-record', id: 'r1' }, UI)).rejects.toThrow(
    userError({ code: 'assessment-taken', name: 'Acme Agent' }).message,
  );
  const live = (await authoring['org-records']({ type: 'org-records' }, UI)).records;
  expect(live.filter((r) => r.deletedAt === undefined).map((r) => r.id)).toEqual(['r2']);
  expect(live.find((r) => r.id === 'r1')?.deletedAt).toBeDefined();

  await authoring['org-delete-record']({ type: 'org-delete-record', id: 'r2' }, UI);
  await authoring['org-restore-record']({ type: 'org-restore-record', id: 'r1' }, UI);
  const after = (await authoring['org-records']({ type: 'org-records' }, UI)).records;
  expect(after.filter((r) => r.deletedAt === undefined).map((r) => r.id)).toEqual(['r1']);
});

test('delete hides it everywhere, undo brings it back whole; after the undo window it is gone', async () => {
  const { authoring, handlers, keeper, advance } = setup();
  await keeper.ensure();
  await authoring['org-save-draft']({ type: 'org-save-draft', id: 'r1', draft: draft() }, UI);
  await authoring['org-save-version']({ type: 'org-save-version', id: 'r1' }, UI);
  await authoring['org-delete-record']({ type: 'org-delete-record', id: 'r1' }, UI);
  const library = await handlers.library({ type: 'library' }, UI);
  expect(library.kind === 'library' && library.organisation).toEqual([]);
  await expect(authoring['org-save-draft']({ type: 'org-save-draft', id: 'r1', draft: draft() }, UI)).rejects.toThrow(
    userError({ code: 'assessment-deleted' }).message,
  );
  await authoring['org-restore-record']({ type: 'org-restore-record', id: 'r1' }, UI);
  const [record] = (await authoring['org-records']({ type: 'org-records' }, UI)).records;
  expect(record).toMatchObject({ status: 'saved', versions: [expect.objectContaining({ n: 1 })] });
  expect(record?.deletedAt).toBeUndefined();

  await authoring['org-delete-record']({ type: 'org-delete-record', id: 'r1' }, UI);
  advance(UNDO_DAYS * 86_400_000 + 1);
  expect((await authoring['org-records']({ type: 'org-records' }, UI)).records).toEqual([]);
  await expect(authoring['org-restore-record']({ type: 'org-restore-record', id: 'r1' }, UI)).rejects.toThrow(
    userError({ code: 'assessment-gone' }).message,
  );
});

test('the questionnaire of a PAI product and of the organisation’s own, with answers kept row by row', async () => {
  const { authoring, questions, keeper, db } = setup();
  await keeper.ensure();
  const pai = await questions.questionnaire({ type: 'questionnaire', productId: 'langchain' }, UI);
  expect(pai.kind === 'questionnaire' && pai.form.basis.kind).toBe('pai');

  await authoring['org-save-draft']({ type: 'org-save-draft', id: 'r1', draft: draft() }, UI);
  await authoring['org-save-version']({ type: 'org-save-version', id: 'r1' }, UI);
  const own = await questions.questionnaire({ type: 'questionnaire', productId: 'acme-agent' }, UI);
  expect(own.kind === 'questionnaire' && own.form.basis.kind).toBe('organisation');
  expect(own.kind === 'questionnaire' && own.form.sections.length).toBe(8);

  const csv = (...rows: string[]) => [CSV_HEADER.join(','), ...rows].join('\n');
  const row = (id: string, answer: string, links = '') => `acme-agent,${id},,,,,,${answer},${links}`;
  const first = await questions['questionnaire-import'](
    {
      type: 'questionnaire-import',
      productId: 'acme-agent',
      text: csv(row('D3-1', 'We keep 30 days'), row('D3-2', 'x', 'ftp://a')),
    },
    UI,
  );
  expect(first).toMatchObject({ kind: 'imported', taken: 1, refused: [{ row: 3 }] });
  // A blank row erases nothing; a bad file changes nothing.
  await questions['questionnaire-import'](
    { type: 'questionnaire-import', productId: 'acme-agent', text: csv(row('D3-1', '')) },
    UI,
  );
  expect(
    await questions['questionnaire-import'](
      { type: 'questionnaire-import', productId: 'acme-agent', text: 'garbage' },
      UI,
    ),
  ).toMatchObject({ kind: 'unreadable' });
  // Nor does a new dataset.
  const next = bundled();
  next.version = '2027.01.01';
  await replaceDataset(await db(), next, 'feed');
  const after = await questions.questionnaire({ type: 'questionnaire', productId: 'acme-agent' }, UI);
  expect(after.kind === 'questionnaire' && after.answers.map((a) => [a.questionId, a.answer])).toEqual([
    ['D3-1', 'We keep 30 days'],
  ]);
});

test('an unknown product has no questionnaire', async () => {
  const { questions, keeper } = setup();
  await keeper.ensure();
  expect(await questions.questionnaire({ type: 'questionnaire', productId: 'nope' }, UI)).toEqual({
    kind: 'no-product',
    productId: 'nope',
  });
});

test('the popup’s view of a page of a product only the organisation assessed: its rating, labelled', async () => {
  const { authoring, keeper, deps } = setup();
  await keeper.ensure();
  await authoring['org-save-draft']({ type: 'org-save-draft', id: 'r1', draft: draft() }, UI);
  await authoring['org-save-version']({ type: 'org-save-version', id: 'r1' }, UI);
  const url = 'https://acme.example/agent';
  const detection = { confidence: 'high' as const, via: 'url' as const };
  const handlers = createHandlers({
    ...deps,
    tabs: {
      ...deps.tabs,
      url: async () => url,
      getState: async () => ({ url, productIds: ['acme-agent'], detection }),
    },
  });
  const view = await handlers['tab-view']({ type: 'tab-view', tabId: 4 }, UI);
  if (view.kind !== 'product') throw new Error(`expected the product, got ${view.kind}`);
  expect(view.product.name).toBe('Acme Agent');
  expect(view.assessment).toBeNull();
  expect(view.organisation).toEqual([
    expect.objectContaining({
      dataset: 'Written in PSF Lens',
      assessment: expect.objectContaining({ ratings: { D3: 'Gap' } }),
    }),
  ]);
});
