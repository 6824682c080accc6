// The workspace's answers, message by message: the questionnaire's basis (the organisation's or PAI's, as asked),
// the watch history in time order, a checklist edit kept on the product's own action (also once retired), the
// launcher's list, and the settings after a save.
import { expect, test, vi } from 'vitest';
import { replaceDataset } from '../../../src/background/db.ts';
import { addHistory } from '../../../src/background/db-user.ts';
import { createHandlers } from '../../../src/background/handlers/index.ts';
import { remember, RECENT_LIMIT } from '../../../src/background/handlers/launcher.ts';
import type { Context } from '../../../src/background/types.ts';
import type { Dataset } from '../../../src/core/model.ts';
import { userError } from '../../../src/shared/user-error.ts';
import { bundled } from '../helpers/dataset.ts';
import { memoryList, testBackground } from '../helpers/deps.ts';

const UI: Context = { from: 'ui' };
const CODEX_ACTION = 'openai-codex-sites-plugins.d1.plugin-allowlist';

/** Codex alone, assessed by the organisation, as a file it imports. */
function ownCodex(title?: string): string {
  const d = bundled();
  d.version = '2026.11.01';
  d.products = d.products.filter((p) => p.id === 'openai-codex');
  const assessment = { ...d.assessments.find((a) => a.productId === 'openai-codex')!, id: 'acme-codex' };
  d.assessments = title === undefined ? [] : [{ ...assessment, title }];
  return JSON.stringify(d);
}

async function setup() {
  const bg = testBackground();
  await bg.keeper.ensure();
  const searchMarks = { reconcile: vi.fn(async () => {}) };
  const handlers = createHandlers({ ...bg.deps, searchMarks });
  return { ...bg, handlers, searchMarks };
}

test('a questionnaire is on the organisation’s assessment unless PAI’s is asked for, and on PAI’s only if it has one', async () => {
  const t = await setup();
  await t.handlers['org-import']({ type: 'org-import', name: 'Acme', text: ownCodex('Acme review') }, UI);
  const ask = (productId: string, basis?: 'pai' | 'organisation') =>
    t.handlers.questionnaire({ type: 'questionnaire', productId, ...(basis ? { basis } : {}) }, UI);
  const own = await ask('openai-codex');
  expect(own.kind === 'questionnaire' && own.form.basis).toEqual({ kind: 'organisation', title: 'Acme review' });
  expect(own.kind === 'questionnaire' && own.form.sections[0]?.name).toBe('Input Governance');
  const pai = await ask('openai-codex', 'pai');
  expect(pai.kind === 'questionnaire' && pai.form.basis).toMatchObject({ kind: 'pai', title: expect.any(String) });
  expect(await ask('langchain', 'organisation')).toEqual({ kind: 'no-product', productId: 'langchain' });
  await expect(
    t.handlers['questionnaire-import']({ type: 'questionnaire-import', productId: 'nope', text: '' }, UI),
  ).rejects.toThrow(userError({ code: 'unknown-product', id: 'nope' }).message);
});

test('an organisation’s product without an assessment is titled by the dataset’s name; PAI’s without one has none', async () => {
  const t = await setup();
  await t.handlers['org-import']({ type: 'org-import', name: 'Acme list', text: ownCodex() }, UI);
  const own = await t.handlers.questionnaire({ type: 'questionnaire', productId: 'openai-codex' }, UI);
  expect(own.kind === 'questionnaire' && own.form.basis).toEqual({ kind: 'organisation', title: 'Acme list' });
  const next: Dataset = bundled();
  next.version = '2099.01.01';
  next.products.push({ ...next.products[0]!, id: 'unrated-agent', name: 'Unrated Agent', match: [] });
  await replaceDataset(await t.db(), next, 'feed');
  const none = await t.handlers.questionnaire({ type: 'questionnaire', productId: 'unrated-agent' }, UI);
  expect(none.kind === 'questionnaire' && none.form.basis).toEqual({ kind: 'none' });
  expect(none.kind === 'questionnaire' && none.form.sections.map((s) => s.rating)).toEqual(Array(8).fill(null));
});

test('without a PAI dataset, an organisation’s imported assessment still has its questionnaire, domains by id', async () => {
  // A refused bundled dataset on a fresh install: no PAI dataset, and so no names for the domains.
  const bare = testBackground({ bundledText: 'not json' });
  await expect(bare.keeper.ensure()).rejects.toThrow(/bundled dataset refused/);
  const handlers = createHandlers(bare.deps);
  await handlers['org-import']({ type: 'org-import', name: 'Acme', text: ownCodex('Acme review') }, UI);
  const own = await handlers.questionnaire({ type: 'questionnaire', productId: 'openai-codex' }, UI);
  if (own.kind !== 'questionnaire') throw new Error(own.kind);
  expect(own.form.basis).toEqual({ kind: 'organisation', title: 'Acme review' });
  expect(own.form.sections.map((s) => s.name)).toEqual(own.form.sections.map((s) => s.domain));
  expect(own.form.sections.length).toBeGreaterThan(0);
});

