import { describe, expect, test } from 'vitest';
import type { Rating } from '../../../src/core/model.ts';
import { t } from '../../../src/shared/i18n.ts';
import {
  applyQuery,
  CONDITION_LABEL,
  CONDITIONS,
  EMPTY_QUERY,
  isFiltered,
  parseQuery,
  queryString,
  ratingMatches,
  SORT_LABEL,
  SORTS,
  type Condition,
} from '../../../src/options/library-query.ts';
import { libraryOf } from './workspace-fixture.tsx';

const entries = libraryOf().entries;
const ids = (query: Partial<typeof EMPTY_QUERY>) =>
  applyQuery(entries, { ...EMPTY_QUERY, ...query }).map((e) => e.product.id);
const d7 = (id: string) => entries.find((e) => e.product.id === id)?.assessment?.ratings.D7;

describe('ratingMatches: not captured is never a pass or a fail in disguise', () => {
  const table: [Condition, Record<Rating | 'none', boolean>][] = [
    ['strong', { Strong: true, Partial: false, Gap: false, none: false }],
    ['partial', { Strong: false, Partial: true, Gap: false, none: false }],
    ['gap', { Strong: false, Partial: false, Gap: true, none: false }],
    ['not-gap', { Strong: true, Partial: true, Gap: false, none: false }],
    ['captured', { Strong: true, Partial: true, Gap: true, none: false }],
    ['not-captured', { Strong: false, Partial: false, Gap: false, none: true }],
  ];
  test.each(table)('%s', (condition, expected) => {
    for (const rating of ['Strong', 'Partial', 'Gap', 'none'] as const) {
      expect(ratingMatches(rating === 'none' ? undefined : rating, condition), `${condition} on ${rating}`).toBe(
        expected[rating],
      );
    }
  });
});

describe('applyQuery over the bundled library', () => {
  test('"D7 is captured and not Gap" keeps Strong and Partial, drops Gap and not captured', () => {
    const kept = ids({ domain: 'D7', condition: 'not-gap' });
    expect(kept.map(d7).every((r) => r === 'Strong' || r === 'Partial')).toBe(true);
    expect(kept.sort()).toEqual(['autogen', 'langchain', 'semantic-kernel']);
    expect(d7('crewai')).toBe('Gap');
    expect(d7('haystack')).toBeUndefined();
  });

  test('a domain without a condition, or a condition without a domain, filters nothing', () => {
    expect(ids({ domain: 'D7' })).toHaveLength(entries.length);
    expect(ids({ condition: 'gap' })).toHaveLength(entries.length);
    expect(isFiltered({ ...EMPTY_QUERY, condition: 'gap' })).toBe(false);
  });

  test('search matches every word across name, vendor, category and assessment title, ignoring case', () => {
    expect(ids({ q: 'openai agent' }).sort()).toEqual(['openai-agents-sdk', 'openai-codex']);
    expect(ids({ q: 'SITES-PLUGINS' })).toEqual([]);
    expect(ids({ q: 'self-hosted' })).toEqual(['llama-3-1-70b']);
  });

  test('vendor and category match exactly', () => {
    expect(ids({ vendor: 'Microsoft' })).toEqual(['semantic-kernel']);
    expect(ids({ category: 'Foundation model', vendor: 'Anthropic' }).sort()).toEqual([
      'claude-opus-4-8',
      'claude-sonnet-4-6',
    ]);
  });

  test('newest first, unknown dates last; oldest first keeps unknown dates last too', () => {
    const newest = ids({ sort: 'newest' });
    expect(newest.slice(0, 2)).toEqual(['openai-codex', 'claude-opus-4-8']);
    expect(newest.slice(-3)).toEqual(['amazon-bedrock-agents', 'llamaindex', 'openai-agents-sdk']);
    const oldest = ids({ sort: 'oldest' });
    expect(oldest.at(-4)).toBe('openai-codex');
    expect(oldest.slice(-3)).toEqual(['amazon-bedrock-agents', 'llamaindex', 'openai-agents-sdk']);
  });

  test('by name', () => {
    const names = applyQuery(entries, { ...EMPTY_QUERY, sort: 'name' }).map((e) => e.product.name);
    expect(names[0]).toBe('Amazon Bedrock Agents');
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  });
});

