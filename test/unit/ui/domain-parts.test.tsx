// @vitest-environment happy-dom
// One domain of an assessment (src/ui/domain-row.tsx, domain-findings.tsx), the legend of the ratings
// (src/ui/legend.tsx) and sentences with elements in them (src/ui/rich.tsx): a domain shows the findings and the
// actions it has, under their own headings, says so when it has neither, and flags sources that disagree; the
// legend's terms look like the ratings they explain; a sentence keeps a slot it was not given visible.
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import type { DomainDetail, DomainId } from '../../../src/core/model.ts';
import { DomainFindings } from '../../../src/ui/domain-findings.tsx';
import { DomainRow } from '../../../src/ui/domain-row.tsx';
import { Legend } from '../../../src/ui/legend.tsx';
import { RatingLabel } from '../../../src/ui/rating.tsx';
import { rich } from '../../../src/ui/rich.tsx';
import { assessmentOf, bundled } from '../helpers/dataset.ts';

afterEach(cleanup);

const NO_FINDINGS = 'No findings summarised here for this domain: read the full assessment.';

function detailOf(productId: string, id: DomainId): DomainDetail | undefined {
  return assessmentOf(bundled(), productId).domains[id];
}

function showFindings(detail: DomainDetail | undefined) {
  render(<DomainFindings detail={detail} conflicts={[]} heading="h4" />);
}

const headings = () => screen.queryAllByRole('heading').map((h) => [h.tagName, h.textContent]);
const listUnder = (name: string) => screen.getByRole('heading', { name }).nextElementSibling as HTMLElement;
const items = (list: HTMLElement) =>
  within(list)
    .getAllByRole('listitem')
    .map((li) => li.textContent);

describe("a domain's findings and actions", () => {
  test('both: each under its heading at the level asked for, in English', () => {
    const detail = detailOf('openai-codex', 'D1') as DomainDetail;
    expect(detail.findings.length * detail.actions.length).toBeGreaterThan(0);
    showFindings(detail);
    expect(headings()).toEqual([
      ['H4', 'Findings'],
      ['H4', 'What to do'],
    ]);
    expect(listUnder('Findings').getAttribute('lang')).toBe('en');
    expect(items(listUnder('Findings'))).toEqual(detail.findings);
    expect(listUnder('What to do').getAttribute('lang')).toBe('en');
    expect(items(listUnder('What to do'))).toEqual(detail.actions.map((a) => a.text));
    expect(screen.queryByText(NO_FINDINGS)).toBeNull();
  });

  test('findings without actions: no "What to do" heading, and no "no findings" note', () => {
    const detail = detailOf('crewai', 'D1') as DomainDetail;
    expect([detail.findings.length > 0, detail.actions.length]).toEqual([true, 0]);
    showFindings(detail);
    expect(headings()).toEqual([['H4', 'Findings']]);
    expect(screen.queryByText(NO_FINDINGS)).toBeNull();
  });

  test('actions without findings: no "Findings" heading, and no "no findings" note', () => {
    const codex = detailOf('openai-codex', 'D2') as DomainDetail;
    showFindings({ findings: [], actions: codex.actions });
    expect(headings()).toEqual([['H4', 'What to do']]);
    expect(items(listUnder('What to do'))).toEqual(codex.actions.map((a) => a.text));
    expect(screen.queryByText(NO_FINDINGS)).toBeNull();
  });

  test('neither, but where the rating comes from: that, in English, and the note', () => {
    const detail = detailOf('crewai', 'D5') as DomainDetail;
    expect([detail.findings.length, detail.actions.length, Boolean(detail.ratingSource)]).toEqual([0, 0, true]);
    showFindings(detail);
    expect(headings()).toEqual([]);
    expect(screen.getByText(detail.ratingSource ?? '').getAttribute('lang')).toBe('en');
    expect(screen.getByText(NO_FINDINGS)).toBeTruthy();
  });

  test('nothing in the data for the domain: the note alone', () => {
    expect(detailOf('crewai', 'D2')).toBeUndefined();
    showFindings(undefined);
    expect(headings()).toEqual([]);
    expect(screen.queryAllByRole('list')).toEqual([]);
    expect(document.body.textContent).toBe(NO_FINDINGS);
  });
});

describe('a domain row', () => {
  test('flags a rating its sources disagree on, in a tooltip and for a screen reader', () => {
    const d = bundled();
    const langchain = assessmentOf(d, 'langchain');
    const conflicts = (langchain.conflicts ?? []).filter((c) => c.domain === 'D5');
    expect(conflicts).toHaveLength(1);
    const domain = d.domains.find((x) => x.id === 'D5');
    if (!domain) throw new Error('test setup: no D5 in the bundled dataset');
    render(
      <ol>
        <DomainRow domain={domain} rating={langchain.ratings.D5} detail={langchain.domains.D5} conflicts={conflicts} />
        <DomainRow domain={domain} rating={langchain.ratings.D5} detail={langchain.domains.D5} />
      </ol>,
    );
    const [flagged, plain] = screen.getAllByRole('listitem').filter((li) => li.classList.contains('domain'));
    const flag = within(flagged as HTMLElement).getByTitle('Sources disagree on this rating');
    expect(flag.querySelector('.sr-only')?.textContent).toBe(' sources disagree');
    expect(within(flagged as HTMLElement).getByRole('note').textContent).toContain(conflicts[0]?.note);
    expect((plain as HTMLElement).querySelector('.flag')).toBeNull();
  });
});

describe('the legend', () => {
  test("each term looks like the rating it explains: the rating's own class, as in the rows", () => {
    render(
      <>
        <Legend />
        <div class="labels">
          {(['Strong', 'Partial', 'Gap', undefined] as const).map((rating) => (
            <RatingLabel key={rating ?? 'none'} rating={rating} />
          ))}
        </div>
      </>,
    );
    const terms = [...document.querySelectorAll('.legend dt')];
    expect(terms.map((dt) => dt.textContent?.replace(/^\W+/, ''))).toEqual([
      'Strong',
      'Partial',
      'Gap',
      'not captured',
    ]);
    const labels = [...document.querySelectorAll('.labels > .rating')].map((l) => l.className);
    expect(labels).toEqual([
      'rating rating-Strong',
      'rating rating-Partial',
      'rating rating-Gap',
      'rating rating-none',
    ]);
    expect(terms.map((dt) => dt.className)).toEqual(labels);
  });
});

describe('rich()', () => {
  test('puts each element in its place and leaves a slot it was not given visible, never dropped', () => {
    const { container } = render(
      <p>
        {rich('Read {link} before {when}.', {
          link: (
            <a href="https://example.org/" lang="en">
              the source
            </a>
          ),
        })}
      </p>,
    );
    expect(container.textContent).toBe('Read the source before {when}.');
    expect(screen.getByRole('link', { name: 'the source' }).getAttribute('href')).toBe('https://example.org/');
  });
});
