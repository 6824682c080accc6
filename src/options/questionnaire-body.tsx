/** The questionnaire itself, on screen and on paper: per domain its rating now, each question, the answer beside it. */
import type { Questionnaire } from '../core/questionnaire.ts';
import type { StoredAnswerView } from '../shared/messages.ts';
import { ExternalLink } from '../ui/links.tsx';

function Basis({ basis }: { basis: Questionnaire['basis'] }) {
  switch (basis.kind) {
    case 'pai':
      return (
        <p class="note">
          Based on the independent PSF assessment <ExternalLink href={basis.url}>{basis.title}</ExternalLink> by the
          Production AI Institute.
        </p>
      );
    case 'organisation':
      return <p class="note">Based on your organisation's own assessment “{basis.title}”.</p>;
    case 'none':
      return <p class="note">There is no PSF assessment of this product yet, so every domain is asked about.</p>;
  }
}

export function QuestionnaireBody({ form, answers }: { form: Questionnaire; answers: readonly StoredAnswerView[] }) {
  const byId = new Map(answers.map((a) => [a.questionId, a]));
  return (
    <>
      <Basis basis={form.basis} />
      {form.sections.length === 0 && <p class="empty">Every domain is rated Strong: there are no open questions.</p>}
      {form.sections.map((section) => (
        <section class="q-domain" key={section.domain} aria-labelledby={`q-${section.domain}`}>
          <h2 id={`q-${section.domain}`}>
            {section.domain} {section.name}{' '}
            <span class={`q-rating rating-${(section.rating ?? 'none').toLowerCase()}`}>
              now: {section.rating ?? 'not captured'}
            </span>
          </h2>
          <ol class="q-list">
            {section.questions.map((question) => {
              const given = byId.get(question.id);
              return (
                <li key={question.id} class="q-item">
                  <p class="q-text">
                    <span class="q-id">{question.id}</span> {question.text}
                  </p>
                  <p class="q-wanted">Evidence wanted: {question.evidence}</p>
                  <div class={`q-answer${given ? ' answered' : ''}`} aria-label={`Answer to ${question.id}`}>
                    {given ? (
                      <>
                        <p>{given.answer || 'No answer text, only evidence.'}</p>
                        {given.evidence.length > 0 && (
                          <p class="q-evidence">
                            Evidence:{' '}
                            {given.evidence.map((link) => (
                              <ExternalLink key={link} href={link}>
                                {link}
                              </ExternalLink>
                            ))}
                          </p>
                        )}
                        <p class="meta">Received {new Date(given.receivedAt).toLocaleDateString()}</p>
                      </>
                    ) : (
                      <p class="q-blank">Answer: not received yet</p>
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
