/**
 * Reads a vendor's filled-in questionnaire CSV back. Rows are matched to questions by `question_id`; each row is
 * taken or refused on its own, with its reason, so one bad row never costs the good ones. A row with neither an
 * answer nor evidence is not an answer (it is skipped, and erases nothing). Pure: reasons are `kind`-coded with
 * their details, and the workspace says them in the reader's language.
 */
import { parseCsv, undefuse, type CsvSeparator } from './csv.ts';
import type { Answer, Questionnaire } from './questionnaire.ts';
import { isHttpsUrl } from './url.ts';

export const ANSWER_MAX = 4000;
export const EVIDENCE_MAX = 10;

/** Why one row was not taken. */
export type RowProblem =
  | { kind: 'other-product'; productId: string; expected: string }
  | { kind: 'no-question-id' }
  | { kind: 'not-asked'; questionId: string }
  | { kind: 'answer-too-long'; length: number; max: number }
  | { kind: 'too-many-links'; count: number; max: number }
  | { kind: 'not-https'; link: string }
  | { kind: 'answered-twice'; questionId: string; firstRow: number };

export interface RefusedRow {
  /** The row's line in the spreadsheet, header = 1. */
  row: number;
  problem: RowProblem;
}

/**
 * Why a whole file was not read: not CSV, not a questionnaire (the columns it lacks), or every row of it for one other
 * product: the vendor's answers to another questionnaire, said once rather than row by row.
 */
export type FileProblem =
  | { kind: 'unclosed-quote' }
  | { kind: 'missing-columns'; columns: string[] }
  | { kind: 'other-product'; productId: string; expected: string };

export type AnswerImport =
  | { kind: 'read'; answers: Answer[]; refused: RefusedRow[]; skipped: number }
  | { kind: 'unreadable'; problem: FileProblem };

const REQUIRED = ['question_id', 'answer', 'evidence_links'] as const;
const SEPARATORS: readonly CsvSeparator[] = [',', ';', '\t'];

/**
 * The links of an evidence cell: apart by spaces or line breaks, as exported, or by a comma or semicolon before the
 * next link, as people list them in a spreadsheet; a comma, semicolon or full stop after a link ends the sentence, not
 * the link. Read as one, `https://a.example/x,https://b.example/y` would be one broken link and the second lost.
 */
export function evidenceLinks(cell: string): string[] {
  return cell
    .split(/\s+|[,;](?=\s*[a-z][a-z0-9+.-]*:)/i)
    .map((link) => link.replace(/[.,;]+$/, ''))
    .filter(Boolean);
}

function readRow(
  cell: (name: string) => string,
  form: Questionnaire,
  asked: ReadonlySet<string>,
): { kind: 'answer'; answer: Answer } | RowProblem | null {
  const questionId = cell('question_id').trim();
  const productId = cell('product_id').trim();
  if (productId && productId !== form.product.id)
    return { kind: 'other-product', productId, expected: form.product.id };
  if (!questionId) return { kind: 'no-question-id' };
  if (!asked.has(questionId)) return { kind: 'not-asked', questionId };
  const answer = cell('answer').trim();
  const links = evidenceLinks(cell('evidence_links'));
  if (!answer && !links.length) return null;
  if (answer.length > ANSWER_MAX) return { kind: 'answer-too-long', length: answer.length, max: ANSWER_MAX };
  if (links.length > EVIDENCE_MAX) return { kind: 'too-many-links', count: links.length, max: EVIDENCE_MAX };
  const bad = links.find((link) => !isHttpsUrl(link));
  if (bad !== undefined) return { kind: 'not-https', link: bad.slice(0, 80) };
  return { kind: 'answer', answer: { questionId, answer, evidence: links } };
}

/** The header's column names, and those of REQUIRED it lacks. */
function columnsOf(rows: readonly string[][]) {
  // Stryker disable next-line ArrayDeclaration: a filler is no required column, so a file without rows still lacks all.
  const columns = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  return { columns, missing: REQUIRED.filter((name) => !columns.includes(name)) };
}

/**
 * Commas, as exported; semicolons, as a spreadsheet set to German or French saves it back; or tabs, as Excel's
 * "Unicode Text" and LibreOffice's or Numbers' tab-separated text do. The header row decides: the separator that
 * finds the most of the required columns in it (commas first on a tie) reads the whole file. Read with the wrong
 * one, an answer holding `,"` could look like a quote never closed, and a good file would be refused as broken.
 */
function readTable(text: string): { rows: string[][]; columns: string[] } | { problem: FileProblem } {
  // The header is the first line that is not blank, as parseCsv drops blank lines; its names are never quoted over lines.
  const head = text.replace(/^\uFEFF?[\r\n]*/, '').split(/[\r\n]/, 1)[0] ?? '';
  const ranked = SEPARATORS.map((separator) => {
    const parsed = parseCsv(head, separator);
    return { separator, missing: columnsOf(parsed.kind === 'rows' ? parsed.rows : []).missing };
  });
  const best = ranked.reduce((a, b) => (b.missing.length < a.missing.length ? b : a));
  if (best.missing.length) return { problem: { kind: 'missing-columns', columns: [...best.missing] } };
  const parsed = parseCsv(text, best.separator);
  if (parsed.kind === 'unreadable') return { problem: { kind: parsed.reason } };
  return { rows: parsed.rows, columns: columnsOf(parsed.rows).columns };
}

export function importAnswers(text: string, form: Questionnaire): AnswerImport {
  const table = readTable(text);
  if ('problem' in table) return { kind: 'unreadable', problem: table.problem };
  const { columns } = table;
  const [, ...body] = table.rows;
  const asked = new Set(form.sections.flatMap((s) => s.questions.map((q) => q.id)));
  const seen = new Map<string, number>();
  const answers: Answer[] = [];
  const refused: RefusedRow[] = [];
  let skipped = 0;
  body.forEach((cells, i) => {
    const row = i + 2;
    // A column the file lacks (product_id) is at -1, where a row has no cell: read as empty, like a short row's.
    const cell = (name: string) => undefuse(cells[columns.indexOf(name)] ?? '');
    const result = readRow(cell, form, asked);
    if (result === null) return void skipped++;
    if (result.kind !== 'answer') return void refused.push({ row, problem: result });
    const { questionId } = result.answer;
    const firstRow = seen.get(questionId);
    if (firstRow !== undefined)
      return void refused.push({ row, problem: { kind: 'answered-twice', questionId, firstRow } });
    seen.set(questionId, row);
    answers.push(result.answer);
  });
  const other = refused[0]?.problem;
  const allOther =
    other?.kind === 'other-product' &&
    !answers.length &&
    refused.every((r) => r.problem.kind === 'other-product' && r.problem.productId === other.productId);
  if (allOther) return { kind: 'unreadable', problem: other };
  return { kind: 'read', answers, refused, skipped };
}
