/** The opening of an assessment in the workspace: its title, dates and counts. */
import type { Assessment, Domain } from '../core/model.ts';
import { headline } from '../core/summary.ts';
import { AssessmentDetails } from './assessment-body.tsx';
import { HeadlineView } from './headline.tsx';
import { t } from '../shared/i18n.ts';

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
export function AssessmentHead({ assessment }: { assessment: Assessment }) {
  return (
    <section class="assessment" aria-label={t('details_assessment')}>
      <h2 lang="en">{assessment.title}</h2>
      <p class="meta">{dateLine(assessment.published, assessment.updated, assessment.psfVersion)}</p>
      <HeadlineView headline={headline(assessment)} />
      {assessment.reliabilityIndex !== undefined && (
        <p class="meta">{t('details_index', { n: assessment.reliabilityIndex })}</p>
      )}
    </section>
  );
}

export function AssessmentBody({ assessment, domains }: { assessment: Assessment; domains: readonly Domain[] }) {
  return (
    <>
      <AssessmentHead assessment={assessment} />
      <AssessmentDetails assessment={assessment} domains={domains} />
    </>
  );
}
