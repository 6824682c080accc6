// The content script's page events and the popup's view of a tab, answer by answer: who may send them, what
// they leave in the tab's state, the toolbar and the hidden sites, and which product and organisation
// assessments the popup is shown.
import { expect, test, vi } from 'vitest';
import { authoringHandlers } from '../../../src/background/handlers/authoring.ts';
import { createHandlers } from '../../../src/background/handlers/index.ts';
import type { Context, Deps, TabState } from '../../../src/background/types.ts';
import type { OrgDraft } from '../../../src/core/org-draft.ts';
import type { DetectionInfo } from '../../../src/shared/messages.ts';
import { bundled } from '../helpers/dataset.ts';
import { memoryList, testBackground } from '../helpers/deps.ts';
import { acmeDraft } from '../helpers/org.ts';

const TAB = 3;
const UI: Context = { from: 'ui' };
const CODEX = 'https://openai.com/codex/';
const content = (pageUrl = CODEX): Context => ({ from: 'content', tabId: TAB, pageUrl });
const SAID: DetectionInfo = { confidence: 'medium', via: 'signals', phrase: 'Codex' };

async function setup(hidden: string[] = []) {
  const bg = testBackground();
  await bg.keeper.ensure();
  const urls = new Map<number, string>();
  const states = new Map<number, TabState>();
  const hiddenSites = memoryList(hidden);
  const openDetails = vi.fn<Deps['openDetails']>(async () => {});
  const deps: Deps = {
    ...bg.deps,
    hiddenSites,
    openDetails,
    tabs: {
      url: async (tabId) => urls.get(tabId),
      getState: async (tabId) => states.get(tabId),
      setState: async (tabId, state) => void states.set(tabId, state),
      clearState: async (tabId) => void states.delete(tabId),
    },
  };
  const handlers = createHandlers(deps);
  const view = (productId?: string) =>
    handlers['tab-view']({ type: 'tab-view', tabId: TAB, ...(productId ? { productId } : {}) }, UI);
  return { ...bg, deps, handlers, urls, states, hiddenSites, openDetails, view };
}

test('page events answer ok, and only a content script may send them', async () => {
  const t = await setup();
  t.states.set(TAB, { url: CODEX, productIds: ['openai-codex'], detection: SAID });
  const refused = 'only a content script may send this';
  await expect(t.handlers['page-left']({ type: 'page-left' }, UI)).rejects.toThrow(refused);
  await expect(t.handlers['hide-badge-here']({ type: 'hide-badge-here' }, UI)).rejects.toThrow(refused);
  await expect(t.handlers['open-details']({ type: 'open-details' }, UI)).rejects.toThrow(refused);
  expect(await t.handlers['page-left']({ type: 'page-left' }, content())).toEqual({ kind: 'ok' });
  expect(t.states.has(TAB)).toBe(false);
  expect(t.deps.toolbar).toHaveBeenCalledWith(TAB, { kind: 'none' });
  expect(await t.handlers['open-details']({ type: 'open-details' }, content())).toEqual({ kind: 'ok' });
  expect(t.openDetails).toHaveBeenCalledWith(TAB);
});

test('hidden sites are kept sorted, by bare host; showing one again leaves the others hidden', async () => {
  const t = await setup(['openai.com', 'zeta.example']);
  expect(await t.handlers['hide-badge-here']({ type: 'hide-badge-here' }, content('https://www.crewai.com/x'))).toEqual(
    { kind: 'ok' },
  );
  expect(t.hiddenSites.values).toEqual(['crewai.com', 'openai.com', 'zeta.example']);
  const set = (site: string, hidden: boolean) =>
    t.handlers['set-site-hidden']({ type: 'set-site-hidden', site, hidden }, UI);
  expect(await set('alpha.example', true)).toEqual({ kind: 'ok' });
  expect(t.hiddenSites.values).toEqual(['alpha.example', 'crewai.com', 'openai.com', 'zeta.example']);
  await set('www.openai.com', false);
  expect(t.hiddenSites.values).toEqual(['alpha.example', 'crewai.com', 'zeta.example']);
  await set('alpha.example', true);
  expect(t.hiddenSites.values, 'hidden once').toEqual(['alpha.example', 'crewai.com', 'zeta.example']);
});

