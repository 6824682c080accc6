// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://openai.com/"}
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createWatcher, RULES_WAIT_MS, type PageApi } from '../../../src/content/watcher.ts';
import type { TabReport } from '../../../src/content/reporter.ts';
import { compileIndex } from '../../../src/core/detect.ts';
import { latestByProduct } from '../../../src/core/latest.ts';
import { hostRecords } from '../../../src/shared/rule-store.ts';
import { BADGE_TEXT_KEY, rulesKey } from '../../../src/shared/storage-keys.ts';
import { publishedText } from '../helpers/badge-text.ts';
import { bundled } from '../helpers/dataset.ts';
import { entriesOf, recordAt } from '../helpers/records.ts';

const dataset = bundled();
const RECORDS = hostRecords(
  compileIndex(dataset.products, dataset.assessments),
  dataset.products,
  latestByProduct(dataset.assessments),
);
const SITE = 'openai.com';
const CODEX_URL = 'https://openai.com/codex/';
const EN = publishedText('en');
const CODEX = { name: 'OpenAI Codex', line: '1 Strong · 5 Partial · 2 Gap', text: EN };

/**
 * A fake storage.local (with change events) and a fake background that records what it is told. The badge's
 * words are there unless `given` says otherwise (the background publishes them before any record).
 */
function fakeApi(given: Record<string, unknown> = { ...RECORDS }) {
  const stored: Record<string, unknown> = { [BADGE_TEXT_KEY]: EN, ...given };
  const listeners = new Set<Parameters<PageApi['watch']>[0]>();
  const api = {
    read: vi.fn<PageApi['read']>(async (keys) =>
      Object.fromEntries(keys.filter((k) => k in stored).map((k) => [k, structuredClone(stored[k])])),
    ),
    watch: vi.fn<PageApi['watch']>((listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    }),
    tell: vi.fn<PageApi['tell']>(async () => ({ ok: true })),
    mount: vi.fn<PageApi['mount']>(),
    actions: { open: vi.fn(), hide: vi.fn() },
  };
  /** storage.local.set as the background does it: stored, then every listener hears the change. */
  const change = (changed: Record<string, unknown>) => {
    Object.assign(stored, changed);
    const changes = Object.fromEntries(Object.entries(structuredClone(changed)).map(([k, v]) => [k, { newValue: v }]));
    for (const listener of listeners) listener(changes);
  };
  return { api, change, listeners };
}

const go = (path: string) => history.pushState({}, '', path);
const mounted = (api: ReturnType<typeof fakeApi>['api']) => api.mount.mock.calls.map((c) => c[0]);
const signalOf = (api: ReturnType<typeof fakeApi>['api'], call = 0) => api.mount.mock.calls[call]?.[2];
const told = (api: ReturnType<typeof fakeApi>['api']) =>
  api.tell.mock.calls.map(([r]) => (r ? `${r.productIds.join('+')} ${r.url}` : 'left'));
const settle = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  history.replaceState({}, '', '/');
  document.title = '';
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the badge speaks the language of the words the background published', () => {
  test('German words: the line and the badge’s own words in German, the ratings in PSF’s terms', async () => {
    go('/index/gpt-4-1/');
    const de = publishedText('de');
    const { api } = fakeApi({ ...RECORDS, [BADGE_TEXT_KEY]: de });
    await createWatcher(SITE, document, api).check();
    expect(mounted(api)).toEqual([{ name: 'GPT-4.1', line: '2 von 8 Domänen eingestuft: 2 Strong', text: de }]);
  });

  test('a change of language (the words published again) mounts the badge again in the new one, at once', async () => {
    go('/codex/');
    const { api, change } = fakeApi();
    const watcher = createWatcher(SITE, document, api);
    await watcher.check();
    const fr = publishedText('fr');
    change({ [BADGE_TEXT_KEY]: fr });
    expect(mounted(api).map((v) => v.text.hint)).toEqual([EN.hint, fr.hint]);
    expect(signalOf(api, 0)?.aborted).toBe(true);
    change({ settings: { version: 1, language: 'fr' } }); // the same words: nothing to do
    expect(api.mount).toHaveBeenCalledTimes(2);
  });

  test('no words published yet: no badge until they are, then it shows without a reload', async () => {
    go('/codex/');
    const { api, change } = fakeApi({ ...RECORDS, [BADGE_TEXT_KEY]: undefined });
    await createWatcher(SITE, document, api).check();
    expect(api.mount).not.toHaveBeenCalled();
    change({ [BADGE_TEXT_KEY]: EN });
    expect(mounted(api)).toEqual([CODEX]);
  });
});