test('the watch history comes in time order; the checklist answers with its kind', async () => {
  const t = await setup();
  const entry = (at: number) => ({
    productId: 'langchain',
    changes: [],
    at,
    version: `v${at}`,
    source: 'feed' as const,
  });
  await addHistory(await t.db(), [entry(30), entry(10), entry(20)]);
  const watch = await t.handlers['watch-state']({ type: 'watch-state', productId: 'langchain' }, UI);
  expect(watch.history.map((h) => h.at)).toEqual([10, 20, 30]);
  expect(await t.handlers.checklist({ type: 'checklist', productId: 'langchain' }, UI)).toEqual({
    kind: 'checklist',
    states: [],
  });
});

test('a checklist edit needs the product’s own action; a retired action stays editable under its last text', async () => {
  const t = await setup();
  const update = (productId: string, actionId: string) =>
    t.handlers['update-action'](
      { type: 'update-action', productId, actionId, patch: { status: 'done', notes: 'checked' } },
      UI,
    );
  await expect(update('langchain', CODEX_ACTION)).rejects.toThrow(
    userError({ code: 'unknown-action', id: CODEX_ACTION, product: 'LangChain / LangGraph' }).message,
  );
  // LangChain's assessment captured D1 only: the other domains are absent, not empty.
  const lc = await update('langchain', 'langchain-langgraph.d1.input-screening-step');
  expect(lc).toMatchObject({ kind: 'saved', state: { domain: 'D1', status: 'done' } });
  const saved = await update('openai-codex', CODEX_ACTION);
  if (saved.kind !== 'saved') throw new Error(saved.kind);
  const next = bundled();
  next.version = '2099.01.01';
  const codex = next.assessments.find((a) => a.productId === 'openai-codex')!;
  codex.domains.D1!.actions = codex.domains.D1!.actions.filter((a) => a.id !== CODEX_ACTION);
  await replaceDataset(await t.db(), next, 'feed');
  const again = await update('openai-codex', CODEX_ACTION);
  expect(again).toMatchObject({
    kind: 'saved',
    state: {
      productId: 'openai-codex',
      actionId: CODEX_ACTION,
      text: saved.state.text,
      domain: 'D1',
      assessmentId: saved.state.assessmentId,
    },
  });
});

test('the launcher lists products by name, and the recent ones it still knows, last first and at most eight', async () => {
  const t = await setup();
  const recent = memoryList(['gone-product']);
  for (const id of ['crewai', 'langchain', 'crewai', 'openai-codex']) await remember({ recent }, id);
  expect(recent.values).toEqual(['openai-codex', 'crewai', 'langchain', 'gone-product']);
  const set = vi.spyOn(recent, 'set');
  await remember({ recent }, 'openai-codex');
  expect(set, 'already first: nothing to write').not.toHaveBeenCalled();
  for (let i = 0; i < 10; i++) await remember({ recent }, `p${i}`);
  expect(recent.values).toHaveLength(RECENT_LIMIT);
  const handlers = createHandlers({ ...t.deps, recent: memoryList(['langchain', 'gone-product']) });
  const view = await handlers.launcher({ type: 'launcher' }, UI);
  if (view.kind !== 'launcher') throw new Error(view.kind);
  const names = view.products.map((p) => p.name);
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  expect(view.products[0]).toEqual({ id: expect.any(String), name: names[0], vendor: expect.any(String) });
  expect(view.recent).toEqual(['langchain']);
});

test('without a dataset the workspace and the launcher say why', async () => {
  const bg = testBackground({ bundledText: 'not json' });
  const handlers = createHandlers(bg.deps);
  expect(await handlers.library({ type: 'library' }, UI)).toMatchObject({
    kind: 'no-dataset',
    reason: expect.any(String),
  });
  expect(await handlers.launcher({ type: 'launcher' }, UI)).toMatchObject({ kind: 'no-dataset' });
});

test('saving settings answers with the settings and the dataset; only a change of the marks reconciles them', async () => {
  const t = await setup();
  const saved = await t.handlers['save-settings']({ type: 'save-settings', patch: { badgeEnabled: false } }, UI);
  expect(saved).toMatchObject({
    kind: 'settings',
    settings: { badgeEnabled: false },
    dataset: { version: bundled().version },
    orgFeed: await t.deps.settings.orgFeed.status(),
  });
  expect(saved.dataset).not.toHaveProperty('domains');
  expect(t.searchMarks.reconcile).not.toHaveBeenCalled();
  await t.handlers['save-settings']({ type: 'save-settings', patch: { searchMarks: true } }, UI);
  expect(t.searchMarks.reconcile).toHaveBeenCalledTimes(1);
  const plain = createHandlers(t.deps);
  expect(await plain['save-settings']({ type: 'save-settings', patch: { searchMarks: false } }, UI)).toMatchObject({
    settings: { searchMarks: false },
  });
});
