/**
 * A host's rules stored in parts by path (record-parts.ts): a page that reads only its host's own part and the
 * parts its path reaches must get exactly what the whole compiled index gives, and read little however many
 * products share the host.
 */
import { describe, expect, test } from 'vitest';
import { compileIndex, detectAll, pageMatches } from '../../../src/core/detect.ts';
import type { MatchRule, Product } from '../../../src/core/model.ts';
import { PART_BYTES, partPaths, splitRules } from '../../../src/core/record-parts.ts';
import { parsePageUrl } from '../../../src/core/url.ts';
import { hostRecords, pageRecord, recordKeys } from '../../../src/shared/rule-store.ts';
import { rulesKey } from '../../../src/shared/storage-keys.ts';

const COUNT = 300;
type Rules = Pick<Product, 'id' | 'name' | 'vendor' | 'match' | 'exclude'>;
const product = (id: string, match: MatchRule[], exclude?: MatchRule[]): Rules => ({
  id,
  name: id,
  vendor: 'V',
  match,
  ...(exclude ? { exclude } : {}),
});

/** Many products on each shared host, and the rules that cross parts: globs, exclusions, exact pages, locales. */
const PRODUCTS: Rules[] = [
  ...Array.from({ length: COUNT }, (_, i) =>
    product(`p${i}`, [
      { host: 'github.com', path: `/org${i}/agent-${i}` },
      { host: 'github.com', path: `/team${i % 7}/tool-${i}` },
      { host: 'pypi.org', path: `/project/agent-${i}` },
      { host: 'aws.amazon.com', path: `/partners/agent-${i}` },
      { host: `vendor${i}.example` },
      { host: `vendor${i}.example`, path: '/', exact: true, signals: [`Agent ${i}`] },
    ]),
  ),
  product('globby', [{ host: 'github.com', path: '/globby-*' }]),
  product('every-project', [{ host: 'pypi.org', path: '/project' }], [{ host: 'pypi.org', path: '/project/agent-5' }]),
  product('deeper', [{ host: 'pypi.org', path: '/project/agent-5/sub' }]),
  product('index-page', [{ host: 'pypi.org', path: '/project', exact: true }]),
  product('locale-named', [{ host: 'aws.amazon.com', path: '/de/partners/agent-7' }]),
];

const index = compileIndex(PRODUCTS);
const entries: Record<string, unknown> = JSON.parse(JSON.stringify(hostRecords(index, PRODUCTS, new Map())));

/** What the content script does: read the keys its path names, join them, match. */
function fromParts(url: string, title = ''): { ids: string[]; bytes: number } {
  const page = parsePageUrl(url)!;
  const keys = recordKeys(page.host, page.segments);
  const values = Object.fromEntries(keys.filter((k) => k in entries).map((k) => [k, entries[k]]));
  const record = pageRecord(page.host, page.segments, values);
  const ids = record ? pageMatches(record.rules, page.segments, () => ({ title })).map((m) => m.productId) : [];
  return { ids, bytes: JSON.stringify(values).length };
}

function fromIndex(url: string, title = ''): string[] {
  const found = detectAll(index, url, () => ({ title }));
  return Array.isArray(found) ? found.map((m) => m.productId) : [];
}

const sample = [0, 1, 5, 7, 42, 299];
const URLS: [string, string][] = [
  ...sample.flatMap((i): [string, string][] => [
    [`https://github.com/org${i}/agent-${i}`, ''],
    [`https://github.com/org${i}/agent-${i}/issues/3`, ''],
    [`https://github.com/de/org${i}/agent-${i}`, ''],
    [`https://github.com/team${i % 7}/tool-${i}`, ''],
    [`https://github.com/org${i}/other`, ''],
    [`https://pypi.org/project/agent-${i}/`, ''],
    [`https://pypi.org/project/Agent_${i}/`, ''],
    [`https://pypi.org/p/agent-${i}`, ''],
    [`https://pypi.org/project/agent-${i}/sub/`, ''],
    [`https://aws.amazon.com/partners/agent-${i}`, ''],
    [`https://aws.amazon.com/de/partners/agent-${i}`, ''],
    [`https://aws.amazon.com/de_de/en/partners/agent-${i}/more`, ''],
    [`https://aws.amazon.com/partners/de/agent-${i}`, ''],
    [`https://vendor${i}.example/`, `Agent ${i}`],
    [`https://vendor${i}.example/`, 'Something else'],
    [`https://www.vendor${i}.example/docs/`, ''],
  ]),
  ['https://github.com/globby-x/anything', ''],
  ['https://github.com/nobody/nothing', ''],
  ['https://pypi.org/project', ''],
  ['https://pypi.org/project/unknown', ''],
  ['https://pypi.org/', ''],
  ['https://aws.amazon.com/partners', ''],
  ['https://elsewhere.example/', ''],
];

