// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://openai.com/"}
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createWatcher, type PageApi } from '../../../src/content/watcher.ts';
import { compileIndex } from '../../../src/core/detect.ts';
import type { LookupReply } from '../../../src/shared/messages.ts';
import { bundled } from '../helpers/dataset.ts';

const index = compileIndex(bundled().products);
const SITE = 'openai.com';

const found = (name: string, showBadge = true): LookupReply => ({
  kind: 'found',
  name,
  line: '1 Strong · 5 Partial · 2 Gap',
  showBadge,
});

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** A fake background: this host's compiled rules from the bundled dataset, and a lookup that answers by product. */
function fakeApi(lookup: PageApi['lookup'] = async (_url, f) => found(f.productId)) {
  return {
    rules: vi.fn<PageApi['rules']>(async (site) => index.byHost.get(site)),
    lookup: vi.fn<PageApi['lookup']>(lookup),
    pageLeft: vi.fn<PageApi['pageLeft']>(async () => ({ kind: 'ok' })),
    mount: vi.fn<PageApi['mount']>(),
    actions: { open: vi.fn(), hide: vi.fn() },
  };
}

const go = (path: string) => history.pushState({}, '', path);
const mountedSignal = (api: ReturnType<typeof fakeApi>, call = 0) => api.mount.mock.calls[call]?.[2];

beforeEach(() => {
  history.replaceState({}, '', '/');
  document.title = '';
});
afterEach(() => vi.restoreAllMocks());

describe('the watcher asks the background only about product pages', () => {
  test.each(['/careers', '/codexes', '/'])('%s: no lookup, no badge', async (path) => {
    go(path);
    const api = fakeApi();
    await createWatcher(SITE, document, api).check();
    expect(api.rules).toHaveBeenCalledWith(SITE);
    expect(api.lookup).not.toHaveBeenCalled();
    expect(api.mount).not.toHaveBeenCalled();
  });

  test('before the background published this host’s rules: no lookup, no badge', async () => {
    go('/codex/');
    const api = fakeApi();
    api.rules.mockResolvedValue(undefined);
    await createWatcher(SITE, document, api).check();
    expect(api.lookup).not.toHaveBeenCalled();
    expect(api.mount).not.toHaveBeenCalled();
  });

  test('a product page: one lookup and one badge, and looking again at the same page changes nothing', async () => {
    go('/codex/');
    const api = fakeApi();
    const watcher = createWatcher(SITE, document, api);
    await watcher.check();
    go('/codex/#pricing');
    await watcher.check();
    expect(api.lookup).toHaveBeenCalledTimes(1);
    expect(api.lookup).toHaveBeenCalledWith(
      'https://openai.com/codex/',
      expect.objectContaining({ kind: 'match', productId: 'openai-codex' }),
    );
    expect(api.mount).toHaveBeenCalledTimes(1);
    expect(api.mount).toHaveBeenCalledWith(found('openai-codex'), SITE, expect.any(AbortSignal), api.actions);
    expect(mountedSignal(api)?.aborted).toBe(false);
  });

  test.each<[string, LookupReply]>([
    ['unknown-product', { kind: 'unknown-product' }],
    ['no-dataset', { kind: 'no-dataset', reason: 'bundled dataset refused' }],
  ])('a %s answer: no badge', async (_kind, reply) => {
    go('/codex/');
    const api = fakeApi(async () => reply);
    await createWatcher(SITE, document, api).check();
    expect(api.lookup).toHaveBeenCalledTimes(1);
    expect(api.mount).not.toHaveBeenCalled();
  });

  test('a hidden site: the lookup happens, the badge does not', async () => {
    go('/codex/');
    const api = fakeApi(async () => found('openai-codex', false));
    await createWatcher(SITE, document, api).check();
    expect(api.lookup).toHaveBeenCalledTimes(1);
    expect(api.mount).not.toHaveBeenCalled();
  });
});

