import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createDatasetKeeper } from '../../../src/background/dataset.ts';
import { openDatabase, readAssessmentFor, readMeta, replaceDataset, type Db } from '../../../src/background/db.ts';
import { createHandlers } from '../../../src/background/handlers/index.ts';
import type { Context, Deps, TabState } from '../../../src/background/types.ts';
import type { Dataset } from '../../../src/core/model.ts';
import type { DetectionInfo } from '../../../src/shared/messages.ts';
import { assessmentOf, bundled, DATASET_TEXT } from '../helpers/dataset.ts';
import { fakeSettings } from '../helpers/settings.ts';

let dbCount = 0;
const uniqueName = () => `psf-lens-test-${process.pid}-${++dbCount}`;

const CODEX_PAGE = 'https://openai.com/codex/';
const TAB = 7;
const fromContent = (pageUrl = CODEX_PAGE, tabId = TAB): Context => ({ from: 'content', tabId, pageUrl });
const SAID: DetectionInfo = { confidence: 'medium', via: 'signals', reason: 'the content script said so' };
const ask = (productId: string, url = CODEX_PAGE) => ({ type: 'lookup' as const, url, productId, detection: SAID });

/** In-memory stand-ins for everything the handlers take from the browser. `session` survives a worker restart. */
function fakeBrowser(
  dbName: string,
  options: {
    bundledText?: string;
    hidden?: string[];
    session?: Map<number, TabState>;
    urls?: Map<number, string>;
  } = {},
) {
  let database: Promise<Db> | null = null;
  const db = () => (database ??= openDatabase(dbName));
  const readBundled = vi.fn(async () => options.bundledText ?? DATASET_TEXT);
  const hidden = [...(options.hidden ?? [])];
  const session = options.session ?? new Map<number, TabState>();
  const urls = options.urls ?? new Map<number, string>([[TAB, CODEX_PAGE]]);
  const toolbar = vi.fn<Deps['toolbar']>(async () => {});
  const deps: Deps = {
    db,
    dataset: createDatasetKeeper(db, readBundled),
    hiddenSites: { get: async () => [...hidden], set: async (sites) => void hidden.splice(0, hidden.length, ...sites) },
    tabs: {
      url: async (tabId) => urls.get(tabId),
      getState: async (tabId) => structuredClone(session.get(tabId)),
      setState: async (tabId, state) => void session.set(tabId, structuredClone(state)),
      clearState: async (tabId) => void session.delete(tabId),
    },
    toolbar,
    openDetails: vi.fn(async () => {}),
    settings: fakeSettings().deps,
  };
  return { deps, handlers: createHandlers(deps), readBundled, toolbar, hidden, session, urls };
}

afterEach(() => vi.restoreAllMocks());

describe('the database', () => {
  test('replaceDataset stores a dataset; readAssessmentFor finds a product’s assessment, newest first', async () => {
    const db = await openDatabase(uniqueName());
    const meta = await replaceDataset(db, bundled(), 'bundled', 1234);
    expect(meta).toMatchObject({ version: bundled().version, source: 'bundled', loadedAt: 1234 });
    expect(await readMeta(db)).toEqual(meta);
    expect((await readAssessmentFor(db, 'openai-codex'))?.id).toBe('openai-codex-sites-plugins');
    expect(await readAssessmentFor(db, 'no-such-product')).toBeNull();

    const newer: Dataset = bundled();
    newer.assessments.push({
      ...structuredClone(assessmentOf(newer, 'openai-codex')),
      id: 'codex-later',
      published: '2026-09-01',
      domains: {},
    });
    newer.products = newer.products.filter((p) => p.id !== 'crewai');
    await replaceDataset(db, newer, 'bundled');
    expect((await readAssessmentFor(db, 'openai-codex'))?.id).toBe('codex-later');
    expect(
      await db.get('products', 'crewai'),
      'a replaced dataset leaves nothing of the old one behind',
    ).toBeUndefined();
  });
});

