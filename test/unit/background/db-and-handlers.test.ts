import { memoryList } from '../helpers/deps.ts';
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createDatasetKeeper } from '../../../src/background/dataset.ts';
import {
  openDatabase,
  readAssessmentFor,
  readMeta,
  readProducts,
  replaceDataset,
  type Db,
} from '../../../src/background/db.ts';
import { createHandlers } from '../../../src/background/handlers/index.ts';
import type { Context, Deps, TabState } from '../../../src/background/types.ts';
import type { Dataset } from '../../../src/core/model.ts';
import type { DetectionInfo } from '../../../src/shared/messages.ts';
import { assessmentOf, bundled, DATASET_TEXT } from '../helpers/dataset.ts';
import { publishRecords, readRecord, withdrawRecords, type PublishSource } from '../../../src/background/publish.ts';
import { RULES_VERSION_KEY } from '../../../src/shared/storage-keys.ts';
import { memoryStore } from '../helpers/records.ts';
import { fakeSettings } from '../helpers/settings.ts';

let dbCount = 0;
const uniqueName = () => `psf-lens-test-${process.pid}-${++dbCount}`;

const CODEX_PAGE = 'https://openai.com/codex/';
const TAB = 7;
const fromContent = (pageUrl = CODEX_PAGE, tabId = TAB): Context => ({ from: 'content', tabId, pageUrl });
const SAID: DetectionInfo = { confidence: 'medium', via: 'signals', phrase: 'Codex' };
const report = (productIds: string[], url = CODEX_PAGE) => ({
  type: 'page-product' as const,
  url,
  productIds,
  detection: SAID,
});

