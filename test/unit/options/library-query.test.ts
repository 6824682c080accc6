import { describe, expect, test } from 'vitest';
import type { Rating } from '../../../src/core/model.ts';
import {
  applyQuery,
  dateKey,
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

test.each([
  ['2026', '2026-01-01'],
  ['2026-04', '2026-04-01'],
  ['2026-04-30', '2026-04-30'],
  ['2026-Q1', '2026-01-01'],
  ['2026-Q2', '2026-04-01'],
  ['2026-Q4', '2026-10-01'],
  [undefined, null],
  ['soon', null],
] as const)('dateKey(%s) = %s', (input, key) => {
  expect(dateKey(input)).toBe(key);
});
