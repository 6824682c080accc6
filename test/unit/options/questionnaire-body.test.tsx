// @vitest-environment happy-dom
// The questionnaire as the vendor and the buyer read it: whose assessment it comes from, per domain its rating now
// (not captured said as such, never as a rating), each question with the evidence wanted, and the vendor's answer
// beside it or the words that none came yet.
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { buildQuestionnaire, type Questionnaire, type QuestionnaireBasis } from '../../../src/core/questionnaire.ts';
import { domainQuestions } from '../../../src/core/questions.ts';
import { QuestionnaireBody } from '../../../src/options/questionnaire-body.tsx';
import type { StoredAnswerView } from '../../../src/shared/messages.ts';
import { t } from '../../../src/shared/i18n.ts';
import { libraryOf } from './workspace-fixture.tsx';

afterEach(cleanup);

const { domains } = libraryOf();
const product = { id: 'acme-agent', name: 'Acme Agent', vendor: 'Acme' };
const paiBasis: QuestionnaireBasis = { kind: 'pai', title: 'Acme Agent PSF review', url: 'https://pai.example/acme' };

/** A form asking about D2 (Gap) and D5 (not captured); every other domain rated Strong. */
function form(basis: QuestionnaireBasis = paiBasis): Questionnaire {
  const ratings = { D1: 'Strong', D2: 'Gap', D3: 'Strong', D4: 'Strong', D6: 'Strong', D7: 'Strong', D8: 'Strong' };
  return buildQuestionnaire(product, { ratings } as never, domains, basis);
}

const show = (f: Questionnaire, answers: StoredAnswerView[] = []) =>
  render(<QuestionnaireBody form={f} answers={answers} />);
const answerTo = (id: string) => screen.getByLabelText(`Answer to ${id}`);

describe('the questionnaire body', () => {
  test('a section per domain asked about, named in English, with its rating now', () => {
    show(form());
    const headings = screen.getAllByRole('heading', { level: 2 });
    expect(headings.map((h) => h.textContent)).toEqual([
      'D2 Output Validation now: Gap',
      'D5 Deployment Safety now: not captured',
    ]);
    expect(headings[0]?.querySelector('[lang="en"]')?.textContent).toBe('Output Validation');
    expect(headings[0]?.querySelector('.q-rating')?.className).toBe('q-rating rating-gap');
    expect(headings[1]?.querySelector('.q-rating')?.className).toBe('q-rating rating-none');
    const d2 = screen.getByRole('region', { name: 'D2 Output Validation now: Gap' });
    expect(within(d2).getAllByRole('listitem')).toHaveLength(domainQuestions().D2.length);
  });

  test.each<[string, QuestionnaireBasis]>([
    ['the organisation’s own assessment', { kind: 'organisation', title: 'Our review' }],
    ['no assessment', { kind: 'none' }],
  ])('on %s, a domain without a rating is "not assessed", not "not captured"', (_, basis) => {
    show(form(basis));
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toContain(
      'D5 Deployment Safety now: not assessed',
    );
    expect(document.body.textContent).not.toMatch(/captured/);
  });

  test('each question with its id, its words and the evidence wanted; no answer yet said so', () => {
    show(form());
    const [first] = domainQuestions().D2;
    if (!first) throw new Error('test setup: D2 has questions');
    const item = answerTo(first.id).closest('li') as HTMLElement;
    expect(item.querySelector('.q-text')?.textContent).toBe(`${first.id} ${t('question_D2_1')}`);
    expect(within(item).getByText(`Evidence wanted: ${t('question_D2_1_evidence')}`)).toBeTruthy();
    expect(answerTo(first.id).textContent).toBe('Answer: not received yet');
    expect(answerTo(first.id).className).toBe('q-answer');
  });

  test('an answer beside its question, with its evidence links and the day it was received', () => {
    const receivedAt = Date.UTC(2026, 10, 3, 12);
    show(form(), [
      {
        questionId: 'D2-1',
        answer: 'Schemas on every tool call',
        evidence: ['https://acme.example/a', 'https://acme.example/b'],
        receivedAt,
      },
      { questionId: 'D5-2', answer: '', evidence: ['https://acme.example/runbook'], receivedAt },
    ]);
    const given = answerTo('D2-1');
    expect(given.className).toBe('q-answer answered');
    expect(given.querySelector('p')?.textContent).toBe('Schemas on every tool call');
    const links = within(given).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['https://acme.example/a', 'https://acme.example/a'],
      ['https://acme.example/b', 'https://acme.example/b'],
    ]);
    expect(given.querySelector('.q-evidence')?.textContent).toMatch(/^Evidence: /);
    expect(within(given).getByText(`Received ${t.date(receivedAt)}`)).toBeTruthy();
    expect(answerTo('D5-2').querySelector('p')?.textContent).toBe('No answer text, only evidence.');
    expect(answerTo('D2-2').textContent).toBe('Answer: not received yet');
  });

  test('an answer without evidence shows no evidence line', () => {
    show(form(), [{ questionId: 'D2-1', answer: 'Yes', evidence: [], receivedAt: 0 }]);
    expect(answerTo('D2-1').querySelector('.q-evidence')).toBeNull();
    expect(within(answerTo('D2-1')).queryByRole('link')).toBeNull();
  });

  test('says whose assessment the questions come from', () => {
    show(form());
    const pai = screen.getByText(/^Based on the independent PSF assessment/);
    expect(pai.textContent).toBe(
      'Based on the independent PSF assessment Acme Agent PSF review by the Production AI Institute.',
    );
    const link = within(pai).getByRole('link', { name: /Acme Agent PSF review/ });
    expect(link.getAttribute('href')).toBe('https://pai.example/acme');
    expect(link.closest('[lang]')?.getAttribute('lang')).toBe('en');
    cleanup();
    show(form({ kind: 'organisation', title: 'Our Acme review' }));
    expect(screen.getByText("Based on your organisation's own assessment “Our Acme review”.")).toBeTruthy();
    cleanup();
    show(buildQuestionnaire(product, null, domains, { kind: 'none' }));
    expect(
      screen.getByText('There is no PSF assessment of this product yet, so every domain is asked about.'),
    ).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(8);
  });

  test('every domain Strong: no questions, and the page says so', () => {
    const ratings = Object.fromEntries(domains.map((d) => [d.id, 'Strong']));
    show(buildQuestionnaire(product, { ratings } as never, domains, paiBasis));
    expect(screen.getByText('Every domain is rated Strong: there are no open questions.')).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
  });

  test('with a question asked, there is no "all Strong" line', () => {
    show(form());
    expect(screen.queryByText(/there are no open questions/)).toBeNull();
  });
});
