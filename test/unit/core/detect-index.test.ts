// The compiled trie answers exactly as trying every rule one by one would, however many products share a host.
import { describe, expect, test } from 'vitest';
import { compileIndex, detectAll, hostIndex, type DetectionIndex } from '../../../src/core/detect.ts';
import { specificity, ruleLabel } from '../../../src/core/compile.ts';
import { RECORD_VERSION } from '../../../src/core/host-rules.ts';
import type { MatchRule, Product } from '../../../src/core/model.ts';
import { bareHost, pageSegments, parsePageUrl } from '../../../src/core/url.ts';
import { bundled } from '../helpers/dataset.ts';

const LOCALE = '(?:/[a-z]{2}(?:[-_](?:[a-z]{2}|[a-z]{4}|\\d{3}))?)*';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Map.groupBy, which Node 20 lacks. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** A rule as one regular expression over the page's normalised path: the reference the trie must agree with. */
function ruleRegex(rule: MatchRule): RegExp {
  const segments = pageSegments(bareHost(rule.host), rule.path ?? '/');
  const body = segments.map((s) => `${LOCALE}/${s.split('*').map(escape).join('[^/]*')}`).join('');
  return new RegExp(`^${body}${rule.exact ? `${LOCALE}$` : '(?:/|$)'}`);
}

/** The reference: every rule of every product tried against the URL, then the same choice rules, by brute force. */
function linear(products: readonly Product[]): (url: string) => string[] | string {
  // Grouped by host with each expression built once: still every rule of the host, tried one by one.
  const byHost = groupBy(
    products.flatMap((p) => [
      ...p.match.map((r) => ({ p, r, x: false, re: ruleRegex(r) })),
      ...(p.exclude ?? []).map((r) => ({ p, r, x: true, re: ruleRegex(r) })),
    ]),
    ({ r }) => bareHost(r.host),
  );
  return (url) => {
    const page = parsePageUrl(url);
    if (!page) return 'invalid-url';
    const path = `/${page.segments.join('/')}`.replace(/\/$/, '') || '';
    const fit = (byHost.get(page.host) ?? []).filter(({ re }) => re.test(path));
    const excluded = new Set(fit.filter((f) => f.x).map((f) => f.p.id));
    const scored = fit
      .filter((f) => !f.x && !excluded.has(f.p.id) && !('signals' in f.r && f.r.signals))
      .map((f) => ({
        id: f.p.id,
        k: specificity(pageSegments(page.host, f.r.path ?? '/'), f.r.exact === true, false),
        l: ruleLabel(f.r),
      }));
    const best = Math.max(...scored.map((s) => s.k));
    const ids = [...new Set(scored.filter((s) => s.k === best).map((s) => `${s.id} matched ${s.l}`))];
    return ids.length ? ids.sort() : 'no-match';
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
    { host: 'pypi.org', path: `/project/pkg${i}-*` },
    ...(i % 10 === 0 ? [{ host: 'docs.shared.example', path: `/p${i % 100}/deep${i}` }] : []),
    ...(i % 7 === 0 ? [{ host: `own${i}.example` }] : []),
  ],
  ...(i % 3 === 0 ? { exclude: [{ host: 'pypi.org', path: `/project/pkg${i}-old` }] } : {}),
}));

const outcome = (index: DetectionIndex, url: string) => {
  const found = detectAll(index, url);
  return Array.isArray(found) ? found.map((m) => `${m.productId} ${m.reason}`).sort() : found.kind;
};

describe('trie and linear scan agree', () => {
  const products = [...bundled().products.map((p) => ({ ...p, match: p.match.filter((r) => !r.signals) })), ...crowd];
  const trie = compileIndex(products);
  const reference = linear(products);
  const urls = [
    ...crowd
      .slice(0, 300)
      .flatMap((_p, i) => [
        `https://github.com/org${i % 50}/repo${i}/issues/3`,
        `https://github.com/org${i % 50}/repo${i}x`,
        `https://docs.shared.example/p${i % 100}/deep${i}/more`,
        `https://docs.shared.example/en-us/p${i % 100}`,
        `https://docs.shared.example/p${i % 100}/de_de/deep${i}.html`,
        `https://pypi.org/project/pkg${i}-core/1.0/`,
        `https://pypi.org/project/PKG${i}_old/`,
        `https://own${i}.example/`,
      ]),
    ...bundled().products.flatMap((p) => p.match.map((r) => `https://${r.host}${(r.path ?? '/').replace(/\*/g, 'x')}`)),
  ];
  // One test per host and run of sixty URLs rather than one per URL: the same comparisons, none slow even under
  // mutation testing's instrumentation on a busy machine, and a failure still names the URL.
  const runs = [...groupBy(urls, (u) => new URL(u).host.replace(/^own\d+/, 'own'))].flatMap(([host, group]) =>
    Array.from(
      { length: Math.ceil(group.length / 60) },
      (_, k) => [`${host} #${k + 1}`, group.slice(k * 60, k * 60 + 60)] as const,
    ),
  );
  test.each(runs)('%s', (_host, group) => {
    const answers = (answer: (url: string) => unknown) => Object.fromEntries(group.map((u) => [u, answer(u)]));
    expect(answers((url) => outcome(trie, url))).toEqual(answers(reference));
  });
});

test('a host index over one stored record answers as the full index does for that host', () => {
  const full = compileIndex(bundled().products, bundled().assessments);
  const stored = JSON.parse(JSON.stringify(full.records.get('openai.com')));
  const one = hostIndex('openai.com', stored);
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

test('a stored record of another version (an older PSF Lens) matches nothing rather than misreading', () => {
  const stale = { ...compileIndex(bundled().products).records.get('openai.com')!, v: RECORD_VERSION - 1 };
  expect(outcome(hostIndex('openai.com', stale as never), 'https://openai.com/codex/')).toBe('no-match');
  expect(outcome(hostIndex('openai.com', [] as never), 'https://openai.com/codex/')).toBe('no-match');
  const github = compileIndex(bundled().products).records.get('github.com');
  expect(outcome(hostIndex('openai.com', github), 'https://openai.com/codex/'), 'a record of another host').toBe(
    'no-match',
  );
});
