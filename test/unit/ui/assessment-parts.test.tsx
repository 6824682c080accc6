// @vitest-environment happy-dom
// The workspace's rendering of an assessment (src/ui/assessment-head.tsx, assessment-body.tsx, headline.tsx): its
// dates, the counts at a glance for each way ratings can be captured, and the parts about the assessment, each shown
// when the source carries it (in English, marked as such) and leaving no heading behind when it does not.
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { DOMAIN_IDS, type Assessment, type Counts } from '../../../src/core/model.ts';
import { setTranslator, translator } from '../../../src/shared/i18n.ts';
import { RATING_ICON } from '../../../src/shared/rating-look.ts';
import { AssessmentBody, dateLine } from '../../../src/ui/assessment-head.tsx';
import { AssessmentDetails } from '../../../src/ui/assessment-body.tsx';
import { assessmentOf, bundled } from '../helpers/dataset.ts';
import { localeCatalog } from '../helpers/setup.ts';

afterEach(() => {
  cleanup();
  setTranslator(translator('en', localeCatalog('en')));
});

function show(productId: string, change: (a: Assessment) => Assessment = (a) => a) {
  const d = bundled();
  const assessment = change(assessmentOf(d, productId));
  render(<AssessmentBody assessment={assessment} domains={d.domains} />);
  return assessment;
}

const region = () => screen.getByRole('region', { name: 'Assessment' });
const about = () =>
  screen.getByRole('heading', { level: 2, name: 'About this assessment' }).parentElement as HTMLElement;
const headline = () => document.querySelector('.assessment .headline') as HTMLElement;
const countsShown = () => [...region().querySelectorAll('.count')].map((c) => c.textContent);
const countsText = (c: Counts) => [
  `${c.Strong} ${RATING_ICON.Strong}Strong`,
  `${c.Partial} ${RATING_ICON.Partial}Partial`,
  `${c.Gap} ${RATING_ICON.Gap}Gap`,
];

/** The items of the list under a level-3 heading, which must be marked English (the dataset's words). */
function englishListUnder(section: HTMLElement, name: string) {
  const list = within(section).getByRole('heading', { level: 3, name }).nextElementSibling as HTMLElement;
  expect(list.getAttribute('lang')).toBe('en');
  return within(list)
    .getAllByRole('listitem')
    .map((li) => li.textContent);
}

function ratingsCounted(a: Assessment): Counts & { captured: number } {
  const ratings = DOMAIN_IDS.map((id) => a.ratings[id]);
  const count = (r: string) => ratings.filter((x) => x === r).length;
  return {
    Strong: count('Strong'),
    Partial: count('Partial'),
    Gap: count('Gap'),
    captured: count('Strong') + count('Partial') + count('Gap'),
  };
}

