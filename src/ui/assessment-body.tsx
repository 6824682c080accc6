/**
 * An assessment in full: who published it and when, the eight domains, variants, scope, basis, the overview and the
 * link to the source. The popup shows its own first screen above the details; the workspace shows both parts.
 */
import { DOMAIN_IDS, type Assessment, type Domain } from '../core/model.ts';
import { Scope, Variants } from './assessment-extras.tsx';
import { DomainRow } from './domain-row.tsx';
import { ExternalLink } from './links.tsx';

const TEXT = {
  domains: 'All eight domains',
  about: 'About this assessment',
  basis: 'Basis:',
  independence: 'Independence:',
  revisit: 'Look again when:',
  overview: 'In numbers',
  read: 'Read the full assessment ↗',
};

/** Everything below the first screen, trivia last. */
export function AssessmentDetails({ assessment, domains }: { assessment: Assessment; domains: readonly Domain[] }) {
  const byId = new Map(domains.map((d) => [d.id, d]));
  return (
    <>
      <section class="all-domains">
        <h2>{TEXT.domains}</h2>
        <ol class="domains">
          {DOMAIN_IDS.map((id) => (
            <DomainRow
              key={id}
              domain={byId.get(id) ?? { id, name: id, summary: '' }}
              rating={assessment.ratings[id]}
              detail={assessment.domains[id]}
              conflicts={assessment.conflicts?.filter((c) => c.domain === id)}
            />
          ))}
        </ol>
      </section>
      <Variants assessment={assessment} domains={byId} />
      <Scope assessment={assessment} />
      <section class="context">
        <h2>{TEXT.about}</h2>
        {assessment.basis && (
          <p>
            <strong>{TEXT.basis}</strong> {assessment.basis}
          </p>
        )}
        {assessment.independence && (
          <p>
            <strong>{TEXT.independence}</strong> {assessment.independence}
          </p>
        )}
        {assessment.revisitWhen && assessment.revisitWhen.length > 0 && (
          <>
            <h3>{TEXT.revisit}</h3>
            <ul>
              {assessment.revisitWhen.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        )}
        {assessment.overview.length > 0 && (
          <>
            <h3>{TEXT.overview}</h3>
            <ul class="overview">
              {assessment.overview.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        )}
        <ExternalLink class="primary" href={assessment.url}>
          {TEXT.read}
        </ExternalLink>
      </section>
    </>
  );
}
