/**
 * An assessment in full: headline, overview, the eight domains, variants, scope, basis and the link to the
 * source. The same parts as the popup's scorecard, without what is about the tab (detection, badge toggle).
 */
import { DOMAIN_IDS, type Assessment, type Domain } from '../core/model.ts';
import { headline } from '../core/summary.ts';
import { Scope, Variants } from './assessment-extras.tsx';
import { DomainRow } from './domain-row.tsx';
import { HeadlineView } from './headline.tsx';
import { ExternalLink } from './links.tsx';

export function dateLine(published?: string, updated?: string, psfVersion?: string): string {
  return [published && `Published ${published}`, updated && updated !== published && `updated ${updated}`, psfVersion]
    .filter(Boolean)
    .join(' · ');
}

export function AssessmentBody({ assessment, domains }: { assessment: Assessment; domains: readonly Domain[] }) {
  const byId = new Map(domains.map((d) => [d.id, d]));
  return (
    <>
      <section class="assessment" aria-label="Assessment">
        <h2>{assessment.title}</h2>
        <p class="meta">{dateLine(assessment.published, assessment.updated, assessment.psfVersion)}</p>
        <HeadlineView headline={headline(assessment)} />
        {assessment.reliabilityIndex !== undefined && (
          <p class="meta">PSF Reliability Index {assessment.reliabilityIndex}/100</p>
        )}
      </section>
      {assessment.overview.length > 0 && (
        <section aria-label="Overview">
          <ul class="overview">
            {assessment.overview.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      )}
      <ol class="domains" aria-label="The eight PSF domains">
        {DOMAIN_IDS.map((id) => {
          const domain = byId.get(id) ?? { id, name: id, summary: '' };
          const conflicts = assessment.conflicts?.filter((c) => c.domain === id);
          return (
            <DomainRow
              key={id}
              domain={domain}
              rating={assessment.ratings[id]}
              detail={assessment.domains[id]}
              conflicts={conflicts}
            />
          );
        })}
      </ol>
      <Variants assessment={assessment} domains={byId} />
      <Scope assessment={assessment} />
      <section class="context" aria-label="About this assessment">
        {assessment.basis && (
          <p>
            <strong>Basis:</strong> {assessment.basis}
          </p>
        )}
        {assessment.independence && (
          <p>
            <strong>Independence:</strong> {assessment.independence}
          </p>
        )}
        {assessment.revisitWhen && assessment.revisitWhen.length > 0 && (
          <>
            <p>
              <strong>Look again when:</strong>
            </p>
            <ul>
              {assessment.revisitWhen.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        )}
      </section>
      <ExternalLink class="primary" href={assessment.url}>
        Read the full assessment ↗
      </ExternalLink>
    </>
  );
}
