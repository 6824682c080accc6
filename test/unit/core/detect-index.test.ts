// The path-trie index answers exactly as trying every rule would, however many products share a host.
import { describe, expect, test } from 'vitest';
import {
  compileIndex,
  detectAll,
  hostIndex,
  pathMatches,
  type CompiledRule,
  type DetectionIndex,
} from '../../../src/core/detect.ts';
import type { Product } from '../../../src/core/model.ts';
import { bundled } from '../helpers/dataset.ts';

/** The reference: every rule of the host tried, in match order. */
function linear(products: readonly Product[]): DetectionIndex {
  const { byHost } = compileIndex(products);
  const all: CompiledRule[] = [...byHost.values()].flat();
  return {
    hasHost: (host) => all.some((r) => r.host === host),
    // Every rule of the host tried, in match order.
    rulesFor: (page) => (byHost.get(page.host) ?? []).filter((rule) => pathMatches(rule, page)),
  };
}

const crowd: Product[] = Array.from({ length: 2000 }, (_, i) => ({
  id: `p${i}`,
  name: `P${i}`,
  vendor: 'V',
  category: 'c',
  homepage: 'https://x.example/',
  match: [
    { host: 'github.com', path: `/org${i % 50}/repo${i}` },
    { host: 'docs.shared.example', path: `/p${i % 100}` },
    ...(i % 10 === 0 ? [{ host: 'docs.shared.example', path: `/p${i % 100}/deep${i}` }] : []),
    ...(i % 7 === 0 ? [{ host: `own${i}.example` }] : []),
  ],
}));

const outcome = (index: DetectionIndex, url: string) => {
  const found = detectAll(index, url);
  return Array.isArray(found) ? found.map((m) => `${m.productId} ${m.reason}`) : found.kind;
};

describe('trie and linear scan agree', () => {
  const products = [...bundled().products, ...crowd];
  const trie = compileIndex(products);
  const reference = linear(products);
  const urls = [
    ...crowd
      .slice(0, 300)
      .flatMap((p, i) => [
        `https://github.com/org${i % 50}/repo${i}/issues/3`,
        `https://github.com/org${i % 50}/repo${i}x`,
        `https://docs.shared.example/p${i % 100}/deep${i}/more`,
        `https://docs.shared.example/en-us/p${i % 100}`,
        `https://own${i}.example/`,
      ]),
    ...bundled().products.flatMap((p) => p.match.map((r) => `https://${r.host}${r.path ?? '/'}`)),
  ];
  test.each(urls.map((u) => [u]))('%s', (url) => {
    expect(outcome(trie, url)).toEqual(outcome(reference, url));
  });
});

test('a host index over stored rules answers as the full index does for that host', () => {
  const full = compileIndex(bundled().products);
  const rules = full.byHost.get('openai.com') ?? [];
  const one = hostIndex('openai.com', rules);
  for (const url of [
    'https://openai.com/codex/',
    'https://openai.com/index/gpt-4-1/',
    'https://openai.com/careers',
    'https://openai.com/ja-JP/codex',
  ]) {
    expect(outcome(one, url)).toEqual(outcome(full, url));
  }
  expect(outcome(one, 'https://github.com/openai/codex')).toBe('no-match');
});

describe('neighbours of a rated product are not it', () => {
  test.each([
    ['https://platform.openai.com/docs/models/gpt-4.1-mini', 'gpt-4-1'],
    ['https://www.anthropic.com/news/claude-opus-4-7', 'claude-opus-4-8'],
    ['https://pypi.org/project/langchain-community/', 'langchain'],
    ['https://www.npmjs.com/package/langchainjs-tools', 'langchain'],
    ['https://github.com/openai/codex-universal', 'openai-codex'],
    ['https://github.com/microsoft/autogen-studio-fork', 'autogen'],
    ['https://aws.amazon.com/bedrock/', 'amazon-bedrock-agents'],
  ])('%s is not %s', (url, productId) => {
    const found = detectAll(compileIndex(bundled().products), url);
    expect(Array.isArray(found) ? found.map((m) => m.productId) : []).not.toContain(productId);
  });
});