describe('lookup', () => {
  test('found: the product’s name and headline for the badge; the toolbar shows the assessment', async () => {
    const { handlers, toolbar } = fakeBrowser(uniqueName());
    const reply = await handlers.lookup(ask('openai-codex'), fromContent());
    expect(reply).toEqual({
      kind: 'found',
      name: 'OpenAI Codex',
      line: '1 Strong · 5 Partial · 2 Gap',
      showBadge: true,
    });
    const headline = { kind: 'complete', counts: { Strong: 1, Partial: 5, Gap: 2 } };
    expect(toolbar).toHaveBeenCalledWith(TAB, { kind: 'assessed', productName: 'OpenAI Codex', headline });
  });

  test.each([
    ['gpt-4-1', 'https://openai.com/index/gpt-4-1/', 'GPT-4.1', '2 Strong · 6 not captured'],
    [
      'amazon-bedrock-agents',
      'https://aws.amazon.com/bedrock/agents/',
      'Amazon Bedrock Agents',
      'ratings not captured',
    ],
  ])('found: %s reads "%s"', async (productId, page, name, line) => {
    const { handlers } = fakeBrowser(uniqueName());
    expect(await handlers.lookup(ask(productId, page), fromContent(page))).toEqual({
      kind: 'found',
      name: name,
      line,
      showBadge: true,
    });
  });

  test('unknown-product for an id the dataset does not hold; the toolbar is cleared', async () => {
    const { handlers, toolbar } = fakeBrowser(uniqueName());
    expect(await handlers.lookup(ask('no-such-product'), fromContent())).toEqual({ kind: 'unknown-product' });
    expect(toolbar).toHaveBeenCalledWith(TAB, { kind: 'none' });
  });

  test('not assessed: a product with no assessment says so, on the badge and the toolbar', async () => {
    const dataset = bundled();
    dataset.products.push({
      id: 'new-agent',
      name: 'New Agent',
      vendor: 'Example',
      category: 'Agent',
      homepage: 'https://new-agent.example/',
      match: [{ host: 'new-agent.example' }],
    });
    const { handlers, toolbar } = fakeBrowser(uniqueName(), { bundledText: JSON.stringify(dataset) });
    const reply = await handlers.lookup(
      ask('new-agent', 'https://new-agent.example/'),
      fromContent('https://new-agent.example/'),
    );
    expect(reply).toEqual({ kind: 'found', name: 'New Agent', line: 'no PSF assessment yet', showBadge: true });
    expect(toolbar).toHaveBeenCalledWith(TAB, { kind: 'not-assessed', productName: 'New Agent' });
  });

  test('a vendor home page about several products: the badge names them all, the toolbar says several', async () => {
    const home = 'https://www.anthropic.com/';
    const { handlers, toolbar } = fakeBrowser(uniqueName());
    expect(await handlers.lookup(ask('claude-opus-4-8', home), fromContent(home))).toEqual({
      kind: 'found',
      name: 'Anthropic: 2 rated products',
      line: 'Claude Opus 4.8 · Claude Sonnet 4.6',
      showBadge: true,
    });
    expect(toolbar).toHaveBeenCalledWith(TAB, { kind: 'several', names: ['Claude Opus 4.8', 'Claude Sonnet 4.6'] });
  });

  test('reads the assessment through the by-product index, never all assessments', async () => {
    const { handlers } = fakeBrowser(uniqueName());
    await handlers.lookup(ask('crewai'), fromContent()); // loads the dataset first
    const indexGetAll = vi.spyOn(IDBIndex.prototype, 'getAll');
    const storeGetAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    const storeCursor = vi.spyOn(IDBObjectStore.prototype, 'openCursor');
    expect(await handlers.lookup(ask('openai-codex'), fromContent())).toMatchObject({ kind: 'found' });
    const indexReads = indexGetAll.mock.contexts.map(
      (i) => `${(i as IDBIndex).objectStore.name}/${(i as IDBIndex).name}`,
    );
    expect(indexReads).toEqual(['assessments/by-product']);
    expect(indexGetAll.mock.calls[0]?.[0]).toBe('openai-codex');
    const storeReads = [...storeGetAll.mock.contexts, ...storeCursor.mock.contexts].map(
      (s) => (s as IDBObjectStore).name,
    );
    expect(storeReads, 'a lookup must not scan the assessments store').not.toContain('assessments');
  });

  test('two lookups at once load the bundled dataset once', async () => {
    const { handlers, readBundled } = fakeBrowser(uniqueName());
    await Promise.all([
      handlers.lookup(ask('openai-codex'), fromContent()),
      handlers.lookup(ask('crewai'), fromContent()),
    ]);
    expect(readBundled).toHaveBeenCalledTimes(1);
  });

  test('a restarted worker over the same database answers identically, without reloading the dataset', async () => {
    const name = uniqueName();
    const first = fakeBrowser(name);
    const firstReplies = [
      await first.handlers.lookup(ask('openai-codex'), fromContent()),
      await first.handlers['tab-view']({ type: 'tab-view', tabId: TAB }, { from: 'ui' }),
    ];
    const second = fakeBrowser(name, { session: first.session });
    const secondReplies = [
      await second.handlers.lookup(ask('openai-codex'), fromContent()),
      await second.handlers['tab-view']({ type: 'tab-view', tabId: TAB }, { from: 'ui' }),
    ];
    expect(secondReplies).toEqual(firstReplies);
    expect(secondReplies[0]).toMatchObject({ kind: 'found' });
    expect(second.readBundled).not.toHaveBeenCalled();
  });
});

