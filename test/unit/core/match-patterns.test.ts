import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { compileIndex, detect } from '../../../src/core/detect.ts';
import {
  ALL_SITES,
  hostPermissions,
  MANIFEST_PATTERN_LIMIT,
  manifestPatterns,
  matchPatterns,
  PATHS_PER_HOST,
} from '../../../src/core/match-patterns.ts';
import type { Product } from '../../../src/core/model.ts';
import { bundled } from '../helpers/dataset.ts';
import { chromeMatches } from '../helpers/chrome-match.ts';
import { ALL_PRODUCT_URLS } from '../helpers/product-urls.ts';

describe('the test’s own matcher follows Chrome', () => {
  test.each([
    ['*://openai.com/*', 'https://openai.com/codex/', true],
    ['*://openai.com/*', 'http://openai.com/', true],
    ['*://openai.com/*', 'ftp://openai.com/', false],
    ['*://openai.com/*', 'https://www.openai.com/', false],
    ['*://github.com/openai/codex*', 'https://github.com/openai/codex/issues/1?x=1#y', true],
    ['*://github.com/openai/codex*', 'https://github.com/openai/whisper', false],
    ['*://github.com/openai/codex*', 'https://github.com/OpenAI/codex', false],
    ['*://aws.amazon.com/*/bedrock/agents*', 'https://aws.amazon.com/de/bedrock/agents/', true],
    ['https://openai.com/*', 'http://openai.com/', false],
  ])('%s on %s: %s', (pattern, url, expected) => {
    expect(chromeMatches(pattern, url)).toBe(expected);
  });
});

const dataset = bundled();
const patterns = matchPatterns(dataset.products);
const index = compileIndex(dataset.products);

describe('the content script is injected wherever detection fires', () => {
  test.each(ALL_PRODUCT_URLS.map((c) => [`${c.productId}: ${c.url} (${c.how})`, c] as const))(
    '%s',
    (_name, { url, productId, signals, sharedWith }) => {
      const found = detect(index, url, () => signals ?? {});
      const named = found.kind === 'match' ? found.productId : found.kind;
      expect([productId, ...sharedWith], `detection itself should recognise ${url} as ${productId}`).toContain(named);
      const covering = patterns.filter((p) => chromeMatches(p, url));
      // Detection (and the command line) still recognise a plain-http address; PSF Lens does not run there.
      if (url.startsWith('http:')) {
        expect(covering, `${url} is http:`).toEqual([]);
        return;
      }
      expect(
        covering,
        `${url} is recognised as ${productId} but no content-script pattern covers it, so the badge never shows there; patterns on that host: ${patterns.filter((p) => p.includes(new URL(url).hostname)).join(', ') || 'none'}`,
      ).not.toEqual([]);
    },
  );
});

