import { describe, expect, test } from 'vitest';
import type { Rating } from '../../../src/core/model.ts';
import {
  applyQuery,
  EMPTY_QUERY,
  isFiltered,
  ratingMatches,
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