describe('the badge is decided from storage alone', () => {
  test('a product page: the badge from the host’s record, then one report to the background', async () => {
    go('/codex/');
    const { api } = fakeApi();
    await createWatcher(SITE, document, api).check();
    expect(api.read).toHaveBeenCalledWith([
      rulesKey(SITE),
      rulesKey(`${SITE}/codex`),
      BADGE_TEXT_KEY,
      'settings',
      'managedMirror',
      'hiddenSites',
    ]);
    expect(mounted(api)).toEqual([CODEX]);
    expect(api.mount).toHaveBeenCalledWith(CODEX, SITE, expect.any(AbortSignal), api.actions);
    await settle();
    expect(api.tell).toHaveBeenCalledWith({
      url: 'https://openai.com/codex/',
      productIds: ['openai-codex'],
      detection: { confidence: 'high', via: 'url' },
    } satisfies TabReport);
  });

  test('a rule naming a product its record does not hold shows nothing and tells nothing', async () => {
    go('/codex/');
    const parts = structuredClone(entriesOf(RECORDS, SITE)) as Record<string, { products?: Record<string, unknown> }>;
    for (const part of Object.values(parts)) delete part.products?.['openai-codex'];
    const { api } = fakeApi(parts);
    await createWatcher(SITE, document, api).check();
    await settle();
    expect(api.mount).not.toHaveBeenCalled();
    expect(api.tell).not.toHaveBeenCalled();
  });

  test('looking again at the same address reads nothing again', async () => {
    go('/codex/');
    const { api } = fakeApi();
    const watcher = createWatcher(SITE, document, api);
    await watcher.check();
    await watcher.check();
    expect(api.read).toHaveBeenCalledTimes(1);
    expect(api.mount).toHaveBeenCalledTimes(1);
  });

  test('a change that comes while its key is being read is newer than the read, and wins', async () => {
    go('/codex/');
    const { api, change } = fakeApi();
    const read = api.read.getMockImplementation()!;
    api.read.mockImplementationOnce(async (keys) => {
      const stored = await read(keys);
      // The background hides PSF Lens on this site while the read's answer is on its way.
      change({ hiddenSites: ['openai.com'] });
      return { ...stored, hiddenSites: [] };
    });
    await createWatcher(SITE, document, api).check();
    await settle();
    expect(api.mount).not.toHaveBeenCalled();
  });

  test('stopped while its storage is read: the answer shows nothing and tells nothing', async () => {
    go('/codex/');
    const { api } = fakeApi();
    let answer = () => {};
    const read = api.read.getMockImplementation()!;
    api.read.mockImplementationOnce(async (keys) => {
      const stored = await read(keys);
      return new Promise((resolve) => (answer = () => resolve(stored)));
    });
    const watcher = createWatcher(SITE, document, api);
    const checked = watcher.check();
    await vi.waitFor(() => expect(api.read).toHaveBeenCalled());
    await settle();
    watcher.stop();
    answer();
    await checked;
    await settle();
    expect(api.mount).not.toHaveBeenCalled();
    expect(api.tell).not.toHaveBeenCalled();
  });

  test('the badge does not wait for the background’s answer', async () => {
    go('/codex/');
    const { api } = fakeApi();
    api.tell.mockReturnValue(new Promise(() => {})); // a worker that never answers
    await createWatcher(SITE, document, api).check();
    expect(mounted(api)).toEqual([CODEX]);
  });

  test.each(['/careers', '/codexes', '/'])('%s: no badge, nothing sent', async (path) => {
    go(path);
    const { api } = fakeApi();
    await createWatcher(SITE, document, api).check();
    await settle();
    expect(api.mount).not.toHaveBeenCalled();
    expect(api.tell).not.toHaveBeenCalled();
  });

  test('a vendor home page about several products names them all', async () => {
    const site = 'anthropic.com';
    // Another host than this test page's: a stand-in document with just what the watcher reads.
    const page = {
      location: { href: 'https://www.anthropic.com/', pathname: '/' },
      readyState: 'complete',
      title: 'Anthropic',
      querySelector: () => null,
    } as unknown as Document;
    const { api } = fakeApi(entriesOf(RECORDS, site));
    await createWatcher(site, page, api).check();
    const [view] = mounted(api);
    expect(view?.name).toBe('Anthropic: 2 rated products');
    expect(view?.line.split(' · ').sort()).toEqual(['Claude Opus 4.8', 'Claude Sonnet 4.6']);
    await settle();
    // The background hears the same products in the same order (the engine's tie order), for the popup.
    const ids = api.tell.mock.calls[0]?.[0]?.productIds ?? [];
    expect(ids.map((id) => recordAt(RECORDS, 'https://anthropic.com/')?.products[id]?.name).join(' · ')).toBe(
      view?.line,
    );
  });

  test.each([
    ['the user turned the badge off', { settings: { badgeEnabled: false } }],
    ['the administrator turned it off', { settings: { badgeEnabled: true }, managedMirror: { badgeEnabled: false } }],
    ['the user hid it on this site', { hiddenSites: ['github.com', SITE] }],
  ])('%s: no badge, but the toolbar is still told', async (_what, extra) => {
    go('/codex/');
    const { api } = fakeApi({ ...entriesOf(RECORDS, SITE), ...extra });
    await createWatcher(SITE, document, api).check();
    await settle();
    expect(api.mount).not.toHaveBeenCalled();
    expect(told(api)).toEqual(['openai-codex https://openai.com/codex/']);
  });

  test('an administrator’s "on" wins over the user’s "off"; an invalid managed value is ignored', async () => {
    go('/codex/');
    const on = fakeApi({
      ...entriesOf(RECORDS, SITE),
      settings: { badgeEnabled: false },
      managedMirror: { badgeEnabled: true },
    });
    await createWatcher(SITE, document, on.api).check();
    expect(on.api.mount).toHaveBeenCalledTimes(1);
    const invalid = fakeApi({ ...entriesOf(RECORDS, SITE), managedMirror: { badgeEnabled: 'no' } });
    await createWatcher(SITE, document, invalid.api).check();
    expect(invalid.api.mount).toHaveBeenCalledTimes(1);
  });

  test('settings changed while the page is open take effect at once', async () => {
    go('/codex/');
    const { api, change } = fakeApi();
    await createWatcher(SITE, document, api).check();
    change({ hiddenSites: [SITE] });
    expect(signalOf(api)?.aborted).toBe(true);
    change({ hiddenSites: [] });
    expect(api.mount).toHaveBeenCalledTimes(2);
    change({ feedStatus: { anything: 1 } }); // not a key the badge reads
    expect(api.mount).toHaveBeenCalledTimes(2);
  });
});