describe('PSF Lens never asks for every site', () => {
  test('there are patterns at all', () => {
    expect(patterns.length).toBeGreaterThan(10);
  });

  test.each(patterns)('%s is scoped to one exact host', (pattern) => {
    expect(pattern).not.toBe('<all_urls>');
    expect(pattern).not.toMatch(/^\*:\/\/\*\//);
    const host = /^[^:]+:\/\/([^/]+)\//.exec(pattern)?.[1];
    expect(host, `${pattern} has no host part`).toBeDefined();
    expect(host, `${pattern} has a wildcard host`).not.toContain('*');
  });

  test.each(patterns.filter((p) => /:\/\/(www\.)?github\.com\//.test(p)))(
    '%s is scoped to an owner/repo path',
    (pattern) => {
      const path = pattern.replace(/^[^:]+:\/\/[^/]+/, '');
      expect(path).toMatch(/^\/[^/*]+\/[^/*]+\*$/);
    },
  );

  test('a github.com pattern exists for every github.com rule, and none for the whole of GitHub', () => {
    expect(patterns).not.toContain('https://github.com/*');
    expect(patterns.filter((p) => p.startsWith('https://github.com/')).length).toBeGreaterThanOrEqual(5);
  });
});

describe('host permissions: each host once, whole, as browsers grant them', () => {
  const hosts = hostPermissions(patterns);
  const hostOf = (pattern: string) => new URL(pattern.replace(/\*/g, 'x')).host;

  test('one pattern a host, for the whole host, covering the host of every content-script pattern', () => {
    expect(new Set(patterns.map(hostOf))).toEqual(new Set(hosts.map(hostOf)));
    for (const host of hosts) expect(host).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
    expect(hosts.length).toBeLessThan(patterns.length);
  });

  test('paths and duplicates fold into their host; every site stays every site', () => {
    expect(
      hostPermissions([
        'https://github.com/openai/codex*',
        'https://github.com/langchain-ai/langchain*',
        'https://aws.amazon.com/*/bedrock/agents*',
        'https://openai.com/*',
      ]),
    ).toEqual(['https://aws.amazon.com/*', 'https://github.com/*', 'https://openai.com/*']);
    expect(hostPermissions([ALL_SITES])).toEqual([ALL_SITES]);
  });
});

describe('patterns follow the rules: removing a rule removes its pattern', () => {
  function without(productId: string, pick: (rule: Product['match'][number]) => boolean): Product[] {
    return bundled().products.map((p) => (p.id === productId ? { ...p, match: p.match.filter((r) => !pick(r)) } : p));
  }

  test.each([
    ['openai-codex', 'chatgpt.com', ['https://chatgpt.com/codex*']],
    ['crewai', 'github.com', ['https://github.com/crewAIInc/crewAI*']],
    ['crewai', 'crewai.com', ['https://crewai.com/*', 'https://www.crewai.com/*']],
    ['dspy', 'dspy.ai', ['https://dspy.ai/*', 'https://www.dspy.ai/*']],
    [
      'semantic-kernel',
      'learn.microsoft.com',
      ['https://learn.microsoft.com/semantic-kernel*', 'https://learn.microsoft.com/*/semantic-kernel*'],
    ],
    ['llama-3-1-70b', 'huggingface.co', ['https://huggingface.co/meta-llama/Llama-3.1-70B*']],
  ])('without the %s rule on %s, its patterns %j go', (productId, host, gone) => {
    const before = matchPatterns(dataset.products);
    const after = matchPatterns(without(productId, (r) => r.host === host));
    const removed = before.filter((p) => !after.includes(p));
    expect(
      removed.some((p) => gone.includes(p)),
      `expected one of ${gone.join(', ')} among the removed ${removed.join(', ')}`,
    ).toBe(true);
    expect(after.filter((p) => gone.includes(p))).toEqual([]);
    expect(
      after.filter((p) => !before.includes(p)),
      'removing a rule must not add patterns',
    ).toEqual([]);
  });

  test('a host shared with another product keeps its pattern when one product’s rule goes', () => {
    const after = matchPatterns(without('openai-codex', (r) => r.host === 'openai.com'));
    expect(after).toContain('https://openai.com/*'); // gpt-4-1 still lives there
  });

  test('every pattern is https: only (a vendor page over plain http is not one PSF Lens vouches for)', () => {
    expect(patterns.filter((p) => !p.startsWith('https://'))).toEqual([]);
  });

  test('no products, no patterns', () => {
    expect(matchPatterns([])).toEqual([]);
  });
});

describe('patterns at scale', () => {
  /** The rule as first written: every pattern compared with every other (quadratic). */
  function naive(patterns: string[]): string[] {
    const prefixes = patterns.filter((p) => p.endsWith('*')).map((p) => p.slice(0, -1));
    return patterns.filter((p) => !prefixes.some((prefix) => p !== `${prefix}*` && p.startsWith(prefix))).sort();
  }
  const product = (paths: string[]): Pick<Product, 'match'> => ({
    match: paths.map((path) => ({ host: 'github.com', path })),
  });

  test('a pattern another one already covers is dropped, exactly as comparing every pair would', () => {
    const segment = fc.constantFrom('/a', '/ab', '/b', '/a-b', '/x');
    const path = fc.array(segment, { minLength: 1, maxLength: 3 }).map((segments) => segments.join(''));
    fc.assert(
      fc.property(fc.array(path), (paths) => {
        const all = paths.map((p) => `https://github.com${p}*`);
        expect(matchPatterns(paths.map((p) => product([p])))).toEqual(naive([...new Set(all)]));
      }),
    );
  });

  test('10,000 products on one shared host: one pattern for the whole host, in under 3 s', () => {
    const products = Array.from({ length: 10_000 }, (_, i) => product([`/org${i}/agent`, `/org${i}/tools`]));
    const started = performance.now();
    expect(matchPatterns(products)).toEqual(['https://github.com/*']);
    // Under mutation testing's instrumentation the clock measures the instrumentation; Stryker's own time limit
    // catches a change that makes this slow there.
    if (!process.env.PSF_LENS_MUTATION) expect(performance.now() - started).toBeLessThan(3000);
  });

  test.each([
    [PATHS_PER_HOST, PATHS_PER_HOST],
    [PATHS_PER_HOST + 1, 1],
  ])('%i paths on a shared host: %i patterns', (count, expected) => {
    const products = Array.from({ length: count }, (_, i) => product([`/org${i}/agent`]));
    const found = matchPatterns([...products, { match: [{ host: 'pypi.org', path: '/project/x' }] }]);
    expect(found.filter((p) => p.startsWith('https://github.com/'))).toHaveLength(expected);
    expect(found, 'another host keeps its own paths').toContain('https://pypi.org/project/x*');
  });

  test('a localized host counts each localized copy against the bound', () => {
    const paths = Array.from({ length: PATHS_PER_HOST / 2 + 1 }, (_, i) => ({
      host: 'aws.amazon.com',
      path: `/p${i}`,
    }));
    expect(matchPatterns([{ match: paths }])).toEqual(['https://aws.amazon.com/*']);
  });

  const vendors = (count: number) =>
    Array.from({ length: count }, (_, i) => ({ match: [{ host: `docs.vendor${i}.example` }] }));

  test.each([
    [MANIFEST_PATTERN_LIMIT, MANIFEST_PATTERN_LIMIT],
    [MANIFEST_PATTERN_LIMIT + 1, 1],
  ])('%i patterns: the manifest lists %i', (count, listed) => {
    const found = manifestPatterns(vendors(count));
    expect(found).toHaveLength(listed);
    expect(found.includes(ALL_SITES)).toBe(listed === 1);
  });

  test('past the limit, the one pattern is every https page, as the browser reads it', () => {
    expect(manifestPatterns(vendors(MANIFEST_PATTERN_LIMIT + 1))).toEqual(['https://*/*']);
  });

  test('the bundled dataset is far below the limit: its manifest names each place PSF Lens runs', () => {
    expect(manifestPatterns(dataset.products)).toEqual(patterns);
    expect(patterns.length * 1.5).toBeLessThan(MANIFEST_PATTERN_LIMIT);
  });
});
