// How detection reads a page's address (and a rule's path, read the same way): the host as it compares hosts,
// and the path segments as it compares them.
import { describe, expect, test } from 'vitest';
import { bareHost, isLocaleSegment, pageSegments, parsePageUrl, pathSegments } from '../../../src/core/url.ts';

describe('bareHost: lower case, no trailing dot, no leading www.', () => {
  test.each([
    ['WWW.Vendor.EXAMPLE', 'vendor.example'],
    ['vendor.example.', 'vendor.example'],
    ['www.vendor.example.', 'vendor.example'],
    ['www2.vendor.example', 'www2.vendor.example'],
    ['docs.www.vendor.example', 'docs.www.vendor.example'],
    ['wwwvendor.example', 'wwwvendor.example'],
  ])('%s → %s', (host, bare) => {
    expect(bareHost(host)).toBe(bare);
  });
});

describe('pathSegments: lower-case, decoded, non-empty', () => {
  test.each([
    ['/', []],
    ['', []],
    ['//Acme//Agent/', ['acme', 'agent']],
    ['/%41gent', ['agent']],
    ['/caf%C3%A9', ['café']],
    ['/100%', ['100%']],
    ['/%zz/a', ['%zz', 'a']],
  ])('%j → %j', (path, segments) => {
    expect(pathSegments(path)).toEqual(segments);
  });
});

describe('pageSegments: a doc page’s renderings are one page; a package index folds names', () => {
  test.each([
    ['vendor.example', '/guide/agents.html', ['guide', 'agents']],
    ['vendor.example', '/guide/agents.HTM', ['guide', 'agents']],
    ['vendor.example', '/guide/agents.md', ['guide', 'agents']],
    ['vendor.example', '/guide/agents.mdx', ['guide', 'agents']],
    ['vendor.example', '/guide/agents.pdf', ['guide', 'agents.pdf']],
    ['vendor.example', '/guide/agents.html5', ['guide', 'agents.html5']],
    ['vendor.example', '/guide/agents.html/more', ['guide', 'agents.html', 'more']],
    ['vendor.example', '/llama_index/v1.2', ['llama_index', 'v1.2']],
    ['pypi.org', '/project/Llama__Index.core/', ['project', 'llama-index-core']],
    ['test.pypi.org', '/project/a_b', ['project', 'a-b']],
    ['notpypi.org', '/project/a_b', ['project', 'a_b']],
    ['pypi.org.example', '/project/a_b', ['project', 'a_b']],
  ])('on %s, %s → %j', (host, path, segments) => {
    expect(pageSegments(host, path)).toEqual(segments);
  });
});

describe('parsePageUrl: http(s) addresses only', () => {
  test.each([
    [
      ' https://WWW.Vendor.example./Docs/Agents.html?q=1#top ',
      { host: 'vendor.example', segments: ['docs', 'agents'] },
    ],
    ['http://vendor.example', { host: 'vendor.example', segments: [] }],
    ['https://pypi.org/project/Llama_Index/', { host: 'pypi.org', segments: ['project', 'llama-index'] }],
    ['ftp://vendor.example/a', null],
    ['file:///home/a.html', null],
    ['chrome://extensions', null],
    ['not a url', null],
    ['', null],
  ])('%j → %j', (input, page) => {
    expect(parsePageUrl(input)).toEqual(page);
  });
});

describe('isLocaleSegment', () => {
  test.each(['en', 'DE', 'ja-JP', 'en_us', 'us_en', 'zh-Hans', 'es-419'])('%s is a locale', (segment) => {
    expect(isLocaleSegment(segment)).toBe(true);
  });
  test.each(['e', 'eng', 'en-', 'en-u', 'en-usa', 'zh-hans1', 'es-41', 'es-4190', 'xen', 'enx', 'en_us_x', 'e1'])(
    '%s is not',
    (segment) => {
      expect(isLocaleSegment(segment)).toBe(false);
    },
  );
});