test('the date sort orders quarters, months and days as dates, and keeps unknown dates last either way', () => {
  const first = entries.find((e) => e.assessment);
  if (!first?.assessment) throw new Error('test setup: the library needs an assessed product');
  const { product, assessment } = first;
  const dated = (id: string, published: string | undefined) => ({
    product: { ...product, id, name: id },
    assessment: { ...assessment, published },
  });
  const mixed = [
    dated('june-2', '2026-06-02'),
    dated('q2', '2026-Q2'),
    dated('none', undefined),
    dated('may', '2026-05'),
  ];
  const order = (sort: 'newest' | 'oldest') => applyQuery(mixed, { ...EMPTY_QUERY, sort }).map((e) => e.product.id);
  expect(order('newest')).toEqual(['june-2', 'may', 'q2', 'none']);
  expect(order('oldest')).toEqual(['q2', 'may', 'june-2', 'none']);
});

describe('the query in the address', () => {
  test.each([
    [{ q: 'agent memory' }, 'q=agent+memory'],
    [{ vendor: 'OpenAI' }, 'vendor=OpenAI'],
    [{ category: 'Agent framework' }, 'category=Agent+framework'],
    [{ domain: 'D3' }, 'domain=D3'],
    [{ condition: 'not-captured' }, 'rating=not-captured'],
    [{ sort: 'oldest' }, 'sort=oldest'],
    [{ sort: 'name' }, 'sort=name'],
    [{}, ''],
  ] as const)('%j is written as "%s" and read back', (part, text) => {
    const query = { ...EMPTY_QUERY, ...part };
    expect(queryString(query)).toBe(text);
    expect(parseQuery(new URLSearchParams(text))).toEqual(query);
  });

  test('each known domain, condition and sort is read; anything else is dropped', () => {
    for (const condition of CONDITIONS)
      expect(parseQuery(new URLSearchParams({ rating: condition })).condition).toBe(condition);
    for (const sort of SORTS) expect(parseQuery(new URLSearchParams({ sort })).sort).toBe(sort);
    expect(parseQuery(new URLSearchParams({ domain: 'D8' })).domain).toBe('D8');
    expect(parseQuery(new URLSearchParams({ domain: 'd3', rating: 'Gap', sort: 'Name' }))).toEqual(EMPTY_QUERY);
  });
});

describe('isFiltered: whether the library shows fewer than every product', () => {
  test.each([
    [{ q: 'agent' }, true],
    [{ q: '   ' }, false],
    [{ vendor: 'OpenAI' }, true],
    [{ category: 'Agent framework' }, true],
    [{ domain: 'D3', condition: 'gap' }, true],
    [{ domain: 'D3' }, false],
    [{ sort: 'name' }, false],
    [{}, false],
  ] as const)('%j: %s', (part, filtered) => {
    expect(isFiltered({ ...EMPTY_QUERY, ...part })).toBe(filtered);
  });
});

test('a product with no assessment is "not captured" on every domain, never Gap, and found by its name', () => {
  const first = entries[0];
  if (!first) throw new Error('test setup: the library needs a product');
  const unassessed = { product: { ...first.product, id: 'new-one', name: 'Brand New Agent' }, assessment: null };
  const pool = [unassessed, ...entries];
  const kept = (query: Partial<typeof EMPTY_QUERY>) =>
    applyQuery(pool, { ...EMPTY_QUERY, ...query }).map((e) => e.product.id);
  expect(kept({ domain: 'D1', condition: 'not-captured' })).toContain('new-one');
  expect(kept({ domain: 'D1', condition: 'gap' })).not.toContain('new-one');
  expect(kept({ domain: 'D1', condition: 'captured' })).not.toContain('new-one');
  expect(kept({ q: 'brand new' })).toEqual(['new-one']);
  // A word not in its name, vendor or category: its missing title is no error.
  expect(kept({ q: 'stanford' })).toEqual(['dspy']);
  // Unknown date: last, whichever way dates are sorted.
  const last = ['amazon-bedrock-agents', 'new-one', 'llamaindex', 'openai-agents-sdk'];
  expect(kept({}).slice(-4)).toEqual(last);
  expect(kept({ sort: 'oldest' }).slice(-4)).toEqual(last);
});

