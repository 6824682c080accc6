// @vitest-environment happy-dom
// The search marks' script as the browser starts it (search.ts), over a stand-in `chrome` holding the published
// records, on Google's fixture result page: it marks, follows results that arrive later, goes when switched off,
// and a second registration's run in the same page does nothing.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { compileIndex } from '../../../src/core/detect.ts';
import { latestByProduct } from '../../../src/core/latest.ts';
import { hostRecords } from '../../../src/shared/rule-store.ts';
import { BADGE_TEXT_KEY, SETTINGS_KEY } from '../../../src/shared/storage-keys.ts';
import { publishedText } from '../helpers/badge-text.ts';
import { bundled } from '../helpers/dataset.ts';

const PAGE = readFileSync(
  resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/pages/search-google.html'),
  'utf8',
);
const dataset = bundled();
const STORED: Record<string, unknown> = {
  ...hostRecords(compileIndex(dataset.products), dataset.products, latestByProduct(dataset.assessments)),
  [BADGE_TEXT_KEY]: publishedText('en'),
};

type Listener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

function fakeChrome() {
  const listeners = new Set<Listener>();
  const chrome = {
    storage: {
      local: {
        get: vi.fn(async (keys: string[]) =>
          Object.fromEntries(keys.filter((k) => k in STORED).map((k) => [k, structuredClone(STORED[k])])),
        ),
      },
      onChanged: {
        addListener: (listener: Listener) => listeners.add(listener),
        removeListener: (listener: Listener) => listeners.delete(listener),
      },
    },
  };
  const change = (changes: Record<string, { newValue?: unknown }>, area = 'local') => {
    for (const listener of listeners) listener(changes, area);
  };
  return { chrome, listeners, change };
}

async function start(fake: ReturnType<typeof fakeChrome>) {
  vi.stubGlobal('chrome', fake.chrome);
  vi.resetModules();
  await import('../../../src/search/search.ts');
}

/** The marks in the page: each a span host after a result link (its shadow root is closed). */
const marks = () => [...document.querySelectorAll('a + span')].filter((s) => s.childNodes.length === 0);

beforeEach(() => {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
    'https://www.google.com/search?q=ai+agent+frameworks',
  );
  document.documentElement.innerHTML = PAGE.replace(/^<!doctype html>\s*<html[^>]*>|<\/html>\s*$/gi, '');
  delete (globalThis as Record<string, unknown>).psfLensSearch;
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

test('marks the rated results, then those a page adds later, once its additions settle', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  const fake = fakeChrome();
  await start(fake);
  await vi.waitFor(() => expect(marks().length).toBeGreaterThan(0));
  const first = marks().length;
  // A page's own script adding a result (happy-dom runs none): a copy of a marked one, without its mark.
  const result = marks()[0]?.closest('[id^="r-"]');
  const later = result?.cloneNode(true) as HTMLElement;
  later.id = 'r-later';
  for (const mark of later.querySelectorAll('a + span')) mark.remove();
  result?.parentElement?.append(later);
  await vi.advanceTimersByTimeAsync(100);
  later.append(document.createElement('br'));
  await vi.advanceTimersByTimeAsync(100);
  expect(marks()).toHaveLength(first);
  await vi.advanceTimersByTimeAsync(50);
  await vi.waitFor(() => expect(marks()).toHaveLength(first + 1));
  fake.change({ [SETTINGS_KEY]: { newValue: { version: 1, searchMarks: false } } });
});

test('switched off, the marks go and the script stops listening; other changes leave them', async () => {
  const fake = fakeChrome();
  await start(fake);
  await vi.waitFor(() => expect(marks().length).toBeGreaterThan(0));
  const count = marks().length;
  fake.change({ [SETTINGS_KEY]: { newValue: { version: 1, searchMarks: false } } }, 'sync');
  fake.change({ hiddenSites: { newValue: [] } });
  fake.change({ [SETTINGS_KEY]: { newValue: { version: 1, searchMarks: true } } });
  expect(marks()).toHaveLength(count);
  fake.change({ [SETTINGS_KEY]: { newValue: { version: 1, searchMarks: false } } });
  expect(marks()).toHaveLength(0);
  expect(fake.listeners.size).toBe(0);
});

test('settings removed altogether read as switched off', async () => {
  const fake = fakeChrome();
  await start(fake);
  await vi.waitFor(() => expect(marks().length).toBeGreaterThan(0));
  fake.change({ [SETTINGS_KEY]: {} });
  expect(marks()).toHaveLength(0);
});

test('a second run in the same page (PSF Lens updated) marks nothing twice', async () => {
  const first = fakeChrome();
  await start(first);
  await vi.waitFor(() => expect(marks().length).toBeGreaterThan(0));
  const count = marks().length;
  const second = fakeChrome();
  await start(second);
  await new Promise((r) => setTimeout(r, 0));
  expect(second.chrome.storage.local.get).not.toHaveBeenCalled();
  expect(marks()).toHaveLength(count);
  first.change({ [SETTINGS_KEY]: { newValue: { version: 1, searchMarks: false } } });
});

test('a result link the page points elsewhere (its own navigation to a new query) loses or gains its mark', async () => {
  const fake = fakeChrome();
  await start(fake);
  await vi.waitFor(() => expect(marks().length).toBeGreaterThan(0));
  const marked = () => marks().map((m) => m.closest('[id^="r-"]')?.id);
  expect(marked()).toContain('r-codex');
  expect(marked()).not.toContain('r-careers');
  // A framework re-rendering the list in place: the same link elements, new addresses.
  const link = (id: string) => document.querySelector<HTMLAnchorElement>(`#${id} a`);
  link('r-codex')?.setAttribute('href', 'https://openai.com/careers/');
  link('r-careers')?.setAttribute('href', 'https://openai.com/codex/');
  await vi.waitFor(() => expect(marked()).not.toContain('r-codex'));
  await vi.waitFor(() => expect(marked()).toContain('r-careers'));
  expect(marks()).toHaveLength(3);
  fake.change({ [SETTINGS_KEY]: { newValue: { version: 1, searchMarks: false } } });
  expect(marks()).toHaveLength(0);
});
