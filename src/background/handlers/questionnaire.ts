/**
 * The vendor questionnaire of a product, PAI's or the organisation's, and the vendor's answers: a filled-in CSV is
 * read row by row; the rows that pass are stored (an answer replaces that question's earlier one, which Undo puts
 * back), the others are refused with the reason, and a row left blank erases nothing.
 */
import { importAnswers } from '../../core/questionnaire-import.ts';
import { buildQuestionnaire, type Questionnaire } from '../../core/questionnaire.ts';
import { latestByProduct } from '../../core/latest.ts';
import { readAssessmentFor, readMeta, readProduct } from '../db.ts';
import { readAnswers } from '../db-org.ts';
import { lastRead, undoAnswerImport, writeAnswerImport } from '../db-answers.ts';
import type { Deps, Handlers } from '../types.ts';
import { orgViews } from './org.ts';
import { userError } from '../../shared/user-error.ts';

type QuestionnaireHandlers = Pick<Handlers, 'questionnaire' | 'questionnaire-import' | 'questionnaire-undo'>;

/** The organisation's assessment of the product when it has one (or `basis` asks for it), else PAI's. */
async function questionnaireFor(
  deps: Deps,
  productId: string,
  basis?: 'pai' | 'organisation',
): Promise<Questionnaire | null> {
  const db = await deps.db();
  // Stryker disable next-line ArrayDeclaration: no domain is named by a filler, so each is named by its id either way.
  const domains = (await readMeta(db))?.domains ?? [];
  if (basis !== 'pai') {
    for (const org of await orgViews(deps)) {
      const product = org.dataset.products.find((p) => p.id === productId);
      if (!product) continue;
      const assessment = latestByProduct(org.dataset.assessments).get(productId) ?? null;
      const title = assessment?.title ?? `${org.name}`;
      return buildQuestionnaire(product, assessment, domains, { kind: 'organisation', title });
    }
  }
  if (basis === 'organisation') return null;
  const product = await readProduct(db, productId);
  if (!product) return null;
  const assessment = await readAssessmentFor(db, productId);
  return buildQuestionnaire(
    product,
    assessment,
    domains,
    assessment ? { kind: 'pai', title: assessment.title, url: assessment.url } : { kind: 'none' },
  );
}

export function questionnaireHandlers(deps: Deps, now: () => number = Date.now): QuestionnaireHandlers {
  return {
    async questionnaire({ productId, basis }) {
      const form = await questionnaireFor(deps, productId, basis);
      if (!form) return { kind: 'no-product', productId };
      const rows = await readAnswers(await deps.db(), productId);
      const answers = rows.map(({ productId: _p, import: _i, ...a }) => a);
      const read = lastRead(rows);
      return { kind: 'questionnaire', form, answers, ...(read ? { lastRead: read } : {}) };
    },

    async 'questionnaire-import'({ productId, basis, text }) {
      const form = await questionnaireFor(deps, productId, basis);
      if (!form) throw userError({ code: 'unknown-product', id: productId });
      const read = importAnswers(text, form);
      if (read.kind === 'unreadable') return read;
      const written = await writeAnswerImport(await deps.db(), productId, read.answers, now(), crypto.randomUUID());
      return {
        kind: 'imported',
        taken: read.answers.length,
        refused: read.refused,
        skipped: read.skipped,
        ...(written ? { read: written } : {}),
      };
    },

    async 'questionnaire-undo'({ productId, importId }) {
      return { kind: (await undoAnswerImport(await deps.db(), productId, importId)) ? 'undone' : 'changed' };
    },
  };
}