/** In-memory stand-ins for everything the handlers take from the browser. `session` survives a worker restart. */
function fakeBrowser(
  dbName: string,
  options: {
    bundledText?: string;
    hidden?: string[];
    session?: Map<number, TabState>;
    urls?: Map<number, string>;
    records?: ReturnType<typeof memoryStore>;
  } = {},
) {
  let database: Promise<Db> | null = null;
  const db = () => (database ??= openDatabase(dbName));
  const readBundled = vi.fn(async () => options.bundledText ?? DATASET_TEXT);
  const hidden = [...(options.hidden ?? [])];
  const session = options.session ?? new Map<number, TabState>();
  const urls = options.urls ?? new Map<number, string>([[TAB, CODEX_PAGE]]);
  const toolbar = vi.fn<Deps['toolbar']>(async () => {});
  const records = options.records ?? memoryStore();
  const publish = vi.fn((source: PublishSource | null) =>
    source ? publishRecords(records.store, source) : withdrawRecords(records.store),
  );
  const deps: Deps = {
    db,
    dataset: createDatasetKeeper(db, readBundled, publish),
    records: { read: (url) => readRecord(records.store, url) },
    hiddenSites: { get: async () => [...hidden], set: async (sites) => void hidden.splice(0, hidden.length, ...sites) },
    recent: memoryList(),
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
  return { deps, handlers: createHandlers(deps), readBundled, publish, records, toolbar, hidden, session, urls };
}

afterEach(() => vi.restoreAllMocks());

describe('the database', () => {
  test('a dataset the store refuses part-way leaves the one before whole', async () => {
    const db = await openDatabase(uniqueName());
    const meta = await replaceDataset(db, bundled(), 'bundled', 1234);
    const broken: Dataset = bundled();
    broken.version = '2099.01.01';
    // No id: IndexedDB refuses the put at once (its key path finds no key), after the stores were cleared.
    broken.assessments.push({ ...structuredClone(assessmentOf(broken, 'openai-codex')), id: undefined as never });
    await expect(replaceDataset(db, broken, 'feed')).rejects.toThrow();
    expect(await readMeta(db)).toEqual(meta);
    expect((await readAssessmentFor(db, 'openai-codex'))?.id).toBe('openai-codex-sites-plugins');
    expect(await readProducts(db)).toHaveLength(bundled().products.length);
  });

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

describe('page-product: the toolbar from the published records, never the database', () => {
  /** A background whose dataset is loaded and published, with the database then out of reach. */
  async function loaded(options: Parameters<typeof fakeBrowser>[1] = {}) {
    const browser = fakeBrowser(uniqueName(), options);
    await browser.deps.dataset.ensure();
    const db = vi.spyOn(browser.deps, 'db');
    return { ...browser, db };
  }

  test('recorded: the product is recent, by its id alone, never the page’s address', async () => {
    const { handlers, deps } = await loaded();
    await handlers['page-product'](report(['openai-codex']), fromContent());
    const recent = await deps.recent.get();
    expect(recent).toEqual(['openai-codex']);
    expect(JSON.stringify(recent)).not.toMatch(/https?:|openai\.com/);
  });

  test('recorded: the tab’s state is kept and the toolbar shows the assessment', async () => {
    const { handlers, toolbar, session, db } = await loaded();
    expect(await handlers['page-product'](report(['openai-codex']), fromContent())).toEqual({ kind: 'recorded' });
    const headline = { kind: 'complete', counts: { Strong: 1, Partial: 5, Gap: 2 } };
    expect(toolbar).toHaveBeenCalledWith(TAB, { kind: 'assessed', productName: 'OpenAI Codex', headline });
    expect(session.get(TAB)).toEqual({ url: CODEX_PAGE, productIds: ['openai-codex'], detection: SAID });
    expect(db, 'the toolbar must not wait for the database').not.toHaveBeenCalled();
  });

  test('a vendor home page about several products: the toolbar says several', async () => {
    const home = 'https://www.anthropic.com/';
    const { handlers, toolbar, urls } = await loaded();
    urls.set(TAB, home);
    const ids = ['claude-opus-4-8', 'claude-sonnet-4-6'];
    expect(await handlers['page-product'](report(ids, home), fromContent(home))).toEqual({ kind: 'recorded' });
    expect(toolbar).toHaveBeenCalledWith(TAB, { kind: 'several', names: ['Claude Opus 4.8', 'Claude Sonnet 4.6'] });
  });

  test('not assessed: a product with no assessment says so on the toolbar', async () => {
    const dataset = bundled();
    dataset.products.push({
      id: 'new-agent',
      name: 'New Agent',
      vendor: 'Example',
      category: 'Agent',
      homepage: 'https://new-agent.example/',
      match: [{ host: 'new-agent.example' }],
    });
    const page = 'https://new-agent.example/';
    const { handlers, toolbar, urls } = await loaded({ bundledText: JSON.stringify(dataset) });
    urls.set(TAB, page);
    await handlers['page-product'](report(['new-agent'], page), fromContent(page));
    expect(toolbar).toHaveBeenCalledWith(TAB, { kind: 'not-assessed', productName: 'New Agent' });
  });

  const CAREERS = 'https://openai.com/careers';
  test.each([
    [
      'a product this address cannot match',
      ['langchain'],
      CODEX_PAGE,
      CODEX_PAGE,
      `langchain cannot be at ${CODEX_PAGE}`,
    ],
    [
      'a product the dataset does not hold',
      ['no-such-product'],
      CODEX_PAGE,
      CODEX_PAGE,
      `no-such-product cannot be at ${CODEX_PAGE}`,
    ],
    [
      'a second product smuggled in beside a true one',
      ['openai-codex', 'crewai'],
      CODEX_PAGE,
      CODEX_PAGE,
      `crewai cannot be at ${CODEX_PAGE}`,
    ],
    ['a page the tab has already left', ['openai-codex'], CODEX_PAGE, CAREERS, 'the tab has moved on'],
    [
      'a path of the host that is no rated product',
      ['openai-codex'],
      CAREERS,
      CAREERS,
      `openai-codex cannot be at ${CAREERS}`,
    ],
    [
      'a site with no published record',
      ['openai-codex'],
      'https://example.com/',
      'https://example.com/',
      'no rated product on this site',
    ],
  ])(
    'refused: %s; the toolbar is cleared, nothing is kept, and the reason is said',
    async (_what, ids, claimed, tabUrl, reason) => {
      const { handlers, toolbar, session, urls } = await loaded();
      urls.set(TAB, tabUrl);
      expect(await handlers['page-product'](report(ids, claimed), fromContent(claimed))).toEqual({
        kind: 'refused',
        reason,
      });
      expect(toolbar).toHaveBeenCalledWith(TAB, { kind: 'none' });
      expect(session.has(TAB)).toBe(false);
    },
  );

  test('a restarted worker answers identically, without reloading the dataset', async () => {
    const name = uniqueName();
    const first = fakeBrowser(name);
    await first.deps.dataset.ensure();
    const firstReplies = [
      await first.handlers['page-product'](report(['openai-codex']), fromContent()),
      await first.handlers['tab-view']({ type: 'tab-view', tabId: TAB }, { from: 'ui' }),
    ];
    const second = fakeBrowser(name, { session: first.session, records: first.records });
    const secondReplies = [
      await second.handlers['page-product'](report(['openai-codex']), fromContent()),
      await second.handlers['tab-view']({ type: 'tab-view', tabId: TAB }, { from: 'ui' }),
    ];
    expect(secondReplies).toEqual(firstReplies);
    expect(secondReplies[0]).toEqual({ kind: 'recorded' });
    expect(second.readBundled).not.toHaveBeenCalled();
  });
});

describe('publishing the badge’s records', () => {
  test('a fresh install publishes the records before it stores the dataset (pages are waiting for them)', async () => {
    const browser = fakeBrowser(uniqueName());
    let storedWhenPublished: unknown = 'not published';
    browser.publish.mockImplementation(async (source) => {
      storedWhenPublished = await readMeta(await browser.deps.db());
      if (source) await publishRecords(browser.records.store, source);
    });
    await browser.deps.dataset.ensure();
    expect(storedWhenPublished).toBeUndefined();
    expect(browser.records.data.get(RULES_VERSION_KEY)).toBe(bundled().version);
    expect(await readRecord(browser.records.store, 'https://openai.com/codex/')).toMatchObject({
      products: { 'openai-codex': { name: 'OpenAI Codex', line: ['1 Strong · 5 Partial · 2 Gap'] } },
    });
  });

  test('two loads at once read and store the bundled dataset once', async () => {
    const { deps, readBundled } = fakeBrowser(uniqueName());
    await Promise.all([deps.dataset.ensure(), deps.dataset.ensure(), deps.dataset.syncBundled()]);
    expect(readBundled).toHaveBeenCalledTimes(1);
  });

  test.each([
    ['the records of another dataset version', 'an-older-version', 1],
    ['no records at all (a worker stopped before publishing)', undefined, 1],
    ['the records of this very dataset', bundled().version, 0],
  ])('at a worker start with %s: publishes %i time(s)', async (_what, published, times) => {
    const name = uniqueName();
    await fakeBrowser(name).deps.dataset.ensure();
    const restarted = fakeBrowser(name);
    await restarted.deps.dataset.resume(published);
    expect(restarted.publish).toHaveBeenCalledTimes(times);
    expect(restarted.readBundled).not.toHaveBeenCalled();
  });

  test('at a worker start with an empty database (stopped before storing): loads and publishes', async () => {
    const { deps, publish, readBundled } = fakeBrowser(uniqueName());
    await deps.dataset.resume(bundled().version);
    expect(readBundled).toHaveBeenCalledTimes(1);
    expect(publish).toHaveBeenCalledTimes(1);
    expect(await readMeta(await deps.db())).toMatchObject({ version: bundled().version });
  });
});

describe('hidden sites', () => {
  test('hide-badge-here hides the sender’s site; set-site-hidden false shows it again', async () => {
    const { handlers, hidden } = fakeBrowser(uniqueName());
    await handlers['hide-badge-here']({ type: 'hide-badge-here' }, fromContent('https://www.openai.com/codex/'));
    expect(hidden).toEqual(['openai.com']);
    await handlers['hide-badge-here']({ type: 'hide-badge-here' }, fromContent('https://openai.com/codex/'));
    expect(hidden, 'hidden once').toEqual(['openai.com']);
    await handlers['set-site-hidden']({ type: 'set-site-hidden', site: 'openai.com', hidden: false }, { from: 'ui' });
    expect(hidden).toEqual([]);
  });
});

describe('tab-view', () => {
  const view = (h: ReturnType<typeof createHandlers>) =>
    h['tab-view']({ type: 'tab-view', tabId: TAB }, { from: 'ui' });

  test('while the tab shows the page the content script reported, its detection is used', async () => {
    const { handlers, urls, deps } = fakeBrowser(uniqueName());
    await deps.dataset.ensure();
    await handlers['page-product'](report(['openai-codex']), fromContent());
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
    const { handlers, urls, deps } = fakeBrowser(uniqueName());
    await deps.dataset.ensure();
    urls.set(TAB, 'https://openai.com/codex/pricing');
    await handlers['page-product'](
      report(['openai-codex'], 'https://openai.com/codex/pricing'),
      fromContent('https://openai.com/'),
    );
    expect(await view(handlers)).toMatchObject({ kind: 'product', product: { id: 'openai-codex' }, detection: SAID });
  });

  test('once the tab URL changed, the product is detected again from the URL', async () => {
    const { handlers, urls, deps } = fakeBrowser(uniqueName());
    await deps.dataset.ensure();
    await handlers['page-product'](report(['openai-codex']), fromContent());
    urls.set(TAB, 'https://github.com/langchain-ai/langchain/issues/12');
    expect(await view(handlers)).toMatchObject({
      kind: 'product',
      product: { id: 'langchain' },
      site: 'github.com',
    });
  });

  test('the popup is told which rule the address fits, in parts it words itself, and no English sentence', async () => {
    const { handlers, urls, deps } = fakeBrowser(uniqueName());
    await deps.dataset.ensure();
    urls.set(TAB, 'https://github.com/langchain-ai/langchain/issues/12');
    const v = await view(handlers);
    expect(v.kind === 'product' && v.detection).toEqual({
      confidence: 'high',
      via: 'url',
      rule: { host: 'github.com', path: '/langchain-ai/langchain', exact: false },
    });
  });

  test('a page recognised by the name it shows: the rule that asked for it, and the name', async () => {
    const { handlers, urls, deps } = fakeBrowser(uniqueName());
    await deps.dataset.ensure();
    const opus = 'https://www.anthropic.com/claude/opus';
    urls.set(TAB, opus);
    const detection: DetectionInfo = { confidence: 'medium', via: 'signals', phrase: 'Claude Opus 4.8' };
    await handlers['page-product'](
      { type: 'page-product', url: opus, productIds: ['claude-opus-4-8'], detection },
      fromContent(opus),
    );
    const v = await view(handlers);
    expect(v.kind === 'product' && v.detection).toEqual({
      ...detection,
      rule: { host: 'anthropic.com', path: '/claude/opus', exact: false },
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

  test.each(['https://openai.com/careers', 'https://example.com/'])('tab URL %s: no-product', async (url) => {
    const { handlers, urls } = fakeBrowser(uniqueName());
    urls.set(TAB, url);
    const answer = await view(handlers);
    expect(answer).toMatchObject({ kind: 'no-product', dataset: { version: bundled().version, source: 'bundled' } });
    expect(answer).not.toHaveProperty('unseen');
  });

  test('a tab whose address the browser does not give PSF Lens: no-product, said to be unseen', async () => {
    const { handlers, urls } = fakeBrowser(uniqueName());
    urls.delete(TAB);
    expect(await view(handlers)).toEqual({
      kind: 'no-product',
      unseen: true,
      dataset: expect.objectContaining({ version: bundled().version, source: 'bundled' }),
    });
  });
});

describe('an invalid bundled dataset', () => {
  const broken = DATASET_TEXT.replace('"format": 1', '"format": 2');

  test('with an empty database: no-dataset, with the reason', async () => {
    expect(broken).not.toBe(DATASET_TEXT);
    const { handlers, records } = fakeBrowser(uniqueName(), { bundledText: broken });
    expect(await handlers['tab-view']({ type: 'tab-view', tabId: TAB }, { from: 'ui' })).toEqual({
      kind: 'no-dataset',
      reason: expect.stringMatching(
        /\$\.format: is format 2, newer than this PSF Lens reads \(format 1\): update PSF Lens to read it/,
      ),
    });
    expect([...records.data.keys()], 'nothing published, or what went out before the check taken back').toEqual([]);
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
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/^bundled dataset refused: \$\.format/),
      '- keeping dataset',
      bundled().version,
    );
    expect(update.publish).toHaveBeenCalledWith(expect.objectContaining({ version: bundled().version }));
    expect(await readRecord(update.records.store, 'https://openai.com/codex/')).toMatchObject({
      products: { 'openai-codex': { line: ['1 Strong · 5 Partial · 2 Gap'] } },
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
