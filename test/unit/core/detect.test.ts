import { describe, expect, test, vi } from 'vitest';
import {
  compileIndex,
  detect,
  detectAll,
  namesPhrase,
  ruleLabel,
  type Detection,
  type PageSignals,
} from '../../../src/core/detect.ts';
import { bundled, productOf } from '../helpers/dataset.ts';
import { ALL_PRODUCT_URLS, PRODUCT_IDS, PRODUCT_URLS, type UrlCase } from '../helpers/product-urls.ts';

const dataset = bundled();
const index = compileIndex(dataset.products, dataset.assessments);

function run(url: string, signals: PageSignals = {}): Detection {
  return detect(index, url, () => signals);
}

/** The label of the rule of `productId` that claims `url`, so a failure says which rule to fix. */
function claimingRule(productId: string, url: string, signals: PageSignals = {}): string {
  const product = productOf(dataset, productId);
  const rule = product.match.find(
    (r) => detect(compileIndex([{ id: productId, match: [r] }]), url, () => signals).kind === 'match',
  );
  return rule ? ruleLabel(rule) : '(no single rule: see the detection reason)';
}

/** The ids detectAll finds, sorted; [] for no match. */
function allIds(url: string, signals: PageSignals = {}): string[] {
  const all = detectAll(index, url, () => signals);
  return Array.isArray(all) ? all.map((m) => m.productId).sort() : [];
}

/**
 * "fix the match rule X of product Y" when a URL is detected as the wrong product (or as one at all).
 * `alsoOk`: products the page is equally about (a vendor's home page), any of which detect() may name first.
 */
function verdict(url: string, expected: string | null, signals?: PageSignals, alsoOk: string[] = []): string {
  const got = run(url, signals);
  const gotId = got.kind === 'match' ? got.productId : null;
  if (gotId === expected || (gotId !== null && alsoOk.includes(gotId))) return 'ok';
  if (gotId === null) return `${url}: expected ${expected}, got ${got.kind} (${got.reason})`;
  return `${url}: expected ${expected ?? 'no product'}, got ${gotId} (${got.reason}): fix the match rule "${claimingRule(gotId, url, signals)}" of product ${gotId}`;
}

describe('every product is recognised on its own URLs', () => {
  test.each(PRODUCT_IDS.map((id) => [id, PRODUCT_URLS.get(id)?.length ?? 0] as const))(
    '%s has a table of %i URLs',
    (_id, count) => {
      expect(count).toBeGreaterThanOrEqual(5);
    },
  );

  test.each(ALL_PRODUCT_URLS.map((c) => [`${c.productId} ← ${c.url} (${c.how})`, c] as const))(
    '%s',
    (_name, { url, productId, signals, sharedWith }: UrlCase) => {
      expect(verdict(url, productId, signals, sharedWith)).toBe('ok');
      expect(allIds(url, signals), `detectAll(${url}) should name exactly the products the page is about`).toEqual(
        [productId, ...sharedWith].sort(),
      );
    },
  );
});

describe('cross-negatives: no URL of another product is recognised as this one', () => {
  test.each(PRODUCT_IDS)('%s claims no other product’s URL', (id) => {
    const stolen = ALL_PRODUCT_URLS.filter((c) => c.productId !== id && !c.sharedWith.includes(id))
      .filter((c) => {
        const got = run(c.url, c.signals);
        return got.kind === 'match' && got.productId === id;
      })
      .map(
        (c) =>
          `${c.url} (${c.how}): expected ${c.productId}, got ${id}: fix the match rule "${claimingRule(id, c.url, c.signals)}" of product ${id}`,
      );
    expect(stolen).toEqual([]);
  });
});

