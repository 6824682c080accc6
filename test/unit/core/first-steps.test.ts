import { describe, expect, test } from 'vitest';
import { actionCount, topActions, verdict } from '../../../src/core/first-steps.ts';
import type { Assessment, DomainId, Rating } from '../../../src/core/model.ts';
import { plural } from '../../../src/core/plural.ts';
import { assessmentOf, bundled } from '../helpers/dataset.ts';

type Source = Pick<Assessment, 'ratings' | 'domains'>;

/** An assessment with the given ratings and, per domain, actions named `<domain>-<n>`. */
function synthetic(ratings: Partial<Record<DomainId, Rating>>, actions: Partial<Record<DomainId, number>>): Source {
  const domains: Source['domains'] = {};
  for (const [domain, n] of Object.entries(actions) as [DomainId, number][])
    domains[domain] = {
      findings: [],
      actions: Array.from({ length: n }, (_, i) => ({ id: `${domain}-${i + 1}`, text: `${domain} action ${i + 1}` })),
    };
  return { ratings, domains };
}

describe('verdict() sorts the domains by their captured rating, and only by it', () => {
  test('a complete assessment: OpenAI Codex', () => {
    expect(verdict(assessmentOf(bundled(), 'openai-codex'))).toEqual({
      gaps: ['D4', 'D7'],
      partials: ['D1', 'D2', 'D3', 'D5', 'D8'],
      strong: ['D6'],
      notCaptured: [],
    });
  });
  test('a rating that was not captured is neither Gap nor anything else', () => {
    const v = verdict({ ratings: { D1: 'Partial', D3: 'Gap' } });
    expect(v.gaps).toEqual(['D3']);
    expect(v.notCaptured).toEqual(['D2', 'D4', 'D5', 'D6', 'D7', 'D8']);
  });
  test('nothing captured', () => {
    expect(verdict({ ratings: {} }).notCaptured).toHaveLength(8);
  });
});

describe('topActions(): Gap domains first, then Partial, in the assessment’s order', () => {
  test.each<[string, Source, string[]]>([
    [
      'a Gap domain late in the order comes before an earlier Partial one',
      synthetic({ D1: 'Partial', D6: 'Gap' }, { D1: 2, D6: 1 }),
      ['D6-1', 'D1-1', 'D1-2'],
    ],
    [
      'two Gap domains keep domain order, and actions keep theirs',
      synthetic({ D2: 'Gap', D7: 'Gap', D3: 'Partial' }, { D7: 2, D2: 1, D3: 1 }),
      ['D2-1', 'D7-1', 'D7-2'],
    ],
    [
      'Strong and not-captured domains give no first action',
      synthetic({ D1: 'Strong', D2: 'Partial' }, { D1: 3, D2: 1, D5: 2 }),
      ['D2-1'],
    ],
    ['no actions at all', synthetic({ D1: 'Gap' }, {}), []],
  ])('%s', (_name, source, ids) => {
    expect(topActions(source).map((a) => a.action.id)).toEqual(ids);
  });
  test('at most three by default, and the limit is a parameter', () => {
    const source = synthetic({ D1: 'Gap' }, { D1: 5 });
    expect(topActions(source)).toHaveLength(3);
    expect(topActions(source, 5)).toHaveLength(5);
  });
  test('each names its domain and that domain’s rating', () => {
    const [first] = topActions(assessmentOf(bundled(), 'openai-codex'));
    expect(first).toMatchObject({ domain: 'D4', rating: 'Gap' });
  });
  test('actionCount counts every action, whatever the rating', () => {
    expect(actionCount(synthetic({ D1: 'Strong' }, { D1: 3, D5: 2 }))).toBe(5);
  });
});

describe('plural()', () => {
  test.each<[number, string]>([
    [0, '0 actions'],
    [1, '1 action'],
    [2, '2 actions'],
    [27, '27 actions'],
  ])('%i', (n, want) => {
    expect(plural(n, { one: '# action', other: '# actions' })).toBe(want);
  });
  test('a language with more forms picks its own', () => {
    const forms = { one: '# plik', few: '# pliki', many: '# plików', other: '# pliku' };
    expect([1, 2, 5].map((n) => plural(n, forms, 'pl'))).toEqual(['1 plik', '2 pliki', '5 plików']);
  });
});
