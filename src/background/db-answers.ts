/**
 * Vendors' answers written by an answers file, with what each replaced, so that the file can be undone: read by
 * mistake (an older file, another vendor's round), it would otherwise have overwritten newer answers for good. One
 * step back: the answer a file replaced is kept without its own mark. Each write and each undo is one transaction,
 * so a reload or a second tab sees the answers before or after, never half of them.
 */
import type { Answer } from '../core/questionnaire.ts';
import type { AnswersRead } from '../shared/messages.ts';
import type { Db, StoredAnswer } from './db.ts';

const sameAnswer = (a: Answer, b: Answer) =>
  a.answer === b.answer && a.evidence.length === b.evidence.length && a.evidence.every((l, i) => l === b.evidence[i]);

/** The answer as a file found it: its own mark dropped, so that a kept answer never holds a chain of older ones. */
function unmarked({ import: _mark, ...answer }: StoredAnswer): StoredAnswer {
  return answer;
}

/**
 * The file read last for a product, if Undo can still put back exactly what it replaced: each answer it wrote is
 * still there as it wrote it (a later file has replaced none). Null otherwise.
 */
export function lastRead(rows: readonly StoredAnswer[]): AnswersRead | null {
  const latest = rows.reduce<StoredAnswer | null>((a, b) => (a && a.receivedAt >= b.receivedAt ? a : b), null);
  const mark = latest?.import;
  if (!latest || !mark) return null;
  const written = rows.filter((r) => r.import?.id === mark.id);
  if (written.length !== mark.rows) return null;
  const replaced = written.filter((r) => r.import?.before && !sameAnswer(r, r.import.before)).length;
  return { importId: mark.id, at: latest.receivedAt, taken: mark.rows, replaced };
}

/** Adds or replaces a file's answers in one transaction, each keeping the answer it replaced. */
export async function writeAnswerImport(
  db: Db,
  productId: string,
  answers: readonly Answer[],
  receivedAt: number,
  id: string,
): Promise<AnswersRead | null> {
  if (!answers.length) return null;
  const tx = db.transaction('questionnaire-answers', 'readwrite');
  const held = new Map(
    (await tx.store.index('by-product').getAll(productId)).map((row) => [row.questionId, unmarked(row)]),
  );
  const rows = answers.map((a): StoredAnswer => {
    const before = held.get(a.questionId) ?? null;
    return { ...a, productId, receivedAt, import: { id, rows: answers.length, before } };
  });
  await Promise.all([...rows.map((row) => tx.store.put(row)), tx.done]);
  return lastRead(rows);
}

/**
 * Puts back the answers as they were before file `id` was read, in one transaction; refused, touching nothing, when
 * that file is no longer the last one read or a later file replaced any of its answers.
 */
export async function undoAnswerImport(db: Db, productId: string, id: string): Promise<boolean> {
  const tx = db.transaction('questionnaire-answers', 'readwrite');
  const rows = await tx.store.index('by-product').getAll(productId);
  if (lastRead(rows)?.importId !== id) {
    await tx.done;
    return false;
  }
  const written = rows.filter((r) => r.import?.id === id);
  await Promise.all([
    ...written.map((r) =>
      r.import?.before ? tx.store.put(r.import.before) : tx.store.delete([productId, r.questionId]),
    ),
    tx.done,
  ]);
  return true;
}