describe('the first page after install, before the background published this host’s record', () => {
  test('waits for the record and then shows the badge, without a reload', async () => {
    go('/codex/');
    const { api, change } = fakeApi({});
    await createWatcher(SITE, document, api).check();
    expect(api.mount).not.toHaveBeenCalled();
    change(entriesOf(RECORDS, 'github.com')); // another host's: still waiting
    expect(api.mount).not.toHaveBeenCalled();
    change(entriesOf(RECORDS, SITE));
    expect(mounted(api)).toEqual([CODEX]);
  });

  test('waits a bounded time, then stops listening', async () => {
    vi.useFakeTimers();
    go('/codex/');
    const { api, change, listeners } = fakeApi({});
    const watcher = createWatcher(SITE, document, api);
    await watcher.check();
    vi.advanceTimersByTime(RULES_WAIT_MS);
    expect(watcher.stopped.aborted).toBe(true);
    expect(listeners.size).toBe(0);
    change(entriesOf(RECORDS, SITE));
    expect(api.mount).not.toHaveBeenCalled();
  });

  test('a record in an older shape counts as none yet', async () => {
    go('/codex/');
    const older = { rules: { ...recordAt(RECORDS, CODEX_URL)?.rules, v: 2 }, products: {} };
    const { api } = fakeApi({ ...entriesOf(RECORDS, SITE), [rulesKey(SITE)]: older });
    await createWatcher(SITE, document, api).check();
    expect(api.mount).not.toHaveBeenCalled();
  });
});