test('products of the same date are in name order, whichever way dates are sorted', () => {
  const first = entries.find((e) => e.assessment);
  if (!first?.assessment) throw new Error('test setup: the library needs an assessed product');
  const { product, assessment } = first;
  const named = (name: string, published: string) => ({
    product: { ...product, id: name, name },
    assessment: { ...assessment, published },
  });
  const same = [named('beta', '2026-05'), named('Alpha', '2026-05'), named('gamma', '2026-04')];
  const order = (sort: 'newest' | 'oldest' | 'name') =>
    applyQuery(same, { ...EMPTY_QUERY, sort }).map((e) => e.product.id);
  expect(order('newest')).toEqual(['Alpha', 'beta', 'gamma']);
  expect(order('oldest')).toEqual(['gamma', 'Alpha', 'beta']);
  expect(order('name')).toEqual(['Alpha', 'beta', 'gamma']);
});

test('vendor and category filters keep only exact matches, each on its own field', () => {
  const vendor = entries[0]?.product.vendor ?? '';
  expect(ids({ vendor }).length).toBeGreaterThan(0);
  expect(applyQuery(entries, { ...EMPTY_QUERY, vendor }).every((e) => e.product.vendor === vendor)).toBe(true);
  expect(ids({ vendor: vendor.toLowerCase() + 'x' })).toEqual([]);
  expect(ids({ category: vendor })).toEqual([]);
});

test('a word is found in the assessment’s title alone, and a word split across two fields is not found', () => {
  expect(ids({ q: 'stanford' })).toEqual(['dspy']);
  expect(ids({ q: 'Deepset' })).toEqual(['haystack']);
  // "Haystack" (its name) then "RAG and agent framework" (its category): no word runs from one into the next.
  expect(ids({ q: 'haystackrag' })).toEqual([]);
  expect(ids({ q: ' \t ' })).toHaveLength(entries.length);
});

test('names that differ only in case sort as one name, keeping their order', () => {
  const [first] = entries;
  if (!first) throw new Error('test setup: the library needs a product');
  const named = (id: string, name: string) => ({ ...first, product: { ...first.product, id, name } });
  const pool = [named('upper', 'Alpha'), named('lower', 'alpha'), named('accent', 'Álpha'), named('b', 'Beta')];
  expect(applyQuery(pool, { ...EMPTY_QUERY, sort: 'name' }).map((e) => e.product.id)).toEqual([
    'upper',
    'lower',
    'accent',
    'b',
  ]);
});

test('an unassessed product sorts after an assessed one, whichever the library lists first', () => {
  const assessed = entries.find((e) => e.assessment?.published);
  if (!assessed) throw new Error('test setup: the library needs a dated assessment');
  const unassessed = { product: { ...assessed.product, id: 'new-one', name: 'A new one' }, assessment: null };
  for (const sort of ['newest', 'oldest'] as const) {
    for (const pool of [
      [assessed, unassessed],
      [unassessed, assessed],
    ])
      expect(applyQuery(pool, { ...EMPTY_QUERY, sort }).map((e) => e.product.id)).toEqual([
        assessed.product.id,
        'new-one',
      ]);
  }
});

test('each condition and each order has words of its own, as the filters and the sort menu show them', () => {
  expect(CONDITIONS.map((condition) => t(CONDITION_LABEL[condition]))).toEqual([
    'is Strong',
    'is Partial',
    'is Gap',
    'is captured and not Gap',
    'is captured',
    'is not captured',
  ]);
  expect(SORTS.map((sort) => t(SORT_LABEL[sort]))).toEqual(['Newest first', 'Oldest first', 'Name (A to Z)']);
});