describe('the opening: title, dates and index', () => {
  test('is a region named "Assessment" with the title in English and the dates on one line', () => {
    const a = show('gpt-4-1');
    expect(within(region()).getByRole('heading', { level: 2, name: a.title }).getAttribute('lang')).toBe('en');
    expect(region().querySelector('.meta')?.textContent).toBe(
      `Published ${a.published} · updated ${a.updated} · ${a.psfVersion}`,
    );
    expect(within(region()).getByText(`PSF Reliability Index: ${a.reliabilityIndex} out of 100`)).toBeTruthy();
  });

  test('without an update or a version: the publication date alone', () => {
    const a = show('langchain');
    expect(a.updated).toBeUndefined();
    expect(region().querySelector('.meta')?.textContent).toBe(`Published ${a.published}`);
  });

  test('without any date: an empty line, and no index where the source gives none', () => {
    const a = show('amazon-bedrock-agents');
    expect([a.published, a.updated, a.psfVersion, a.reliabilityIndex]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(region().querySelector('.meta')?.textContent).toBe('');
    expect(region().textContent).not.toMatch(/Reliability Index/);
  });

  test('an update on the day of publication is not said twice; an update alone is said alone', () => {
    expect(dateLine('2026-05', '2026-05', 'PSF v1.1')).toBe('Published 2026-05 · PSF v1.1');
    expect(dateLine(undefined, '2026-06')).toBe('updated 2026-06');
    expect(dateLine()).toBe('');
  });
});

describe('the counts at a glance', () => {
  test('all eight captured: the counts of the ratings, with no note', () => {
    const a = show('openai-codex');
    expect(ratingsCounted(a).captured).toBe(8);
    expect(countsShown()).toEqual(countsText(ratingsCounted(a)));
    expect(headline().querySelector('.note')).toBeNull();
  });

  test("some captured, the source's own counts: those counts, said to be the source's, with how many are here", () => {
    const a = show('haystack');
    const { captured } = ratingsCounted(a);
    expect(captured).toBeLessThan(8);
    expect(countsShown()).toEqual(countsText(a.summaryCounts as Counts));
    expect(headline().querySelector('.note')?.textContent).toBe(
      `These are the assessment's own counts; ${captured} of 8 domain ratings are captured here. The full assessment has the rest.`,
    );
  });

  test('some captured without counts from the source: the captured ones and how many are not captured, no Gap invented', () => {
    const a = show('llama-3-1-70b');
    expect(a.summaryCounts).toBeUndefined();
    expect(ratingsCounted(a)).toEqual({ Strong: 1, Partial: 2, Gap: 0, captured: 3 });
    expect(headline().tagName).toBe('P');
    expect(headline().textContent).toBe('1 Strong · 2 Partial · 5 not captured');
  });

  test('none captured: says so and where to read them, with no counts', () => {
    show('amazon-bedrock-agents');
    expect(headline().textContent).toBe("Ratings not captured in PSF Lens's data: the full assessment has them.");
    expect(headline().classList.contains('note')).toBe(true);
    expect(countsShown()).toEqual([]);
    expect(region().textContent).not.toMatch(/Gap/);
  });
});

describe('the counts in German and French', () => {
  test.each<['de' | 'fr', (a: Assessment) => Assessment, string]>([
    ['de', (a: Assessment) => a, '1 Strong · 2 Partial · 5 nicht erfasst'],
    ['fr', (a: Assessment) => a, '1 Strong · 2 Partial · 5 non saisies'],
    [
      'fr',
      (a: Assessment) => ({ ...a, ratings: { ...a.ratings, D4: 'Gap', D5: 'Gap', D6: 'Strong', D7: 'Partial' } }),
      '2 Strong · 3 Partial · 2 Gap · 1 non saisie',
    ],
  ])("%s: the missing ratings are counted in the reader's words", (locale, change, text) => {
    setTranslator(translator(locale, localeCatalog(locale)));
    show('llama-3-1-70b', change);
    expect(headline().textContent).toBe(text);
  });
});

describe('about this assessment', () => {
  test('basis, independence, when to look again and the numbers, each in English under its own words', () => {
    const a = show('openai-codex');
    const section = about();
    const labelled = (label: string) => within(section).getByText(label).parentElement as HTMLElement;
    expect(labelled('Basis:').querySelector('[lang="en"]')?.textContent).toBe(a.basis);
    expect(labelled('Independence:').querySelector('[lang="en"]')?.textContent).toBe(a.independence);
    expect(englishListUnder(section, 'Look again when:')).toEqual(a.revisitWhen);
    expect(englishListUnder(section, 'In numbers')).toEqual(a.overview);
    const link = within(section).getByRole('link', { name: 'Read the full assessment ↗' });
    expect([link.getAttribute('href'), link.getAttribute('target'), link.getAttribute('rel')]).toEqual([
      a.url,
      '_blank',
      'noopener noreferrer',
    ]);
  });

  test('leaves out what the source does not say, heading and all', () => {
    const a = show('openai-agents-sdk', (x) => ({ ...x, overview: [], revisitWhen: [] }));
    expect([a.basis, a.independence]).toEqual([undefined, undefined]);
    const section = about();
    expect(within(section).queryByText('Basis:')).toBeNull();
    expect(within(section).queryByText('Independence:')).toBeNull();
    expect(within(section).queryByRole('heading', { name: 'Look again when:' })).toBeNull();
    expect(within(section).queryByRole('heading', { name: 'In numbers' })).toBeNull();
    expect(within(section).queryAllByRole('listitem')).toEqual([]);
    expect([...section.children].map((e) => e.tagName)).toEqual(['H2', 'A']);
  });

  test('without a list of when to look again, the rest still shows', () => {
    const a = show('langchain');
    expect(a.revisitWhen).toBeUndefined();
    expect(within(about()).queryByRole('heading', { name: 'Look again when:' })).toBeNull();
    expect(within(about()).getByRole('heading', { level: 3, name: 'In numbers' })).toBeTruthy();
  });
});

describe('the eight domains', () => {
  test('a domain the list of domains lacks still has its row, under its id, with no made-up summary', () => {
    const d = bundled();
    const a = assessmentOf(d, 'openai-codex');
    render(<AssessmentDetails assessment={a} domains={d.domains.filter((x) => x.id !== 'D8')} />);
    const rows = [...document.querySelectorAll<HTMLElement>('.domains > li')];
    expect(rows).toHaveLength(8);
    const d8 = rows[7] as HTMLElement;
    expect(d8.querySelector('.domain-id')?.textContent).toBe('D8');
    expect(d8.querySelector('.domain-name')?.textContent).toBe('D8');
    expect(d8.querySelector('.domain-summary')?.textContent).toBe('');
    expect(within(d8).getByText(a.domains.D8?.findings[0] ?? '')).toBeTruthy();
  });
});