test('a claim is refused with its reason: a tab that moved on, a claim its address does not support, no page', async () => {
  const t = await setup();
  const claim = (url: string, pageUrl = url) =>
    t.handlers['page-product'](
      { type: 'page-product', url, productIds: ['openai-codex'], detection: SAID },
      content(pageUrl),
    );
  t.urls.set(TAB, 'https://openai.com/careers');
  expect(await claim(CODEX)).toEqual({ kind: 'refused', reason: 'the tab has moved on' });
  expect(await claim('https://openai.com/careers')).toEqual({
    kind: 'refused',
    reason: 'openai-codex cannot be at https://openai.com/careers',
  });
  t.urls.set(TAB, 'about:blank');
  expect(await claim('about:blank', CODEX)).toEqual({ kind: 'refused', reason: 'no rated product on this site' });
  expect(t.states.size).toBe(0);
});

test('the popup of a closed tab, or of a page naming no product, shows no product', async () => {
  const t = await setup();
  t.states.set(TAB, { url: CODEX, productIds: ['openai-codex'], detection: SAID });
  expect(await t.view()).toMatchObject({ kind: 'no-product', dataset: { version: bundled().version } });
  t.urls.set(TAB, CODEX);
  t.states.set(TAB, { url: CODEX, productIds: [], detection: SAID });
  expect(await t.view()).toMatchObject({ kind: 'no-product' });
  t.states.set(TAB, { url: CODEX, productIds: ['no-such-product'], detection: SAID });
  expect(await t.view()).toEqual({ kind: 'no-product', dataset: expect.objectContaining({ source: 'bundled' }) });
});

test('a new dataset changes what the popup detects from the URL alone', async () => {
  const t = await setup();
  t.urls.set(TAB, 'https://renamed.example/agent');
  expect(await t.view()).toMatchObject({ kind: 'no-product' });
  const next = bundled();
  next.version = '2099.01.01';
  const codex = next.products.find((p) => p.id === 'openai-codex')!;
  codex.match = [...codex.match, { host: 'renamed.example', path: '/agent' }];
  // As a feed delivers it: its pages' records published, then the dataset stored.
  await t.keeper.installFeed(next, 'https://feed.example/psf-dataset.json');
  expect(await t.view()).toMatchObject({ kind: 'product', product: { id: 'openai-codex' } });
});

test('from the URL alone the popup reads the published records, as the badge does, not a compiled dataset', async () => {
  const t = await setup();
  t.urls.set(TAB, CODEX);
  expect(await t.view()).toMatchObject({ kind: 'product', product: { id: 'openai-codex' } });
  // The worker keeps no compiled copy of the dataset: without the records, the URL alone names nothing.
  await t.records.store.remove([...t.records.data.keys()].filter((key) => key.startsWith('rules:')));
  expect(await t.view()).toMatchObject({ kind: 'no-product' });
});

test('the organisation’s assessments shown are of the product on the page only', async () => {
  const t = await setup();
  const authoring = authoringHandlers({ ...t.deps, recent: memoryList() });
  const own = (id: string, name: string, host: string): OrgDraft => ({
    ...acmeDraft({ D3: 'Gap' }),
    id,
    name,
    sites: [{ host, path: '' }],
  });
  for (const [record, draft] of [
    ['r1', own('acme-agent', 'Acme Agent', 'acme.example')],
    ['r2', own('beta-agent', 'Beta Agent', 'beta.example')],
  ] as const) {
    await authoring['org-save-draft']({ type: 'org-save-draft', id: record, draft }, UI);
    await authoring['org-save-version']({ type: 'org-save-version', id: record }, UI);
  }
  t.urls.set(TAB, 'https://beta.example/');
  t.states.set(TAB, { url: 'https://beta.example/', productIds: ['beta-agent'], detection: SAID });
  const view = await t.view();
  if (view.kind !== 'product') throw new Error(`expected the product, got ${view.kind}`);
  expect(view.product.id).toBe('beta-agent');
  expect(view.organisation?.map((o) => o.assessment?.productId)).toEqual(['beta-agent']);
  t.states.set(TAB, { url: 'https://beta.example/', productIds: ['gamma-agent'], detection: SAID });
  expect(await t.view()).toMatchObject({ kind: 'no-product' });
});