describe('explicit cases', () => {
  test.each([
    ['https://openai.com/codex/', 'openai-codex'],
    ['https://openai.com/index/gpt-4-1/', 'gpt-4-1'],
    ['https://openai.com/index/introducing-codex/', 'openai-codex'],
    ['https://aws.amazon.com/bedrock/agents/', 'amazon-bedrock-agents'],
    ['https://github.com/langchain-ai/langchain', 'langchain'],
    ['https://github.com/langchain-ai/langchainjs/pulls', 'langchain'],
    ['https://github.com/openai/codex', 'openai-codex'],
    ['https://github.com/openai/codex/tree/main/codex-rs', 'openai-codex'],
    ['https://www.npmjs.com/package/@openai/codex', 'openai-codex'],
    ['https://openai.com./codex/', 'openai-codex'],
    // Codex's manual moved to learn.chatgpt.com/docs (developers.openai.com/codex/... redirects there), without /codex.
    ['https://learn.chatgpt.com/docs/config-file/config-reference', 'openai-codex'],
    ['https://learn.chatgpt.com/docs/extend/mcp?surface=cli', 'openai-codex'],
    ['https://learn.chatgpt.com/docs', 'openai-codex'],
    ['https://platform.openai.com/docs/codex/cli#model-context-protocol-mcp', 'openai-codex'],
    ['https://www.npmjs.com/package/@openai/codex-sdk', 'openai-codex'],
    ['https://developers.openai.com/blog/run-long-horizon-tasks-with-codex', 'openai-codex'],
    // ai.pydantic.dev now redirects to pydantic.dev/docs/ai, where Pydantic AI's docs are published.
    ['https://pydantic.dev/docs/ai/overview/', 'pydantic-ai'],
    ['https://pydantic.dev/docs/ai/core-concepts/agent/#streaming', 'pydantic-ai'],
    // A model's system card is about that model alone.
    ['https://www.anthropic.com/claude-sonnet-4-6-system-card', 'claude-sonnet-4-6'],
    ['https://anthropic.com/claude-opus-4-8-system-card', 'claude-opus-4-8'],
    ['https://docs.aws.amazon.com/bedrock/latest/userguide/agent-computer-use.html', 'amazon-bedrock-agents'],
    [
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-bedrock-agent.html',
      'amazon-bedrock-agents',
    ],
    [
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-bedrock-agent-actiongroupexecutor.html',
      'amazon-bedrock-agents',
    ],
  ])('%s is %s', (url, productId) => {
    expect(verdict(url, productId)).toBe('ok');
  });

  test.each([
    'https://openai.com/careers',
    'https://openai.com/',
    'https://openai.com/codexes',
    'https://openai.com/codex-pricing',
    'https://openai.com/index/gpt-4-1-mini/',
    'https://aws.amazon.com/s3/',
    'https://aws.amazon.com/bedrock/',
    'https://aws.amazon.com/bedrock/agentcore/',
    'https://github.com/openai/whisper',
    'https://github.com/openai/codex-universal',
    'https://github.com/langchain-ai',
    'https://github.com/',
    'https://openai.com.evil.example/codex/',
    'https://notopenai.com/codex/',
    'https://langchain.com.attacker.io/',
    'https://github.com.evil.example/openai/codex',
    'https://openai.com@evil.example/codex/',
    'https://evil.example/openai.com/codex/',
    'https://example.com/',
    'https://www.anthropic.com/careers',
    'https://www.anthropic.com/news',
    'https://ai.google.dev/gemini-api/docs',
    'https://www.llama.com/docs/overview/',
    'https://developers.openai.com/blog/eval-skills',
    'https://pydantic.dev/docs/ai/harness/coder/',
    'https://pydantic.dev/docs/logfire/instrument/sampling/',
    'https://www.anthropic.com/claude-sonnet-4-5-system-card',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-bedrock-knowledgebase.html',
  ])('%s is no product', (url) => {
    expect(verdict(url, null)).toBe('ok');
  });

  test('a vendor’s home page is equally about every product it hosts: detectAll names them all', () => {
    expect(allIds('https://www.anthropic.com/')).toEqual(['claude-opus-4-8', 'claude-sonnet-4-6']);
    const home = run('https://www.anthropic.com/');
    // Claude Sonnet 4.6 has three captured ratings, Claude Opus 4.8 none: the page opens on Sonnet.
    expect(home.kind === 'match' ? home.productId : home.kind).toBe('claude-sonnet-4-6');
    expect(
      allIds('https://www.anthropic.com/claude/opus', { title: 'Claude Opus 4.8' }),
      'a product page is about its product alone',
    ).toEqual(['claude-opus-4-8']);
  });

  test.each([
    'chrome://extensions/',
    'file:///home/me/codex.html',
    'about:blank',
    'javascript:alert(1)',
    'ftp://openai.com/codex/',
    'not a url',
    '',
  ])('%j is an invalid URL for detection', (url) => {
    expect(run(url).kind).toBe('invalid-url');
  });
});