describe('in-page navigation', () => {
  test('a late answer for a page already left does not mount', async () => {
    go('/codex/');
    const late = deferred<LookupReply>();
    const api = fakeApi(async (_url, f) => (f.productId === 'openai-codex' ? late.promise : found(f.productId)));
    const watcher = createWatcher(SITE, document, api);
    const first = watcher.check();
    await vi.waitFor(() => expect(api.lookup).toHaveBeenCalledTimes(1));
    go('/index/gpt-4-1/');
    // Messages go out in order: the second page's lookup waits for the first page's answer.
    const second = watcher.check();
    late.resolve(found('openai-codex'));
    await Promise.all([first, second]);
    expect(api.lookup.mock.calls.map((c) => c[1].productId)).toEqual(['openai-codex', 'gpt-4-1']);
    expect(api.mount).toHaveBeenCalledTimes(1);
    expect(api.mount.mock.calls[0]?.[0]).toEqual(found('gpt-4-1'));
    expect(mountedSignal(api)?.aborted).toBe(false);
  });

  test('moving to another product page aborts the first page’s signal', async () => {
    go('/codex/');
    const api = fakeApi();
    const watcher = createWatcher(SITE, document, api);
    await watcher.check();
    go('/index/gpt-4-1/');
    await watcher.check();
    expect(api.mount).toHaveBeenCalledTimes(2);
    expect(mountedSignal(api, 0)?.aborted).toBe(true);
    expect(mountedSignal(api, 1)?.aborted).toBe(false);
  });

  test('leaving a product page for a non-product page calls pageLeft once, and aborts its signal', async () => {
    go('/codex/');
    const api = fakeApi();
    const watcher = createWatcher(SITE, document, api);
    await watcher.check();
    go('/careers');
    await watcher.check();
    go('/about');
    await watcher.check();
    expect(api.pageLeft).toHaveBeenCalledTimes(1);
    expect(mountedSignal(api)?.aborted).toBe(true);
  });

  test('moving between non-product pages never calls pageLeft', async () => {
    const api = fakeApi();
    const watcher = createWatcher(SITE, document, api);
    for (const path of ['/careers', '/about', '/news']) {
      go(path);
      await watcher.check();
    }
    expect(api.pageLeft).not.toHaveBeenCalled();
  });

  test('leaving a product page while its lookup is still pending still tells the background once', async () => {
    go('/codex/');
    const late = deferred<LookupReply>();
    const api = fakeApi(async () => late.promise);
    const watcher = createWatcher(SITE, document, api);
    const first = watcher.check();
    await vi.waitFor(() => expect(api.lookup).toHaveBeenCalledTimes(1));
    go('/careers');
    const second = watcher.check();
    late.resolve(found('openai-codex')); // the background now holds /codex/ as this tab's product
    await Promise.all([first, second]);
    await vi.waitFor(
      () => expect(api.pageLeft, 'the toolbar keeps showing Codex on /careers').toHaveBeenCalledTimes(1),
      { timeout: 200 },
    );
    expect(api.mount).not.toHaveBeenCalled();
  });

  test('the canonical link counts on the first load, not after in-page navigation (the SPA may leave it stale)', async () => {
    const link = Object.assign(document.createElement('link'), { rel: 'canonical', href: 'https://openai.com/codex/' });
    document.head.append(link);
    try {
      go('/index/a-launch-post/');
      const api = fakeApi();
      const watcher = createWatcher(SITE, document, api);
      await watcher.check();
      expect(api.lookup).toHaveBeenCalledWith(
        'https://openai.com/index/a-launch-post/',
        expect.objectContaining({ productId: 'openai-codex', via: 'canonical' }),
      );
      go('/index/another-post/');
      await watcher.check();
      expect(api.lookup).toHaveBeenCalledTimes(1);
      expect(api.pageLeft).toHaveBeenCalledTimes(1);
    } finally {
      link.remove();
    }
  });

  test('leave() (pagehide) aborts the current page’s signal', async () => {
    go('/codex/');
    const api = fakeApi();
    const watcher = createWatcher(SITE, document, api);
    await watcher.check();
    watcher.leave();
    expect(mountedSignal(api)?.aborted).toBe(true);
    expect(watcher.stopped.aborted).toBe(false);
  });
});

describe('a failed call to the background stops the watcher quietly', () => {
  test.each(['rules', 'lookup', 'pageLeft'] as const)(
    '%s rejects: stopped, no throw, nothing more asked',
    async (which) => {
      go('/codex/');
      const api = fakeApi();
      const watcher = createWatcher(SITE, document, api);
      if (which === 'pageLeft') {
        await watcher.check();
        go('/careers');
      }
      api[which].mockRejectedValue(new Error('Extension context invalidated.'));
      await expect(watcher.check()).resolves.toBeUndefined();
      expect(watcher.stopped.aborted).toBe(true);
      const rulesCalls = api.rules.mock.calls.length;
      go('/index/gpt-4-1/');
      await watcher.check();
      expect(api.rules).toHaveBeenCalledTimes(rulesCalls);
      if (which !== 'pageLeft') expect(api.mount).not.toHaveBeenCalled();
    },
  );
});
