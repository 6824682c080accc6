/**
 * Why a vendor's answers file, or one row of it, was not taken, in the page's language. The reasons come from
 * core (`importAnswers`) as codes with their details; this is the one place they become sentences.
 */
import type { FileProblem, RowProblem } from '../core/questionnaire-import.ts';
import { t } from '../shared/i18n.ts';

export function rowProblemText(row: number, problem: RowProblem): string {
  switch (problem.kind) {
    case 'other-product':
      return t('questionnaire_row_otherProduct', { row, productId: problem.productId, expected: problem.expected });
    case 'no-question-id':
      return t('questionnaire_row_noQuestionId', { row });
    case 'not-asked':
      return t('questionnaire_row_notAsked', { row, id: problem.questionId });
    case 'answer-too-long':
      return t('questionnaire_row_answerTooLong', { row, length: problem.length, max: problem.max });
    case 'too-many-links':
      return t('questionnaire_row_tooManyLinks', { row, count: problem.count, max: problem.max });
    case 'not-https':
      return t('questionnaire_row_notHttps', { row, link: problem.link });
    case 'answered-twice':
      return t('questionnaire_row_answeredTwice', { row, id: problem.questionId, first: problem.firstRow });
  }
}

export function fileProblemText(problem: FileProblem): string {
  switch (problem.kind) {
    case 'unclosed-quote':
      return t('questionnaire_file_unclosedQuote');
    case 'missing-columns':
      return t.plural('questionnaire_file_columns', problem.columns.length, { columns: problem.columns.join(', ') });
    case 'other-product':
      return t('questionnaire_file_otherProduct', { productId: problem.productId, expected: problem.expected });
  }
}
