// @vitest-environment happy-dom
// An update in Firefox: the old version's badges go from the open tabs, and only PSF Lens's own.
import { afterEach, expect, test, vi } from 'vitest';
import { removeBadges, renewAtFirstStart, replaceCutOffBadges } from '../../../src/background/cut-off-badges.ts';
import { compileIndex } from '../../../src/core/detect.ts';
import { latestByProduct } from '../../../src/core/latest.ts';
import { hostRecords } from '../../../src/shared/rule-store.ts';
import { bundled } from '../helpers/dataset.ts';
import { recordAt } from '../helpers/records.ts';

const dataset = bundled();
const RECORDS = hostRecords(compileIndex(dataset.products), dataset.products, latestByProduct(dataset.assessments));

/** A child of <html> as PSF Lens's badge host is (or a page's own popover), with its closed shadow root holding `inner`. */
function host(inner: string | null, popover = true): HTMLElement {
  const node = document.createElement('div');
  if (popover) node.setAttribute('popover', 'manual');
  const root = inner === null ? null : node.attachShadow({ mode: 'closed' });
  if (root) root.innerHTML = inner ?? '';
  // Firefox gives an extension's content script every shadow root, closed ones too.
  Object.defineProperty(node, 'openOrClosedShadowRoot', { value: root });
  document.documentElement.append(node);
  return node;
}

afterEach(() => {
  for (const node of document.querySelectorAll('html > div')) node.remove();
});

test("removes every PSF Lens badge, the page's own popovers stay", () => {
  const old = host('<aside class="b" aria-label="PSF Lens"><button class="m"></button></aside>');
  const current = host('<aside class="b" aria-label="PSF Lens"></aside>');
  const pagesOwn = host('<aside aria-label="Cookie settings"></aside>');
  const plain = host(null);
  const notPopover = host('<aside aria-label="PSF Lens"></aside>', false);
  const nested = host('<div><aside aria-label="PSF Lens"></aside></div>');
  expect(removeBadges()).toBe(2);
  expect([old, current].map((n) => n.isConnected)).toEqual([false, false]);
  expect([pagesOwn, plain, notPopover, nested].map((n) => n.isConnected)).toEqual([true, true, true, true]);
});

test('where no shadow root can be read (no openOrClosedShadowRoot), nothing is removed', () => {
  const node = document.createElement('div');
  node.setAttribute('popover', 'manual');
  node.attachShadow({ mode: 'closed' }).innerHTML = '<aside aria-label="PSF Lens"></aside>';
  document.documentElement.append(node);
  expect(removeBadges()).toBe(0);
  expect(node.isConnected).toBe(true);
});

test('every tab with an address is cleared, and a failing one keeps no other from it', async () => {
  const clear = vi.fn(async (tabId: number) => {
    if (tabId === 1) throw new Error('Missing host permission for the tab');
  });
  const inject = vi.fn(async () => {});
  const record = vi.fn(async () => undefined);
  const tabs = [{ id: 1, url: 'https://openai.com/codex/' }, { id: 2, url: 'https://example.org/' }, { id: 3 }, {}];
  await expect(replaceCutOffBadges({ clear, inject, record, firstStart: async () => true }, tabs)).resolves.toBe(0);
  expect(clear.mock.calls).toEqual([[1], [2]]);
});

test('a discarded tab (restored at the browser’s start, not loaded yet) is neither cleared nor given the script', async () => {
  const clear = vi.fn(async () => {});
  const inject = vi.fn(async () => {});
  const tabs = [
    { id: 1, url: 'https://openai.com/codex/', discarded: true },
    { id: 2, url: 'https://openai.com/codex/', discarded: false },
  ];
  const record = async (url: string) => recordAt(RECORDS, url);
  await expect(replaceCutOffBadges({ clear, inject, record, firstStart: async () => true }, tabs)).resolves.toBe(1);
  expect(clear.mock.calls).toEqual([[2]]);
  expect(inject.mock.calls).toEqual([[2]]);
});

test("only a run's first start renews the open tabs; the background page's later wakes do not even list them", async () => {
  let started = false;
  const firstStart = async () => !started && (started = true);
  const clear = vi.fn(async () => {});
  const openTabs = vi.fn(async () => [{ id: 4, url: 'https://openai.com/codex/' }]);
  const deps = { clear, firstStart, inject: vi.fn(async () => {}), record: async () => undefined };
  await renewAtFirstStart(deps, openTabs);
  await renewAtFirstStart(deps, openTabs);
  expect(openTabs).toHaveBeenCalledTimes(1);
  expect(clear.mock.calls).toEqual([[4]]);
});
