/**
 * A vendor question in the page's language. The questions are PSF Lens's own words (src/core/questions.ts keeps
 * them in English for the files sent to the vendor); on screen each is found by its stable id in the catalogs
 * (`D3-2` -> `question_D3_2`, `question_D3_2_evidence`), so core stays free of any language but the files'.
 */
import type { Question } from '../core/questions.ts';
import { t, type MessageKey } from '../shared/i18n.ts';

type QuestionKey = Extract<MessageKey, `question_${string}`>;

export function questionKey(id: string): QuestionKey {
  return `question_${id.replaceAll('-', '_')}` as QuestionKey;
}

export function questionWords(question: Question): { text: string; evidence: string } {
  const key = questionKey(question.id);
  const text = t(key);
  // A question the catalogs do not know yet (an older catalog, a newer core) is shown as core words it.
  if (text === key) return { text: question.text, evidence: question.evidence };
  return { text, evidence: t(`${key}_evidence` as QuestionKey) };
}