describe('hidden sites', () => {
  test.each([
    [['openai.com'], CODEX_PAGE, false],
    [['openai.com'], 'https://www.openai.com/codex/', false],
    [['github.com'], CODEX_PAGE, true],
    [[], CODEX_PAGE, true],
  ])('hidden %j, page %s: showBadge %s', async (hidden, page, showBadge) => {
    const { handlers } = fakeBrowser(uniqueName(), { hidden });
    expect(await handlers.lookup(ask('openai-codex', page), fromContent(page))).toMatchObject({
      kind: 'found',
      showBadge,
    });
  });

  test('hide-badge-here hides the sender’s site; set-site-hidden false shows it again', async () => {
    const { handlers, hidden } = fakeBrowser(uniqueName());
    await handlers['hide-badge-here']({ type: 'hide-badge-here' }, fromContent('https://www.openai.com/codex/'));
    expect(hidden).toEqual(['openai.com']);
    expect(await handlers.lookup(ask('openai-codex'), fromContent())).toMatchObject({ showBadge: false });
    await handlers['set-site-hidden']({ type: 'set-site-hidden', site: 'openai.com', hidden: false }, { from: 'ui' });
    expect(await handlers.lookup(ask('openai-codex'), fromContent())).toMatchObject({ showBadge: true });
  });
});

describe('tab-view', () => {
  const view = (h: ReturnType<typeof createHandlers>) =>
    h['tab-view']({ type: 'tab-view', tabId: TAB }, { from: 'ui' });

  test('while the tab shows the page the content script reported, its detection is used', async () => {
    const { handlers, urls } = fakeBrowser(uniqueName());
    await handlers.lookup(ask('openai-codex'), fromContent());
    urls.set(TAB, `${CODEX_PAGE}#pricing`);
    const v = await view(handlers);
    expect(v).toMatchObject({
      kind: 'product',
      product: { id: 'openai-codex' },
      alternatives: [],
      detection: SAID,
      site: 'openai.com',
      siteHidden: false,
    });
    expect(v.kind === 'product' && v.assessment?.id).toBe('openai-codex-sites-plugins');
    expect(v.kind === 'product' && v.domains.map((d) => d.id)).toEqual([
      'D1',
      'D2',
      'D3',
      'D4',
      'D5',
      'D6',
      'D7',
      'D8',
    ]);
  });

  test('after in-page navigation the page the content script names counts, not the sender’s first URL', async () => {
    const { handlers, urls } = fakeBrowser(uniqueName());
    await handlers.lookup(ask('openai-codex', 'https://openai.com/codex/pricing'), fromContent('https://openai.com/'));
    urls.set(TAB, 'https://openai.com/codex/pricing');
    expect(await view(handlers)).toMatchObject({ kind: 'product', product: { id: 'openai-codex' }, detection: SAID });
  });

  test('once the tab URL changed, the product is detected again from the URL', async () => {
    const { handlers, urls } = fakeBrowser(uniqueName());
    await handlers.lookup(ask('openai-codex'), fromContent());
    urls.set(TAB, 'https://github.com/langchain-ai/langchain/issues/12');
    expect(await view(handlers)).toMatchObject({
      kind: 'product',
      product: { id: 'langchain' },
      detection: { confidence: 'high', via: 'url', reason: 'matched /langchain-ai/langchain on github.com' },
      site: 'github.com',
    });
  });

  test.each([
    [undefined, null],
    ['claude-opus-4-8', 'claude-opus-4-8'],
    ['claude-sonnet-4-6', 'claude-sonnet-4-6'],
    ['gpt-4-1', null],
  ])(
    'on a vendor home page, asking for %s shows %s (null: either), the other as the alternative',
    async (asked, shown) => {
      const { handlers, urls } = fakeBrowser(uniqueName());
      urls.set(TAB, 'https://www.anthropic.com/');
      const v = await handlers['tab-view'](
        { type: 'tab-view', tabId: TAB, ...(asked ? { productId: asked } : {}) },
        { from: 'ui' },
      );
      if (v.kind !== 'product') throw new Error(`expected a product view, got ${v.kind}`);
      expect(v.site).toBe('anthropic.com');
      if (shown) expect(v.product.id).toBe(shown);
      expect([v.product.id, ...v.alternatives.map((a) => a.id)].sort()).toEqual([
        'claude-opus-4-8',
        'claude-sonnet-4-6',
      ]);
    },
  );

  test.each([undefined, 'https://openai.com/careers', 'https://example.com/'])(
    'tab URL %s: no-product',
    async (url) => {
      const { handlers, urls } = fakeBrowser(uniqueName());
      if (url) urls.set(TAB, url);
      else urls.delete(TAB);
      expect(await view(handlers)).toMatchObject({
        kind: 'no-product',
        dataset: { version: bundled().version, source: 'bundled' },
      });
    },
  );
});

