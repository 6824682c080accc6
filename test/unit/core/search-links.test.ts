/**
 * Search result marks in the pure core: where a result link really leads (each engine's redirect unwrapped) and
 * which rated products that address is about, by the detection engine over the published rules.
 */
import { describe, expect, test } from 'vitest';
import { compileIndex } from '../../../src/core/detect.ts';
import { ratedProductsAt, resultTarget, searchOrigins, searchResultPatterns } from '../../../src/core/search-links.ts';
import { bundled } from '../helpers/dataset.ts';

const b64url = (text: string) => Buffer.from(text).toString('base64url');

describe('resultTarget unwraps each engine’s redirect', () => {
  test.each([
    ['a direct link', 'https://openai.com/codex/', 'https://openai.com/codex/'],
    [
      'Google /url?q=',
      'https://www.google.com/url?q=https://openai.com/codex/&sa=U&ved=2a',
      'https://openai.com/codex/',
    ],
    [
      'Google /url?url= (encoded), on google.de',
      'https://www.google.de/url?url=https%3A%2F%2Fwww.anthropic.com%2Fclaude%2Fsonnet&sa=t',
      'https://www.anthropic.com/claude/sonnet',
    ],
    ['Google on google.co.uk', 'https://www.google.co.uk/url?q=https://www.crewai.com/', 'https://www.crewai.com/'],
    [
      'Bing /ck/a?u=a1<base64url>',
      `https://www.bing.com/ck/a?!&&p=9f&ptn=3&u=a1${b64url('https://www.crewai.com/')}&ntb=1`,
      'https://www.crewai.com/',
    ],
    [
      'Bing, base64url with - and _ and no padding',
      `https://www.bing.com/ck/a?u=a1${b64url('https://example.org/?q=ü~~>>')}`,
      'https://example.org/?q=%C3%BC~~%3E%3E',
    ],
    [
      'DuckDuckGo /l/?uddg=',
      'https://duckduckgo.com/l/?uddg=https%3A%2F%2Fhaystack.deepset.ai%2F&rut=5e',
      'https://haystack.deepset.ai/',
    ],
    [
      'a redirect inside a redirect',
      `https://www.google.com/url?q=${encodeURIComponent('https://duckduckgo.com/l/?uddg=https%3A%2F%2Fopenai.com%2Fcodex%2F')}`,
      'https://openai.com/codex/',
    ],
    [
      'a Google path that is not the redirect',
      'https://www.google.com/search?q=https://openai.com/codex/',
      'https://www.google.com/search?q=https://openai.com/codex/',
    ],
    [
      'a look-alike host is not unwrapped',
      'https://google.evil.example/url?q=https://openai.com/codex/',
      'https://google.evil.example/url?q=https://openai.com/codex/',
    ],
    [
      'a host ending in google.com is not Google',
      'https://www.notgoogle.com/url?q=https://openai.com/codex/',
      'https://www.notgoogle.com/url?q=https://openai.com/codex/',
    ],
    ['Google on google.com.au', 'https://www.google.com.au/url?q=https://www.crewai.com/', 'https://www.crewai.com/'],
    ['a plain http link', 'http://example.org/page', 'http://example.org/page'],
    [
      'a Bing address without its a1 prefix',
      `https://www.bing.com/ck/a?u=a2${b64url('https://www.crewai.com/')}`,
      `https://www.bing.com/ck/a?u=a2${b64url('https://www.crewai.com/')}`,
    ],
    ['a Bing redirect without an address', 'https://www.bing.com/ck/a?p=9f', 'https://www.bing.com/ck/a?p=9f'],
    [
      'a Bing address that is not UTF-8',
      `https://www.bing.com/ck/a?u=a1${Buffer.from([0x68, 0xff, 0xfe]).toString('base64url')}`,
      `https://www.bing.com/ck/a?u=a1${Buffer.from([0x68, 0xff, 0xfe]).toString('base64url')}`,
    ],
    [
      'Bing’s u parameter off its redirect path',
      `https://www.bing.com/search?u=a1${b64url('https://www.crewai.com/')}`,
      `https://www.bing.com/search?u=a1${b64url('https://www.crewai.com/')}`,
    ],
    [
      'the redirect path on a host that is not Bing',
      `https://example.org/ck/a?u=a1${b64url('https://www.crewai.com/')}`,
      `https://example.org/ck/a?u=a1${b64url('https://www.crewai.com/')}`,
    ],
    [
      'DuckDuckGo /l/ on its html host',
      'https://html.duckduckgo.com/l/?uddg=https%3A%2F%2Fhaystack.deepset.ai%2F',
      'https://haystack.deepset.ai/',
    ],
    [
      'DuckDuckGo’s uddg off its redirect path',
      'https://duckduckgo.com/?q=x&uddg=https%3A%2F%2Fhaystack.deepset.ai%2F',
      'https://duckduckgo.com/?q=x&uddg=https%3A%2F%2Fhaystack.deepset.ai%2F',
    ],
    [
      'the /l/ path on a host that is not DuckDuckGo',
      'https://example.org/l/?uddg=https%3A%2F%2Fhaystack.deepset.ai%2F',
      'https://example.org/l/?uddg=https%3A%2F%2Fhaystack.deepset.ai%2F',
    ],
  ])('%s', (_name, href, want) => {
    expect(resultTarget(href)).toBe(want);
  });

  test.each([
    ['a script link', 'javascript:alert(1)'],
    ['not a URL', 'not a url'],
    ['a redirect to a script', 'https://www.google.com/url?q=javascript:alert(1)'],
    ['a redirect to nothing parseable', 'https://duckduckgo.com/l/?uddg=%%%'],
  ])('%s leads nowhere', (_name, href) => {
    expect(resultTarget(href)).toBeNull();
  });

  test('three wrappers deep are unwrapped; a fourth stays a wrapper, which no rated product lives at', () => {
    const wrap = (url: string) => `https://www.google.com/url?q=${encodeURIComponent(url)}`;
    const three = wrap(wrap(wrap('https://openai.com/codex/')));
    expect(resultTarget(three)).toBe('https://openai.com/codex/');
    expect(resultTarget(wrap(three))).toBe(new URL(wrap('https://openai.com/codex/')).href);
  });

  test('a Bing redirect that does not decode stays the redirect, which no rated product lives at', () => {
    const href = 'https://www.bing.com/ck/a?u=a1%%%not-base64';
    expect(resultTarget(href)).toBe(new URL(href).href);
  });
});

