// How one match rule becomes the manifest's patterns, on synthetic rules: which hosts get `www.`, which are scoped
// to paths, how a path is trimmed to a prefix, where localized copies and PyPI's short links are covered too.
import { describe, expect, test } from 'vitest';
import { compileIndex, detect } from '../../../src/core/detect.ts';
import { isSharedHost, matchPatterns } from '../../../src/core/match-patterns.ts';
import type { MatchRule } from '../../../src/core/model.ts';

const patternsOf = (...match: MatchRule[]) => matchPatterns([{ match }]);

describe('hosts', () => {
  test.each([
    [{ host: 'vendor.example' }, ['https://vendor.example/*', 'https://www.vendor.example/*']],
    [{ host: 'docs.vendor.example', path: '/agents' }, ['https://docs.vendor.example/*']],
    [
      { host: 'npmjs.com', path: '/package/kit' },
      ['https://npmjs.com/package/kit*', 'https://www.npmjs.com/package/kit*'],
    ],
    [
      { host: 'nuget.org', path: '/packages/Kit' },
      [
        'https://nuget.org/packages/Kit*',
        'https://nuget.org/packages/kit*',
        'https://www.nuget.org/packages/Kit*',
        'https://www.nuget.org/packages/kit*',
      ],
    ],
    [{ host: 'github.com', path: '/acme/kit' }, ['https://github.com/acme/kit*']],
    [{ host: 'acme.github.io', path: '/kit' }, ['https://acme.github.io/kit*']],
    [{ host: 'github.com.vendor.example', path: '/kit' }, ['https://github.com.vendor.example/*']],
  ])('%o gives %j', (rule, patterns) => {
    expect(patternsOf(rule)).toEqual(patterns);
  });

  test.each([
    ['github.com', true],
    ['WWW.GitHub.com', true],
    ['acme.github.io', true],
    ['github.io.vendor.example', false],
    ['notgithub.com', false],
  ])('%s is shared: %s', (host, shared) => {
    expect(isSharedHost(host)).toBe(shared);
  });
});

describe('paths on a shared host', () => {
  test.each([
    ['/acme/kit//', ['https://github.com/acme/kit*']],
    ['/acme/kit/', ['https://github.com/acme/kit*']],
    ['/acme/docs/agents.html', ['https://github.com/acme/docs/agents*']],
    ['/acme/docs/agents.htm', ['https://github.com/acme/docs/agents*']],
    ['/acme/docs/agents.md', ['https://github.com/acme/docs/agents*']],
    ['/acme/docs/agents.mdx', ['https://github.com/acme/docs/agents*']],
    ['/acme/agents.html/x', ['https://github.com/acme/agents.html/x*']],
    ['/acme/kit-**', ['https://github.com/acme/kit-*']],
    ['/acme/*/kit', ['https://github.com/acme/*/kit*']],
  ])('%s gives %j', (path, patterns) => {
    expect(patternsOf({ host: 'github.com', path })).toEqual(patterns);
  });

  test('a rule for the whole of a shared host covers it whole, whatever path rules follow or precede it', () => {
    const whole = { host: 'github.com' };
    const path = { host: 'github.com', path: '/acme/kit' };
    expect(patternsOf(whole, path)).toEqual(['https://github.com/*']);
    expect(patternsOf(path, whole)).toEqual(['https://github.com/*']);
  });

  test.each(['aws.amazon.com', 'docs.aws.amazon.com', 'learn.microsoft.com', 'cloud.google.com'])(
    'on %s a localized copy of the page is covered too',
    (host) => {
      expect(patternsOf({ host, path: '/agents' })).toEqual([`https://${host}/*/agents*`, `https://${host}/agents*`]);
    },
  );
});

describe('PyPI’s short links /p/<name> are the project’s pages too', () => {
  test.each(['pypi.org', 'test.pypi.org'])('on %s', (host) => {
    expect(patternsOf({ host, path: '/project/llama-kit' })).toEqual([
      `https://${host}/p/llama-kit*`,
      `https://${host}/project/llama-kit*`,
    ]);
    const index = compileIndex([{ id: 'kit', match: [{ host, path: '/project/llama-kit' }] }]);
    expect(detect(index, `https://${host}/p/llama_kit/`)).toMatchObject({ kind: 'match', productId: 'kit' });
  });

  test('only for a project’s pages, and only on PyPI', () => {
    expect(patternsOf({ host: 'pypi.org', path: '/user/acme' })).toEqual(['https://pypi.org/user/acme*']);
    expect(patternsOf({ host: 'pypi.org', path: '/search/project/kit' })).toEqual([
      'https://pypi.org/search/project/kit*',
    ]);
    expect(patternsOf({ host: 'pypi.org' })).toEqual(['https://pypi.org/*']);
    for (const host of ['xpypi.org', 'pypi.org.example', 'stage.test.pypi.org.example']) {
      const index = compileIndex([{ id: 'kit', match: [{ host, path: '/project/kit' }] }]);
      expect(detect(index, `https://${host}/p/kit`), host).toMatchObject({ kind: 'no-match' });
    }
  });
});
