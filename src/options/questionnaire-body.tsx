/** The questionnaire itself, on screen and on paper: per domain its rating now, each question, the answer beside it. */
import type { Questionnaire } from '../core/questionnaire.ts';
import type { StoredAnswerView } from '../shared/messages.ts';
import { t } from '../shared/i18n.ts';
import { ExternalLink } from '../ui/links.tsx';
import { rich } from '../ui/rich.tsx';
import { questionWords } from './question-words.ts';

function Basis({ basis }: { basis: Questionnaire['basis'] }) {
  switch (basis.kind) {
    case 'pai':
      return (
        <p class="note">
          {rich(t('questionnaire_basisPai'), {
            title: (
              <span lang="en">
                <ExternalLink href={basis.url}>{basis.title}</ExternalLink>
              </span>
            ),
          })}
        </p>
      );
    case 'organisation':
      return <p class="note">{t('questionnaire_basisOrg', { title: basis.title })}</p>;
    case 'none':
      return <p class="note">{t('questionnaire_basisNone')}</p>;
  }
}

export function QuestionnaireBody({ form, answers }: { form: Questionnaire; answers: readonly StoredAnswerView[] }) {
  const byId = new Map(answers.map((a) => [a.questionId, a]));
  return (
    <>
      <Basis basis={form.basis} />
      {form.sections.length === 0 && <p class="empty">{t('questionnaire_allStrong')}</p>}
      {form.sections.map((section) => (
        <section class="q-domain" key={section.domain} aria-labelledby={`q-${section.domain}`}>
          <h2 id={`q-${section.domain}`}>
            {section.domain} <span lang="en">{section.name}</span>{' '}
            <span class={`q-rating rating-${(section.rating ?? 'none').toLowerCase()}`}>
              {t('questionnaire_now', {
                // PAI's rating not captured; the organisation's, or anyone's, not assessed.
                rating: section.rating ?? t(form.basis.kind === 'pai' ? 'rating_notCaptured' : 'rating_notAssessed'),
              })}
            </span>
          </h2>
          <ol class="q-list">
            {section.questions.map((question) => {
              const given = byId.get(question.id);
              const words = questionWords(question);
              return (
                <li key={question.id} class="q-item">
                  <p class="q-text">
                    <span class="q-id">{question.id}</span> {words.text}
                  </p>
                  <p class="q-wanted">{t('questionnaire_evidenceWanted', { evidence: words.evidence })}</p>
                  <div
                    class={`q-answer${given ? ' answered' : ''}`}
                    aria-label={t('questionnaire_answerTo', { id: question.id })}
                  >
                    {given ? (
                      <>
                        {/* The vendor's own text: its line breaks kept, in its own direction (an Arabic or Hebrew
                            answer reads right to left). */}
                        {given.answer ? (
                          <p class="q-given" dir="auto">
                            {given.answer}
                          </p>
                        ) : (
                          <p>{t('questionnaire_onlyEvidence')}</p>
                        )}
                        {given.evidence.length > 0 && (
                          <p class="q-evidence">
                            {rich(t('questionnaire_evidence'), {
                              links: given.evidence.map((link) => (
                                <ExternalLink key={link} href={link}>
                                  {link}
                                </ExternalLink>
                              )),
                            })}
                          </p>
                        )}
                        <p class="meta">{t('questionnaire_received', { date: t.date(given.receivedAt) })}</p>
                      </>
                    ) : (
                      <p class="q-blank">{t('questionnaire_notReceived')}</p>
                    )}
                  </div>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </>
  );
}
