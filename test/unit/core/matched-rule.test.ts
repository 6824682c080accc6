// Which of a product's own rules a page's address fits, in the parts the popup words in the user's language: the
// most specific one, a rule asking for the page's words only with the phrase the page named, aliases and locale
// segments as detection reads them, and nothing for an address the product has no rule for.
import { describe, expect, test } from 'vitest';
import { compileIndex, detectAll } from '../../../src/core/detect.ts';
import { matchedRule, type RuleParts } from '../../../src/core/matched-rule.ts';
import { bundled, productOf } from '../helpers/dataset.ts';

const dataset = bundled();
const index = compileIndex(dataset.products, dataset.assessments);
const rule = (host: string, path: string, exact = false): RuleParts => ({ host, path, exact });

describe('the rule a detected page fits', () => {
  test.each([
    ['openai-codex', 'https://openai.com/codex/pricing', undefined, rule('openai.com', '/codex')],
    ['openai-codex', 'https://openai.com/de-DE/codex/', undefined, rule('openai.com', '/codex')],
    ['openai-codex', 'https://openai.com/index/introducing-codex/', undefined, rule('openai.com', '/index/*codex*')],
    ['claude-opus-4-8', 'https://www.anthropic.com/', undefined, rule('anthropic.com', '', true)],
    [
      'claude-opus-4-8',
      'https://www.anthropic.com/claude/opus',
      'Claude Opus 4.8',
      rule('anthropic.com', '/claude/opus'),
    ],
    ['langchain', 'https://docs.langchain.com/oss/python', undefined, rule('docs.langchain.com', '')],
    ['langchain', 'https://pypi.org/project/langchain/', undefined, rule('pypi.org', '/project/langchain')],
    ['langchain', 'https://pypi.org/project/langchain-core/', undefined, rule('pypi.org', '/project/langchain-*')],
    ['langchain', 'https://pypi.org/p/langchain-core/', undefined, rule('pypi.org', '/project/langchain-*')],
  ])('%s at %s (page names %s): %o', (productId, url, phrase, parts) => {
    const found = detectAll(index, url, () => (phrase ? { title: `${phrase} | Anthropic` } : {}));
    // The table holds only pages detection gives the product: the rule explains a real decision.
    expect(Array.isArray(found) && found.map((m) => m.productId)).toContain(productId);
    expect(matchedRule(productOf(dataset, productId), url, phrase)).toEqual(parts);
  });
});

describe('no rule', () => {
  test.each<[string, string, string | undefined, string]>([
    ['claude-opus-4-8', 'https://www.anthropic.com/claude/opus', undefined, 'its rule asks for a phrase not named'],
    ['claude-opus-4-8', 'https://www.anthropic.com/claude/opus', 'Claude Sonnet 4.6', 'another product’s phrase'],
    ['claude-opus-4-8', 'https://www.anthropic.com/news', undefined, 'an exact page’s rule fits only that page'],
    ['openai-codex', 'https://openai.com/careers', undefined, 'no rule of the product reaches the path'],
    ['openai-codex', 'https://example.com/codex', undefined, 'another host'],
    ['openai-codex', 'not a url', undefined, 'no address'],
  ])('%s at %s (page names %s): %s', (productId, url, phrase) => {
    expect(matchedRule(productOf(dataset, productId), url, phrase)).toBeUndefined();
  });
});