describe('an invalid bundled dataset', () => {
  const broken = DATASET_TEXT.replace('"format": 1', '"format": 2');

  test('with an empty database: no-dataset, with the reason', async () => {
    expect(broken).not.toBe(DATASET_TEXT);
    const { handlers } = fakeBrowser(uniqueName(), { bundledText: broken });
    expect(await handlers.lookup(ask('openai-codex'), fromContent())).toEqual({
      kind: 'no-dataset',
      reason: expect.stringMatching(/\$\.format: this reader knows dataset format 1 only/),
    });
    expect(await handlers['tab-view']({ type: 'tab-view', tabId: TAB }, { from: 'ui' })).toEqual({
      kind: 'no-dataset',
      reason: expect.stringContaining('$.format'),
    });
  });

  test('with a good dataset already loaded: the good one stays', async () => {
    const name = uniqueName();
    const good = fakeBrowser(name);
    const loaded = await good.deps.dataset.ensure();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const update = fakeBrowser(name, {
      bundledText: broken.replace(`"version": "${bundled().version}"`, '"version": "2027.01.01"'),
    });
    expect(await update.deps.dataset.syncBundled()).toEqual(loaded);
    expect(update.readBundled).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('$.format'), expect.anything(), bundled().version);
    expect(await update.handlers.lookup(ask('openai-codex'), fromContent())).toEqual({
      kind: 'found',
      name: 'OpenAI Codex',
      line: '1 Strong · 5 Partial · 2 Gap',
      showBadge: true,
    });
  });
});

test('the popup and the library agree on the current assessment when dates mix quarters and months', async () => {
  const dataset = bundled();
  const codex = assessmentOf(dataset, 'openai-codex');
  // Compared as strings, '2026-Q3' > '2026-08': the quarter would wrongly win.
  dataset.assessments = [
    ...dataset.assessments.filter((a) => a.productId !== 'openai-codex'),
    { ...structuredClone(codex), id: 'codex-quarter', published: '2026-Q3', domains: {} },
    { ...structuredClone(codex), id: 'codex-august', published: '2026-08' },
  ];
  const { handlers } = fakeBrowser(uniqueName(), { bundledText: JSON.stringify(dataset) });
  const view = await handlers['tab-view']({ type: 'tab-view', tabId: TAB }, { from: 'ui' });
  const library = await handlers.library({ type: 'library' }, { from: 'ui' });
  expect(view.kind === 'product' && view.assessment?.id).toBe('codex-august');
  expect(
    library.kind === 'library' && library.entries.find((e) => e.product.id === 'openai-codex')?.assessment?.id,
  ).toBe('codex-august');
});