describe('in-page navigation', () => {
  test('into another path of the host: that path’s parts are read then, each key once', async () => {
    const location = { href: 'https://github.com/', pathname: '/' };
    const page = { location, readyState: 'complete', title: '', querySelector: () => null } as unknown as Document;
    const { api } = fakeApi();
    const watcher = createWatcher('github.com', page, api);
    await watcher.check();
    expect(api.mount).not.toHaveBeenCalled();
    const repo = '/langchain-ai/langchain';
    Object.assign(location, { href: `https://github.com${repo}`, pathname: repo });
    await watcher.check();
    expect(mounted(api).map((view) => view.name)).toEqual([dataset.products.find((p) => p.id === 'langchain')?.name]);
    expect(api.read).toHaveBeenLastCalledWith([
      rulesKey('github.com/langchain-ai'),
      rulesKey('github.com/langchain-ai/langchain'),
    ]);
    Object.assign(location, { href: 'https://github.com/', pathname: '/' });
    await watcher.check();
    expect(api.read).toHaveBeenLastCalledWith([]);
  });

  test('within one product the badge stays; to another product it is replaced', async () => {
    go('/codex/');
    const { api } = fakeApi();
    const watcher = createWatcher(SITE, document, api);
    await watcher.check();
    go('/codex/pricing/');
    await watcher.check();
    expect(api.mount).toHaveBeenCalledTimes(1);
    expect(signalOf(api)?.aborted).toBe(false);
    go('/index/gpt-4-1/');
    await watcher.check();
    expect(api.mount).toHaveBeenCalledTimes(2);
    expect(signalOf(api, 0)?.aborted).toBe(true);
    expect(mounted(api)[1]).toEqual({ name: 'GPT-4.1', line: '2 of 8 domains rated: 2 Strong', text: EN });
  });

  test('leaving a product page removes the badge and tells the background once', async () => {
    go('/codex/');
    const { api } = fakeApi();
    const watcher = createWatcher(SITE, document, api);
    await watcher.check();
    await settle();
    for (const path of ['/careers', '/about']) {
      go(path);
      await watcher.check();
      await settle();
    }
    expect(signalOf(api)?.aborted).toBe(true);
    expect(told(api)).toEqual(['openai-codex https://openai.com/codex/', 'left']);
  });

  test('a storm of pushState calls: at most one message in flight, then only the latest state', async () => {
    const { api } = fakeApi();
    let answer: () => void = () => {};
    api.tell.mockImplementation(() => new Promise((resolve) => (answer = () => resolve({ ok: true }))));
    const watcher = createWatcher(SITE, document, api);
    for (let i = 0; i < 500; i++) {
      go(i % 2 ? '/careers' : `/codex/${i}`);
      await watcher.check();
    }
    go('/codex/final');
    await watcher.check();
    answer();
    await settle();
    answer();
    await settle();
    expect(told(api)).toEqual([
      'openai-codex https://openai.com/codex/0',
      'openai-codex https://openai.com/codex/final',
    ]);
  });

  test('a canonical link naming a rated product does not make another page that product', async () => {
    const link = Object.assign(document.createElement('link'), { rel: 'canonical', href: 'https://openai.com/codex/' });
    document.head.append(link);
    try {
      go('/index/a-launch-post/');
      const { api } = fakeApi();
      const watcher = createWatcher(SITE, document, api);
      await watcher.check();
      expect(mounted(api)).toEqual([]);
      go('/codex/');
      await watcher.check();
      expect(mounted(api)).toEqual([CODEX]);
    } finally {
      link.remove();
    }
  });

  test('leave() (pagehide) drops the badge; check(true) (restored from the cache) shows and reports it again', async () => {
    go('/codex/');
    const { api } = fakeApi();
    const watcher = createWatcher(SITE, document, api);
    await watcher.check();
    await settle();
    watcher.leave();
    expect(signalOf(api)?.aborted).toBe(true);
    expect(watcher.stopped.aborted).toBe(false);
    await watcher.check(true);
    await settle();
    expect(api.mount).toHaveBeenCalledTimes(2);
    expect(told(api)).toEqual(['openai-codex https://openai.com/codex/', 'openai-codex https://openai.com/codex/']);
  });
});