describe('a page reading only the parts its path reaches decides as the whole index does', () => {
  test.each(URLS)('%s (title %j)', (url, title) => {
    expect(fromParts(url, title).ids, 'record-parts.ts: a part the path reaches was not read').toEqual(
      fromIndex(url, title),
    );
  });

  test('the rules that cross parts are exercised: globs, exclusions, exact pages, locales, ties', () => {
    expect(fromIndex('https://github.com/globby-x/anything')).toEqual(['globby']);
    expect(fromIndex('https://pypi.org/project/agent-5/')).toEqual(['p5']);
    expect(fromIndex('https://pypi.org/project/agent-6/')).toEqual(['p6']);
    expect(fromIndex('https://pypi.org/project/unknown')).toEqual(['every-project']);
    expect(fromIndex('https://pypi.org/project/agent-5/sub/')).toEqual(['deeper']);
    expect(fromIndex('https://pypi.org/project')).toEqual(['index-page']);
    expect(fromIndex('https://aws.amazon.com/de/partners/agent-7')).toEqual(['locale-named']);
    expect(fromIndex('https://aws.amazon.com/de_de/en/partners/agent-42/more')).toEqual(['p42']);
  });
});

describe('what a page reads stays small however many products share its host', () => {
  test('a shared host is cut by first segment, and a crowded first segment by its second too', () => {
    const paths = (host: string) => splitRules(index.records.get(host)!).map((p) => p.path);
    expect(paths('github.com')).toEqual(expect.arrayContaining(['', '/org0', '/org299', '/team3']));
    expect(paths('pypi.org')).toEqual(expect.arrayContaining(['', '/project', '/project/agent-0', '/p/agent-1']));
    expect(paths('aws.amazon.com')).toContain('/partners/agent-299');
    expect(paths('vendor3.example')).toEqual(['']);
  });

  test.each([
    'https://github.com/org42/agent-42',
    'https://pypi.org/project/agent-42/',
    'https://aws.amazon.com/de/partners/agent-42',
  ])('%s reads under 2% of its host’s rules', (url) => {
    const host = parsePageUrl(url)!.host;
    const whole = Object.entries(entries)
      .filter(([key]) => key === rulesKey(host) || key.startsWith(`${rulesKey(host)}/`))
      .reduce((sum, [, value]) => sum + JSON.stringify(value).length, 0);
    const read = fromParts(url).bytes;
    expect(read).toBeLessThan(whole * 0.02);
    expect(read).toBeLessThan(PART_BYTES);
  });

  test('the paths a page reads: each reachable first segment, past leading locales, and the segment after it', () => {
    expect(partPaths(['a', 'b', 'c'])).toEqual(['/a', '/a/b']);
    expect(partPaths(['de', 'a', 'b'])).toEqual(['/de', '/de/a', '/a', '/a/b']);
    expect(partPaths(['a', 'en', 'b', 'c'])).toEqual(['/a', '/a/en', '/a/b']);
    expect(partPaths([])).toEqual([]);
  });
});

describe('where a first segment is cut', () => {
  const rules = (paths: string[]) =>
    compileIndex(paths.map((path, i) => product(`q${i}`, [{ host: 'github.com', path }]))).records.get('github.com')!;

  test('a first segment whose rules fit the limit exactly stays whole; one byte over, it is cut by its second', () => {
    const crowd = rules(['/team/a', '/team/b']);
    const size = JSON.stringify(crowd.root.c!.team).length;
    expect(splitRules(crowd, size).map((p) => p.path)).toEqual(['', '/team']);
    expect(splitRules(crowd, size - 1).map((p) => p.path)).toEqual(['', '/team/a', '/team/b']);
  });

  test('a cut first segment without rules of its own stores no part for itself; the host’s own part is always there', () => {
    const cut = splitRules(rules(['/team/a', '/team/b']), 1);
    expect(cut.map((p) => [p.path, p.products])).toEqual([
      ['', []],
      ['/team/a', ['q0']],
      ['/team/b', ['q1']],
    ]);
    const withOwn = splitRules(rules(['/team', '/team/a']), 1);
    expect(withOwn.map((p) => p.path)).toEqual(['', '/team', '/team/a']);
  });
});
