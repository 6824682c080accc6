/** The opening of an assessment in the workspace: its title, dates and counts. */
import type { Assessment, Domain } from '../core/model.ts';
import { headline } from '../core/summary.ts';
import { AssessmentDetails } from './assessment-body.tsx';
import { HeadlineView } from './headline.tsx';

const TEXT = {
  index: (n: number) => `PSF Reliability Index: ${n} out of 100`,
};

export function dateLine(published?: string, updated?: string, psfVersion?: string): string {
  return [published && `Published ${published}`, updated && updated !== published && `updated ${updated}`, psfVersion]
    .filter(Boolean)
    .join(' · ');
}

/** The assessment's title, dates and counts: the workspace's opening of a product page. */
export function AssessmentHead({ assessment }: { assessment: Assessment }) {
  return (
    <section class="assessment" aria-label="Assessment">
      <h2>{assessment.title}</h2>
      <p class="meta">{dateLine(assessment.published, assessment.updated, assessment.psfVersion)}</p>
      <HeadlineView headline={headline(assessment)} />
      {assessment.reliabilityIndex !== undefined && <p class="meta">{TEXT.index(assessment.reliabilityIndex)}</p>}
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