describe('page signals: the URL alone is not enough on a section shared by several models', () => {
  const OPUS = 'https://www.anthropic.com/claude/opus';

  test.each<[string, PageSignals, string | null]>([
    ['title names it', { title: 'Claude Opus 4.8 \\ Anthropic' }, 'claude-opus-4-8'],
    ['og:title names it', { title: 'Anthropic', meta: ['Claude Opus 4.8'] }, 'claude-opus-4-8'],
    ['title in capitals', { title: 'CLAUDE OPUS 4.8' }, 'claude-opus-4-8'],
    ['an older version', { title: 'Claude Opus 4.7 \\ Anthropic' }, null],
    ['a longer version number', { title: 'Claude Opus 4.85' }, null],
    ['a variant name', { title: 'Claude Opus 4.8-mini' }, null],
    ['no title at all', {}, null],
    ['only the body would say it (not read)', { title: 'Claude' }, null],
  ])('%s', (_what, signals, expected) => {
    expect(verdict(OPUS, expected, signals)).toBe('ok');
  });

  test('a signals match says how it was found, with medium confidence', () => {
    expect(run(OPUS, { title: 'Claude Opus 4.8' })).toMatchObject({
      kind: 'match',
      via: 'signals',
      confidence: 'medium',
    });
    expect(run('https://openai.com/codex/')).toMatchObject({ kind: 'match', via: 'url', confidence: 'high' });
  });

  test.each([
    [OPUS, { title: 'Claude Opus 4.8' }],
    [OPUS, { title: 'Claude Opus 4.7' }],
  ])('readSignals is called exactly once when the URL leaves a choice: %s', (url, signals) => {
    const readSignals = vi.fn(() => signals);
    detect(index, url, readSignals);
    expect(readSignals).toHaveBeenCalledTimes(1);
  });

  test.each([
    'https://openai.com/codex/',
    'https://openai.com/careers',
    'https://www.anthropic.com/',
    'https://www.anthropic.com/news/claude-opus-4-8',
    'https://github.com/langchain-ai/langchain',
    'https://example.com/',
    'chrome://newtab/',
  ])('readSignals is not called when the URL alone decides: %s', (url) => {
    const readSignals = vi.fn(() => ({ title: 'Claude Opus 4.8' }));
    detect(index, url, readSignals);
    expect(readSignals).not.toHaveBeenCalled();
  });
});

describe('page signals never add a product the URL does not name', () => {
  // A canonical link or title naming a rated product used to rate an unrelated page as that product.
  test.each([
    ['https://openai.com/index/a-launch-post/', { title: 'Codex', meta: ['OpenAI Codex'] }],
    ['https://openai.com/careers', { title: 'GPT-4.1 careers' }],
    ['https://github.com/someone/fork-of-everything', { title: 'langchain-ai/langchain: LangChain' }],
    ['https://pypi.org/project/not-langchain/', { title: 'langchain · PyPI', meta: ['LangChain / LangGraph'] }],
    [
      'https://huggingface.co/someone/Llama-3.1-70B-copy',
      { title: 'meta-llama/Llama-3.1-70B', meta: ['Llama 3.1 70B'] },
    ],
  ])('%s is no product, whatever the page says', (url, signals) => {
    expect(verdict(url, null, signals)).toBe('ok');
  });
});

describe('namesPhrase: a phrase counts only as a whole name', () => {
  test.each([
    ['Claude Opus 4.8', 'claude opus 4.8', true],
    ['Introducing Claude Opus 4.8 | Anthropic', 'claude opus 4.8', true],
    ['Meet Claude Opus 4.8.', 'claude opus 4.8', true],
    ['(Claude Opus 4.8)', 'claude opus 4.8', true],
    ['CLAUDE OPUS 4.8', 'claude opus 4.8', true],
    ['Gemini 1.5 Pro—now generally available', 'gemini 1.5 pro', true],
    ['GPT-4.1-mini and GPT-4.1', 'gpt-4.1', true],
    ['Claude Opus 4.85', 'claude opus 4.8', false],
    ['Claude Opus 4.8.1', 'claude opus 4.8', false],
    ['Claude Opus 4.8-mini', 'claude opus 4.8', false],
    ['Claude Opus 4.7', 'claude opus 4.8', false],
    ['NewClaude Opus 4.8', 'claude opus 4.8', false],
    ['pre-Claude Opus 4.8', 'claude opus 4.8', false],
    ['GPT-4.10', 'gpt-4.1', false],
    ['GPT-4.1-mini', 'gpt-4.1', false],
    ['', 'gpt-4.1', false],
  ])('%j names %j: %s', (text, phrase, expected) => {
    expect(namesPhrase(text, phrase)).toBe(expected);
  });

  // The doc comment's own example spells the phrase "GPT-4.1"; the index lower-cases phrases, direct callers may not.
  test('a phrase written with capitals (as in its doc comment) is still found', () => {
    expect(namesPhrase('Introducing GPT-4.1 in the API', 'GPT-4.1')).toBe(true);
  });
});
