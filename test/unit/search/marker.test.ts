// @vitest-environment happy-dom
/**
 * The search marks' content script on fixture result pages of each engine (test/fixtures/pages/search-*.html),
 * with the host records the background publishes for the bundled dataset: which links get a mark and with which
 * words, redirect-wrapped links included; results that arrive later; one storage read per host; marks gone when
 * switched off.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { compileIndex } from '../../../src/core/detect.ts';
import { latestByProduct } from '../../../src/core/latest.ts';
import { hostRecords } from '../../../src/shared/rule-store.ts';
import { createMarker, type MarkView } from '../../../src/search/marker.ts';
import { lineText } from '../../../src/shared/badge-text.ts';
import { BADGE_TEXT_KEY } from '../../../src/shared/storage-keys.ts';
import { publishedText } from '../helpers/badge-text.ts';
import { bundled } from '../helpers/dataset.ts';
import { recordAt } from '../helpers/records.ts';

const PAGES = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/pages');
const dataset = bundled();
const EN = publishedText('en');
/** What storage.local holds: the host records' parts and the badge's words, which the marks speak too. */
const RECORDS: Record<string, unknown> = {
  ...hostRecords(compileIndex(dataset.products), dataset.products, latestByProduct(dataset.assessments)),
  [BADGE_TEXT_KEY]: EN,
};
const nameOf = (id: string) => dataset.products.find((p) => p.id === id)?.name;

/** Loads a fixture page into the document at its engine's address (relative result links resolve against it). */
function load(file: string, url: string): string {
  const html = readFileSync(resolve(PAGES, file), 'utf8');
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  document.documentElement.innerHTML = html.replace(/^<!doctype html>\s*<html[^>]*>|<\/html>\s*$/gi, '');
  return html;
}

function setup(records = RECORDS) {
  const reads: string[][] = [];
  const marks: { result: string | undefined; view: MarkView }[] = [];
  const marker = createMarker(document, {
    async read(keys) {
      reads.push(keys);
      return Object.fromEntries(keys.filter((k) => k in records).map((k) => [k, structuredClone(records[k])]));
    },
    mount(anchor, view) {
      marks.push({ result: anchor.closest('[id^="r-"]')?.id, view });
    },
  });
  return { marker, reads, marks, marked: () => marks.map((m) => m.result) };
}

let stop: (() => void) | undefined;
afterEach(() => stop?.());

describe('Google', () => {
  test('marks the title links of rated products, the google.com/url?q= ones included, and nothing else', async () => {
    load('search-google.html', 'https://www.google.com/search?q=ai+agent+frameworks');
    const { marker, marks, marked } = setup();
    stop = marker.stop;
    expect(await marker.scan()).toBe(3);
    expect(marked()).toEqual(['r-langchain', 'r-codex', 'r-sonnet']);
    const langchain = recordAt(RECORDS, 'https://github.com/langchain-ai/langchain')?.products.langchain;
    expect(marks[0]?.view).toEqual({ name: nameOf('langchain'), line: lineText(langchain?.line ?? [], EN), text: EN });
    expect(marks[1]?.view.name).toBe('OpenAI Codex');
    expect(marks[1]?.view.line).toMatch(/^\d Strong · \d Partial · \d Gap$/);
    // The Sonnet page needs the product's name in the page's words: the result's title has it.
    expect(marks[2]?.view.name).toBe('Claude Sonnet 4.6');
  });

  test('a second scan marks nothing twice and reads no key twice', async () => {
    load('search-google.html', 'https://www.google.com/search?q=ai');
    const { marker, reads, marked } = setup();
    stop = marker.stop;
    await marker.scan();
    expect(reads).toHaveLength(1);
    const hosts = ['github.com', 'openai.com', 'anthropic.com', 'example.org'];
    // Each result's host's own part and the parts its path reaches (rules:github.com/langchain-ai), each once.
    expect(reads[0]).toEqual(expect.arrayContaining(hosts.map((h) => `rules:${h}`)));
    expect(reads[0]).toContain('rules:github.com/langchain-ai');
    expect(reads[0]).toContain(BADGE_TEXT_KEY);
    const records = reads[0]?.filter((key) => key !== BADGE_TEXT_KEY);
    expect(records?.every((key) => hosts.some((h) => key === `rules:${h}` || key.startsWith(`rules:${h}/`)))).toBe(
      true,
    );
    expect(new Set(reads[0]).size).toBe(reads[0]?.length);
    expect(await marker.scan()).toBe(0);
    expect(reads).toHaveLength(1);
    expect(marked()).toHaveLength(3);
  });
});

describe('Bing', () => {
  test('unwraps bing.com/ck/a?u=a1<base64url>; a broken one is left alone', async () => {
    load('search-bing.html', 'https://www.bing.com/search?q=ai+agent+frameworks');
    const { marker, marks, marked } = setup();
    stop = marker.stop;
    await marker.scan();
    expect(marked()).toEqual(['r-crewai', 'r-autogen', 'r-haystack']);
    expect(marks.map((m) => m.view.name)).toEqual(['CrewAI', nameOf('autogen'), 'Haystack']);
    // Haystack's assessment captured four of eight ratings: the words say so, never a Gap it does not have.
    expect(marks[2]?.view.line).toMatch(/^4 of 8 domains rated: /);
  });
});

