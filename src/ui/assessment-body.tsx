/**
 * An assessment in full: who published it and when, the eight domains, variants, scope, basis, the overview and the
 * link to the source. The popup shows its own first screen above the details; the workspace shows both parts.
 */
import { DOMAIN_IDS, type Assessment, type Domain } from '../core/model.ts';
import { Scope, Variants } from './assessment-extras.tsx';
import { DomainRow } from './domain-row.tsx';
import { ExternalLink } from './links.tsx';
import { t } from '../shared/i18n.ts';

/** Everything below the first screen, trivia last. */
export function AssessmentDetails({ assessment, domains }: { assessment: Assessment; domains: readonly Domain[] }) {
  const byId = new Map(domains.map((d) => [d.id, d]));
  return (
    <>
      <section class="all-domains">
        <h2>{t('details_domains')}</h2>
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
        <h2>{t('details_about')}</h2>
        {assessment.basis && (
          <p>
            <strong>{t('details_basis')}</strong> <span lang="en">{assessment.basis}</span>
          </p>
        )}
        {assessment.independence && (
          <p>
            <strong>{t('details_independence')}</strong> <span lang="en">{assessment.independence}</span>
          </p>
        )}
        {assessment.revisitWhen && assessment.revisitWhen.length > 0 && (
          <>
            <h3>{t('details_revisit')}</h3>
            <ul lang="en">
              {assessment.revisitWhen.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        )}
        {assessment.overview.length > 0 && (
          <>
            <h3>{t('details_overview')}</h3>
            <ul class="overview" lang="en">
              {assessment.overview.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        )}
        <ExternalLink class="primary" href={assessment.url}>
          {t('assessment_read')}
        </ExternalLink>
      </section>
    </>
  );
}
