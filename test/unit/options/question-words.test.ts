/**
 * The vendor questions on screen in the reader's language, found by their stable ids; the English catalog says
 * exactly what core writes into the files for the vendor, so the screen and the file never drift apart; and the
 * reasons a vendor's answers file or row is refused read as whole sentences in each language.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { domainQuestions, type Question } from '../../../src/core/questions.ts';
import { fileProblemText, rowProblemText } from '../../../src/options/answer-problems.ts';
import { questionKey, questionWords } from '../../../src/options/question-words.ts';
import { setTranslator, translator } from '../../../src/shared/i18n.ts';
import { localeCatalog } from '../helpers/setup.ts';

const en = localeCatalog('en');
const all = Object.values(domainQuestions()).flat();
const speak = (locale: 'en' | 'de' | 'fr') => setTranslator(translator(locale, localeCatalog(locale), en));

afterEach(() => speak('en'));

test('the English catalog holds each question exactly as core writes it into the vendor’s files', () => {
  expect(all.length).toBeGreaterThan(20);
  for (const q of all) {
    expect(en[questionKey(q.id)]?.message, q.id).toBe(q.text);
    expect(en[`${questionKey(q.id)}_evidence`]?.message, q.id).toBe(q.evidence);
  }
  const known = new Set<string>(all.map((q) => questionKey(q.id)));
  const stray = Object.keys(en).filter((k) => k.startsWith('question_') && !known.has(k.replace(/_evidence$/, '')));
  expect(stray, 'catalog questions core no longer asks').toEqual([]);
});

test.each([
  ['de', 'Können wir unsere Daten auf Anfrage und nach Zeitplan löschen, und wie wird die Löschung bestätigt?'],
  [
    'fr',
    'Pouvons-nous supprimer nos données sur demande et selon un calendrier, et comment la suppression est-elle confirmée\u00a0?',
  ],
] as const)('%s: a question and its evidence in the language, found by id', (locale, d33) => {
  speak(locale);
  const q = all.find((x) => x.id === 'D3-3') as Question;
  expect(questionWords(q).text).toBe(d33);
  for (const each of all) {
    const words = questionWords(each);
    expect(words.text, each.id).not.toBe(each.text);
    expect(words.evidence, each.id).toBeTruthy();
  }
});

test('a question no catalog knows yet is shown in core’s words, never as a key', () => {
  speak('de');
  const newer: Question = { id: 'D9-9', text: 'A question added later?', evidence: 'Something' };
  expect(questionWords(newer)).toEqual({ text: 'A question added later?', evidence: 'Something' });
});

describe('why answers were not taken', () => {
  test.each([
    [
      'en',
      'Row 4 was not taken: question D1-1 is already answered in row 2.',
      'its first row lacks the column evidence_links.',
      'lacks the columns question_id, answer, evidence_links.',
    ],
    [
      'de',
      'Zeile 4 wurde nicht übernommen: Frage D1-1 ist bereits in Zeile 2 beantwortet.',
      'In ihrer ersten Zeile fehlt die Spalte evidence_links.',
      'fehlen die Spalten question_id, answer, evidence_links.',
    ],
    [
      'fr',
      'La ligne 4 n’a pas été reprise\u00a0: la question D1-1 a déjà une réponse à la ligne 2.',
      'sa première ligne n’a pas la colonne evidence_links.',
      'n’a pas les colonnes question_id, answer, evidence_links.',
    ],
  ] as const)('%s', (locale, twice, oneColumn, threeColumns) => {
    speak(locale);
    expect(rowProblemText(4, { kind: 'answered-twice', questionId: 'D1-1', firstRow: 2 })).toBe(twice);
    expect(fileProblemText({ kind: 'missing-columns', columns: ['evidence_links'] })).toContain(oneColumn);
    const three = fileProblemText({ kind: 'missing-columns', columns: ['question_id', 'answer', 'evidence_links'] });
    expect(three).toContain(threeColumns);
  });
});