describe('DuckDuckGo', () => {
  test('results rendered by script later are marked when they arrive, duckduckgo.com/l/?uddg= included', async () => {
    const html = load('search-duckduckgo.html', 'https://duckduckgo.com/?q=ai+agent+frameworks');
    const { marker, marks, marked } = setup();
    stop = marker.stop;
    expect(await marker.scan(), 'nothing there yet').toBe(0);
    // What the page's own script does 300 ms after load (happy-dom runs no page script): the same results.
    const rows = [...html.matchAll(/\[\s*'(r-[^']+)',\s*'([^']+)',\s*'([^']+)',?\s*\]/g)];
    expect(rows).toHaveLength(4);
    for (const [, id = '', href = '', title = ''] of rows) {
      const article = document.createElement('article');
      article.id = id;
      const link = Object.assign(document.createElement('a'), { href, textContent: title });
      article.append(Object.assign(document.createElement('h2'), {}));
      article.querySelector('h2')?.append(link);
      document.getElementById('links')?.append(article);
    }
    expect(await marker.scan()).toBe(3);
    expect(marked()).toEqual(['r-semantic-kernel', 'r-haystack', 'r-anthropic']);
    expect(marks[2]?.view.name, "the vendor's home page: two rated products").toBe('Anthropic: 2 rated products');
  });
});

test('no record published yet (or an older shape): no mark, no error', async () => {
  load('search-google.html', 'https://www.google.com/search?q=ai');
  const marks: unknown[] = [];
  const marker = createMarker(document, {
    read: async (keys) => Object.fromEntries(keys.map((k) => [k, ['an', 'older', 'shape']])),
    mount: (...args) => void marks.push(args),
  });
  expect(await marker.scan()).toBe(0);
  expect(marks).toEqual([]);
});

test("the badge's words of an older PSF Lens, without the marks' own: no mark until this version's are published", async () => {
  load('search-google.html', 'https://www.google.com/search?q=ai');
  const { mark: _mark, markSource: _source, ...older } = EN;
  const before = setup({ ...RECORDS, [BADGE_TEXT_KEY]: older });
  expect(await before.marker.scan()).toBe(0);
  before.marker.stop();
  const after = setup();
  stop = after.marker.stop;
  expect(await after.marker.scan()).toBe(3);
});

test('no badge words published yet (the first moments after install): no mark, and no error', async () => {
  load('search-google.html', 'https://www.google.com/search?q=ai');
  const { [BADGE_TEXT_KEY]: _words, ...records } = RECORDS;
  const { marker } = setup(records);
  stop = marker.stop;
  expect(await marker.scan()).toBe(0);
});

test("a rule naming a product its host's record does not hold marks nothing for it", async () => {
  load('search-google.html', 'https://www.google.com/search?q=ai');
  const records = structuredClone(RECORDS) as Record<string, { products?: Record<string, unknown> }>;
  for (const part of Object.values(records))
    for (const id of Object.keys(part.products ?? {})) delete part.products?.[id];
  const { marker } = setup(records as Record<string, unknown>);
  stop = marker.stop;
  expect(await marker.scan()).toBe(0);
});

test('stopped (switched off): no more marks, and the signal given to each mark is aborted', async () => {
  load('search-google.html', 'https://www.google.com/search?q=ai');
  const signals: AbortSignal[] = [];
  const marker = createMarker(document, {
    read: async (keys) => Object.fromEntries(keys.filter((k) => k in RECORDS).map((k) => [k, RECORDS[k]])),
    mount: (_anchor, _view, signal) => void signals.push(signal),
  });
  await marker.scan();
  marker.stop();
  expect(signals.length).toBe(3);
  expect(signals.every((s) => s.aborted)).toBe(true);
});

test('a marked link the page points elsewhere loses its mark, and is marked again for a rated address', async () => {
  load('search-google.html', 'https://www.google.com/search?q=ai');
  const mounted: { result: string | undefined; signal: AbortSignal }[] = [];
  const marker = createMarker(document, {
    read: async (keys) => Object.fromEntries(keys.filter((k) => k in RECORDS).map((k) => [k, RECORDS[k]])),
    mount: (anchor, _view, signal) => void mounted.push({ result: anchor.closest('[id^="r-"]')?.id, signal }),
  });
  stop = marker.stop;
  await marker.scan();
  const codex = document.querySelector<HTMLAnchorElement>('#r-codex a');
  codex?.setAttribute('href', 'https://github.com/crewAIInc/crewAI');
  // Pointed elsewhere again before the first look at the new address has read its records: only the last counts.
  const looking = marker.scan();
  codex?.setAttribute('href', 'https://openai.com/careers/');
  expect(await marker.scan()).toBe(0);
  expect(await looking).toBe(0);
  expect(mounted.find((m) => m.result === 'r-codex')?.signal.aborted).toBe(true);
  expect(mounted.filter((m) => !m.signal.aborted).map((m) => m.result)).toEqual(['r-langchain', 'r-sonnet']);
  codex?.setAttribute('href', 'https://openai.com/codex/');
  expect(await marker.scan()).toBe(1);
  expect(mounted.filter((m) => !m.signal.aborted).map((m) => m.result)).toEqual(['r-langchain', 'r-sonnet', 'r-codex']);
});

test('a marked link the engine rewraps in its redirect keeps its mark, unmounted and mounted again never', async () => {
  load('search-google.html', 'https://www.google.com/search?q=ai');
  const { marker, marks } = setup();
  stop = marker.stop;
  await marker.scan();
  const codex = document.querySelector<HTMLAnchorElement>('#r-codex a');
  codex?.setAttribute('href', 'https://www.google.com/url?q=https://openai.com/codex/&sa=t&ved=2ahUKE');
  expect(await marker.scan()).toBe(0);
  codex?.setAttribute('href', 'https://openai.com/codex/');
  expect(await marker.scan()).toBe(0);
  expect(marks).toHaveLength(3);
});
