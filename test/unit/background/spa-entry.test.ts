import { describe, expect, test, vi } from 'vitest';
import { injectOpenTabs, onTabAddress, type SpaEntryDeps } from '../../../src/background/spa-entry.ts';
import { compileIndex } from '../../../src/core/detect.ts';
import { latestByProduct } from '../../../src/core/latest.ts';
import { hostRecords } from '../../../src/shared/rule-store.ts';
import { bundled } from '../helpers/dataset.ts';
import { recordAt } from '../helpers/records.ts';

const dataset = bundled();
const RECORDS = hostRecords(compileIndex(dataset.products), dataset.products, latestByProduct(dataset.assessments));

function fakeDeps(): SpaEntryDeps & { inject: ReturnType<typeof vi.fn> } {
  return { record: async (url) => recordAt(RECORDS, url), inject: vi.fn(async () => {}) };
}

describe('single-page navigation into a rated page of a shared host injects the content script', () => {
  test.each([
    ['a rated repository reached from GitHub’s home page', 'https://github.com/langchain-ai/langchain', true],
    ['a page inside it', 'https://github.com/langchain-ai/langchain/issues/12', true],
    ['another repository of the same organisation', 'https://github.com/langchain-ai/other-project', false],
    ['a vendor page that is no product’s', 'https://openai.com/careers', false],
    ['a host with no rated product', 'https://example.org/langchain-ai/langchain', false],
    ['no address (PSF Lens may not see this tab)', undefined, false],
    ['not a web address', 'chrome://settings/', false],
  ])('%s: %s', async (_what, url, injected) => {
    const deps = fakeDeps();
    expect(await onTabAddress(deps, 4, url)).toBe(injected);
    expect(deps.inject).toHaveBeenCalledTimes(injected ? 1 : 0);
    if (injected) expect(deps.inject).toHaveBeenCalledWith(4);
  });

  test('an update without an address (most of them, in Chromium) reads nothing from storage', async () => {
    const record = vi.fn(async () => undefined);
    expect(await onTabAddress({ record, inject: vi.fn() }, 4, undefined)).toBe(false);
    expect(record).not.toHaveBeenCalled();
  });

  test('a tab that cannot be scripted (closed, navigated away, an error page) is not an error', async () => {
    const deps = fakeDeps();
    deps.inject.mockRejectedValue(new Error('Cannot access contents of the page'));
    await expect(onTabAddress(deps, 4, 'https://github.com/langchain-ai/langchain')).resolves.toBe(false);
  });
});

describe('at install, the tabs already open on a rated page get the content script', () => {
  test('each rated page once, by its tab; pages of no product, unseen tabs and closed ones are left alone', async () => {
    const deps = fakeDeps();
    const tabs = [
      { id: 1, url: 'https://openai.com/codex/' },
      { id: 2, url: 'https://openai.com/careers' },
      { id: 3 },
      { url: 'https://www.crewai.com/' },
      { id: 5, url: 'https://github.com/langchain-ai/langchain' },
      { id: 6, url: 'chrome://extensions/' },
    ];
    expect(await injectOpenTabs(deps, tabs)).toBe(2);
    expect(deps.inject.mock.calls).toEqual([[1], [5]]);
  });

  test('a tab that cannot be scripted does not keep the others from it', async () => {
    const deps = fakeDeps();
    deps.inject.mockRejectedValueOnce(new Error('The tab was discarded'));
    const tabs = [
      { id: 1, url: 'https://openai.com/codex/' },
      { id: 5, url: 'https://github.com/langchain-ai/langchain' },
    ];
    expect(await injectOpenTabs(deps, tabs)).toBe(1);
    expect(deps.inject).toHaveBeenCalledTimes(2);
  });

  test('no tabs, nothing read', async () => {
    const record = vi.fn(async () => undefined);
    expect(await injectOpenTabs({ record, inject: vi.fn() }, [])).toBe(0);
    expect(record).not.toHaveBeenCalled();
  });
});