describe('ratedProductsAt uses the detection engine over one host’s published rules', () => {
  const index = compileIndex(bundled().products);
  const at = (url: string, title = '') =>
    ratedProductsAt(index.records.get(new URL(url).hostname.replace(/^www\./, '')), url, title);

  test.each([
    ['a product page', 'https://openai.com/codex/', '', ['openai-codex']],
    ['a repository', 'https://github.com/langchain-ai/langchain', '', ['langchain']],
    ['a localized docs page', 'https://learn.microsoft.com/en-us/semantic-kernel/overview/', '', ['semantic-kernel']],
    ['a rated host, another path', 'https://openai.com/careers/', '', []],
    ['a shared host, an unrated project', 'https://github.com/openai/whisper', '', []],
    [
      'a page that needs its words, named in the result title',
      'https://www.anthropic.com/claude/sonnet',
      'Claude Sonnet 4.6 \\ Anthropic',
      ['claude-sonnet-4-6'],
    ],
    ['the same page, a title that does not name it', 'https://www.anthropic.com/claude/sonnet', 'Anthropic', []],
  ])('%s', (_name, url, title, want) => {
    expect(at(url, title)).toEqual(want);
  });

  test('a vendor home page about several rated products gives all of them', () => {
    expect(at('https://www.anthropic.com/').sort()).toEqual(['claude-opus-4-8', 'claude-sonnet-4-6']);
  });

  test('no rules for the host, or not an address: nothing', () => {
    expect(ratedProductsAt(undefined, 'https://example.org/', 'CrewAI')).toEqual([]);
    expect(ratedProductsAt(index.records.get('openai.com'), 'not a url', '')).toEqual([]);
  });
});

describe('where the marks may run', () => {
  test('the hosts asked for are the engines’ own, https only, never all sites', () => {
    const origins = searchOrigins();
    expect(origins).toContain('https://www.google.com/*');
    expect(origins).toContain('https://www.bing.com/*');
    expect(origins).toContain('https://duckduckgo.com/*');
    for (const origin of origins) expect(origin).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+\/\*$/);
  });

  test('the script is registered on exactly the result pages of Google’s hosts, Bing and DuckDuckGo', () => {
    expect(searchResultPatterns()).toEqual([
      ...['com', 'co.uk', 'ca', 'de', 'at', 'ch', 'fr', 'be'].map((tld) => `https://www.google.${tld}/search?*`),
      'https://www.bing.com/search?*',
      'https://duckduckgo.com/?*',
      'https://html.duckduckgo.com/html*',
    ]);
  });

  test('the script runs on result pages only, each on a host the setting asks for', () => {
    const origins = new Set(searchOrigins().map((o) => o.slice(0, -1)));
    for (const pattern of searchResultPatterns()) {
      expect(
        [...origins].some((o) => pattern.startsWith(o)),
        pattern,
      ).toBe(true);
      expect(pattern).toMatch(/\/(search\?|\?|html)\*$/);
    }
    expect(searchResultPatterns()).toHaveLength(searchOrigins().length);
  });
});
