// @vitest-environment happy-dom
// What a page says about itself, as the content script reads it for a rule that asks: the title and two meta names,
// each cut at SIGNAL_CHARS, and nothing else.
import { afterEach, expect, test } from 'vitest';
import { readSignals, SIGNAL_CHARS } from '../../../src/content/signals.ts';

afterEach(() => {
  document.head.replaceChildren();
  document.title = '';
});

function meta(attribute: 'name' | 'property', key: string, content: string): void {
  const element = document.createElement('meta');
  element.setAttribute(attribute, key);
  element.content = content;
  document.head.append(element);
}

test('the title, og:title and application-name, in that order', () => {
  document.title = 'Claude Sonnet 4.6 | Anthropic';
  meta('name', 'application-name', 'Claude');
  meta('property', 'og:title', 'Claude Sonnet 4.6');
  meta('name', 'description', 'Not read');
  expect(readSignals(document)).toEqual({
    title: 'Claude Sonnet 4.6 | Anthropic',
    meta: ['Claude Sonnet 4.6', 'Claude'],
  });
});

test('a missing meta reads as empty', () => {
  document.title = 'Codex';
  expect(readSignals(document)).toEqual({ title: 'Codex', meta: ['', ''] });
});

test(`a title or meta of a megabyte is read to its first ${SIGNAL_CHARS} characters`, () => {
  const long = `Claude Sonnet 4.6 ${'x'.repeat(1_000_000)}`;
  document.title = long;
  meta('property', 'og:title', long);
  meta('name', 'application-name', long);
  const { title, meta: metas = [] } = readSignals(document);
  expect([title, ...metas].map((text) => text?.length)).toEqual([SIGNAL_CHARS, SIGNAL_CHARS, SIGNAL_CHARS]);
  expect(title).toBe(long.slice(0, SIGNAL_CHARS));
});
