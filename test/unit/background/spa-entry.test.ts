import { describe, expect, test, vi } from 'vitest';
import { onTabAddress, type SpaEntryDeps } from '../../../src/background/spa-entry.ts';
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
