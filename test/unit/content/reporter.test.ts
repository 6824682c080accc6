// What the content script tells the background about its tab, through createReporter alone.
import { expect, test, vi } from 'vitest';
import { createReporter, type TabReport } from '../../../src/content/reporter.ts';

const CODEX: TabReport = {
  url: 'https://openai.com/codex/',
  productIds: ['openai-codex'],
  detection: { confidence: 'high', via: 'url' },
};

test('back from the cache: the product is told again, and a page of none is still not told', async () => {
  const tell = vi.fn(async () => undefined);
  const reporter = createReporter(tell, () => {});
  reporter.report(CODEX);
  await vi.waitFor(() => expect(tell).toHaveBeenCalledTimes(1));
  reporter.restored();
  reporter.report(CODEX);
  await vi.waitFor(() => expect(tell).toHaveBeenCalledTimes(2));

  const none = vi.fn(async () => undefined);
  const quiet = createReporter(none, () => {});
  quiet.restored();
  quiet.report(null);
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(none).not.toHaveBeenCalled();
});
