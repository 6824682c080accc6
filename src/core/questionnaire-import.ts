/**
 * Reads a vendor's filled-in questionnaire CSV back. Rows are matched to questions by `question_id`; each row is
 * taken or refused on its own, with the reason in plain words, so one bad row never costs the good ones. A row
 * with neither an answer nor evidence is not an answer (it is skipped, and erases nothing). Pure.
 */
import { parseCsv, undefuse } from './csv.ts';
import type { Answer, Questionnaire } from './questionnaire.ts';
import { isHttpsUrl } from './url.ts';

export const ANSWER_MAX = 4000;
export const EVIDENCE_MAX = 10;

export interface RefusedRow {
  /** The row's line in the spreadsheet, header = 1. */
  row: number;
  reason: string;
}

export type AnswerImport =
  { kind: 'read'; answers: Answer[]; refused: RefusedRow[]; skipped: number } | { kind: 'unreadable'; reason: string };

const REQUIRED = ['question_id', 'answer', 'evidence_links'] as const;

function readRow(
  cell: (name: string) => string,
  form: Questionnaire,
  asked: ReadonlySet<string>,
): Answer | string | null {
  const questionId = cell('question_id').trim();
  const productId = cell('product_id').trim();
  if (productId && productId !== form.product.id) return `it is for product "${productId}", not "${form.product.id}"`;
  if (!questionId) return 'it has no question_id';
  if (!asked.has(questionId)) return `question "${questionId}" is not in this questionnaire`;
  const answer = cell('answer').trim();
  const links = cell('evidence_links').split(/\s+/).filter(Boolean);
  if (!answer && !links.length) return null;
  if (answer.length > ANSWER_MAX) return `the answer is ${answer.length} characters, over ${ANSWER_MAX}`;
  if (links.length > EVIDENCE_MAX) return `it has ${links.length} evidence links, over ${EVIDENCE_MAX}`;
  const bad = links.find((link) => !isHttpsUrl(link));
  if (bad !== undefined) return `evidence "${bad.slice(0, 80)}" is not an https link`;
  return { questionId, answer, evidence: links };
}

export function importAnswers(text: string, form: Questionnaire): AnswerImport {
  const parsed = parseCsv(text);
  if (parsed.kind === 'unreadable')
    return { kind: 'unreadable', reason: `The file is not readable CSV: ${parsed.reason}.` };
  const [header, ...body] = parsed.rows;
  const columns = (header ?? []).map((h) => h.trim().toLowerCase());
  const missing = REQUIRED.filter((name) => !columns.includes(name));
  if (missing.length)
    return {
      kind: 'unreadable',
      reason: `The file is not a PSF Lens questionnaire: its first row lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}. Export the questionnaire as CSV and send the vendor that file.`,
    };
  const asked = new Set(form.sections.flatMap((s) => s.questions.map((q) => q.id)));
  const seen = new Map<string, number>();
  const answers: Answer[] = [];
  const refused: RefusedRow[] = [];
  let skipped = 0;
  body.forEach((cells, i) => {
    const row = i + 2;
    const cell = (name: string) => {
      const at = columns.indexOf(name);
      return at === -1 ? '' : undefuse(cells[at] ?? '');
    };
    const result = readRow(cell, form, asked);
    if (result === null) return void skipped++;
    if (typeof result === 'string') return void refused.push({ row, reason: `Row ${row} was not taken: ${result}.` });
    const first = seen.get(result.questionId);
    if (first !== undefined)
      return void refused.push({
        row,
        reason: `Row ${row} was not taken: question ${result.questionId} is already answered in row ${first}.`,
      });
    seen.set(result.questionId, row);
    answers.push(result);
  });
  return { kind: 'read', answers, refused, skipped };
}
