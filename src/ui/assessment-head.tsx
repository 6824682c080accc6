/** The opening of an assessment in the workspace: its title, dates and counts. */
import type { Assessment } from '../core/model.ts';
import { headline } from '../core/summary.ts';
import { AssessmentDetails, type AssessmentProps } from './assessment-body.tsx';
import { HeadlineView } from './headline.tsx';
import { t } from '../shared/i18n.ts';
import { textLang } from './own-words.ts';

export function dateLine(published?: string, updated?: string, psfVersion?: string): string {
  return [
    published && t('details_published', { date: published }),
    updated && updated !== published && t('details_updated', { date: updated }),
    psfVersion,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The assessment's title, dates and counts: the workspace's opening of a product page. */
export function AssessmentHead({ assessment, own }: { assessment: Assessment; own?: boolean | undefined }) {
  return (
    <section class="assessment" aria-label={t('details_assessment')}>
      <h2 lang={textLang(own)}>{assessment.title}</h2>
      <p class="meta">{dateLine(assessment.published, assessment.updated, assessment.psfVersion)}</p>
      <HeadlineView headline={headline(assessment)} own={own} />
      {assessment.reliabilityIndex !== undefined && (
        <p class="meta">{t('details_index', { n: assessment.reliabilityIndex })}</p>
      )}
    </section>
  );
}

/** `own`: the organisation's own assessment (see own-words.ts). */
export function AssessmentBody({ assessment, domains, own, ownLink }: AssessmentProps) {
  return (
    <>
      <AssessmentHead assessment={assessment} own={own} />
      <AssessmentDetails assessment={assessment} domains={domains} own={own} ownLink={ownLink} />
    </>
  );
}
