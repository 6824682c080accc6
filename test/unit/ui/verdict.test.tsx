// @vitest-environment happy-dom
// The verdict says in words what each mix of ratings means (Gap domains by name, or by id past three; no Gap;
// ratings not captured, never read as Gap), and the strip shows and speaks each domain's rating with its look.
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import type { Ratings } from '../../../src/core/model.ts';
import { setTranslator, translator } from '../../../src/shared/i18n.ts';
import { Verdict } from '../../../src/ui/verdict.tsx';
import { assessmentOf, bundled } from '../helpers/dataset.ts';
import { localeCatalog } from '../helpers/setup.ts';

afterEach(() => {
  cleanup();
  setTranslator(translator('en', localeCatalog('en')));
});

function show(productId: string, ratings?: Ratings, domains = bundled().domains) {
  const assessment = assessmentOf(bundled(), productId);
  render(<Verdict assessment={ratings ? { ...assessment, ratings } : assessment} domains={domains} />);
  const verdict = document.querySelector<HTMLElement>('.verdict');
  if (!verdict) throw new Error('no verdict');
  return verdict;
}

/** The verdict's sentences, paragraph by paragraph. */
const paragraphs = (verdict: HTMLElement) => [...verdict.querySelectorAll('p')].map((p) => p.textContent);
const cells = () => within(screen.getByRole('list', { name: 'The eight domain ratings' })).getAllByRole('listitem');

describe('the verdict line', () => {
  test('names up to three Gap domains, and says nothing more when all eight are rated', () => {
    expect(paragraphs(show('autogen'))).toEqual([
      'Gap in 3 of 8 rated domains: Input Governance (D1), Output Validation (D2), Data Protection (D3).',
    ]);
  });

  test('past three Gap domains, lists their ids alone', () => {
    expect(paragraphs(show('crewai'))).toEqual(['Gap in 5 of 8 rated domains: D1, D2, D3, D5, D7.']);
  });

  test('without a Gap in all eight, counts the Partial and Strong ratings', () => {
    const ratings = { ...assessmentOf(bundled(), 'openai-codex').ratings, D4: 'Partial', D7: 'Strong' } as const;
    expect(paragraphs(show('openai-codex', ratings))).toEqual(['No domain rated Gap: 6 Partial, 2 Strong.']);
  });

  test('without a Gap in the captured ratings, says how many were rated', () => {
    expect(paragraphs(show('llama-3-1-70b'))[0]).toBe('No Gap in the 3 rated domains: 2 Partial, 1 Strong.');
  });

  test('ratings not captured are counted apart, never as Gap', () => {
    expect(paragraphs(show('gpt-4-1'))).toEqual([
      'No Gap in the 2 rated domains: 0 Partial, 2 Strong.',
      '6 of 8 ratings not captured.',
    ]);
  });

  // An organisation's own assessment may leave one domain not assessed: the count is then singular.
  test.each([
    ['en', '1 of 8 ratings not captured.'],
    ['de', '1 von 8 Einstufungen nicht erfasst.'],
    ['fr', '1 note sur 8 non saisie.'],
  ])('%s: one rating not captured is counted in the singular', (locale, said) => {
    setTranslator(translator(locale as 'en', localeCatalog(locale), localeCatalog('en')));
    const { D8: _left, ...seven } = assessmentOf(bundled(), 'openai-codex').ratings;
    expect(paragraphs(show('openai-codex', seven))[1]).toContain(said);
  });

  test('without a Gap among the captured ratings, never says no domain is Gap: one not captured may be', () => {
    // The OpenAI Agents SDK: one rating captured (Partial); the assessment's own count has a Gap.
    expect(paragraphs(show('openai-agents-sdk'))).toEqual([
      'No Gap in the only rated domain: 1 Partial, 0 Strong.',
      "7 of 8 ratings not captured. The assessment's own count: 3 Strong, 4 Partial, 1 Gap.",
    ]);
  });
});

describe('the strip of eight ratings', () => {
  test('each cell shows its id and icon, speaks its domain and rating, and carries its rating’s look', () => {
    show('haystack');
    expect(
      cells().map((li) => [
        li.querySelector('[aria-hidden="true"]')?.textContent,
        li.querySelector('.sr-only')?.textContent,
        li.className,
      ]),
    ).toEqual([
      ['D1 ◐', 'D1 Input Governance: Partial', 'cell rating-Partial'],
      ['D2 ◐', 'D2 Output Validation: Partial', 'cell rating-Partial'],
      ['D3 ✕', 'D3 Data Protection: Gap', 'cell rating-Gap'],
      ['D4 ✓', 'D4 Observability: Strong', 'cell rating-Strong'],
      ['D5 –', 'D5 Deployment Safety: not captured', 'cell rating-none'],
      ['D6 –', 'D6 Human Oversight: not captured', 'cell rating-none'],
      ['D7 –', 'D7 Security: not captured', 'cell rating-none'],
      ['D8 –', 'D8 Vendor Resilience: not captured', 'cell rating-none'],
    ]);
    expect(cells()[4]?.getAttribute('title')).toBe('D5 Deployment Safety: not captured');
  });

  test('a domain the list does not name is still labelled by its id and rating', () => {
    show('haystack', undefined, []);
    expect(cells().map((li) => li.querySelector('.sr-only')?.textContent)).toEqual([
      'D1 : Partial',
      'D2 : Partial',
      'D3 : Gap',
      'D4 : Strong',
      'D5 : not captured',
      'D6 : not captured',
      'D7 : not captured',
      'D8 : not captured',
    ]);
  });
});