describe('PSF Lens updated or removed under the page: the watcher stops quietly', () => {
  test.each(['read', 'tell'] as const)('%s rejects: stopped, badge gone, nothing more asked', async (which) => {
    go('/codex/');
    const { api } = fakeApi();
    api[which].mockRejectedValue(new Error('Extension context invalidated.'));
    const watcher = createWatcher(SITE, document, api);
    await expect(watcher.check()).resolves.toBeUndefined();
    await settle();
    expect(watcher.stopped.aborted).toBe(true);
    if (which === 'tell') expect(signalOf(api)?.aborted).toBe(true);
    const calls = api.read.mock.calls.length + api.tell.mock.calls.length;
    go('/index/gpt-4-1/');
    await watcher.check();
    expect(api.read.mock.calls.length + api.tell.mock.calls.length).toBe(calls);
  });
});

describe('a page still being parsed (the script runs at document_start)', () => {
  /**
   * A document of `url` as the parser leaves it while the page's head is still loading: no body yet. `parse`
   * appends the body (as the parser does when it reaches it), `parsed` ends the parse.
   */
  function loadingPage(url: string, title = '') {
    const page = document.implementation.createHTMLDocument();
    page.title = title;
    page.body.remove();
    const { href, pathname } = new URL(url);
    let state: DocumentReadyState = 'loading';
    Object.defineProperty(page, 'location', { value: { href, pathname } });
    Object.defineProperty(page, 'readyState', { get: () => state });
    return {
      page,
      parse: () => page.documentElement.append(page.createElement('body')),
      parsed: () => {
        state = 'interactive';
        page.dispatchEvent(new Event('DOMContentLoaded'));
      },
    };
  }

  test('a badge the address decides shows as the body starts, not at DOMContentLoaded', async () => {
    const { page, parse, parsed } = loadingPage(CODEX_URL);
    const { api } = fakeApi();
    await createWatcher(SITE, page, api).check();
    await settle();
    expect(api.mount).not.toHaveBeenCalled();
    parse();
    await settle();
    expect(mounted(api)).toEqual([CODEX]);
    expect(told(api)).toEqual([`openai-codex ${CODEX_URL}`]);
    parsed();
    await settle();
    expect(api.mount).toHaveBeenCalledTimes(1);
  });

  test('a body already there: the badge shows while the rest of the page is parsed', async () => {
    const { page, parse } = loadingPage(CODEX_URL);
    parse();
    const { api } = fakeApi();
    await createWatcher(SITE, page, api).check();
    expect(mounted(api)).toEqual([CODEX]);
  });

  test('a badge the page’s words decide waits for DOMContentLoaded, when the words are all there', async () => {
    const url = 'https://www.anthropic.com/claude/sonnet';
    const { page, parse, parsed } = loadingPage(url, 'Claude Sonnet 4.6');
    const { api } = fakeApi(entriesOf(RECORDS, 'anthropic.com'));
    await createWatcher('anthropic.com', page, api).check();
    parse();
    await settle();
    expect(api.mount).not.toHaveBeenCalled();
    parsed();
    await settle();
    expect(mounted(api).map((v) => v.name)).toEqual(['Claude Sonnet 4.6']);
    // The background hears the name the page showed, no sentence: the popup says why in the user's language.
    expect(api.tell.mock.calls[0]?.[0]?.detection).toEqual({
      confidence: 'medium',
      via: 'signals',
      phrase: 'Claude Sonnet 4.6',
    });
  });

  test('stopped while waiting for the body: the body coming shows nothing and tells no one', async () => {
    const { page, parse } = loadingPage(CODEX_URL);
    const { api } = fakeApi();
    const watcher = createWatcher(SITE, page, api);
    await watcher.check();
    watcher.stop();
    parse();
    await settle();
    expect(api.mount).not.toHaveBeenCalled();
    expect(api.tell).not.toHaveBeenCalled();
  });
});
