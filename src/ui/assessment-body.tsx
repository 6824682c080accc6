/**
 * An assessment in full: who published it and when, the eight domains, variants, scope, basis, the overview and the
 * link to the source. The popup shows its own first screen above the details; the workspace shows both parts.
 */
import { DOMAIN_IDS, type Assessment, type Domain } from '../core/model.ts';
import { Scope, Variants } from './assessment-extras.tsx';
import { DomainRow } from './domain-row.tsx';
import { ExternalLink } from './links.tsx';
import { t } from '../shared/i18n.ts';
import { textLang } from './own-words.ts';

export interface AssessmentProps {
  assessment: Assessment;
  domains: readonly Domain[];
  /** The organisation's own assessment (see own-words.ts). */
  own?: boolean | undefined;
  /** What the organisation's assessment's link says where it leads, when known (see ownLinkLabel). */
  ownLink?: string | undefined;
}

/** Everything below the first screen, trivia last. */
export function AssessmentDetails({ assessment, domains, own, ownLink }: AssessmentProps) {
  const byId = new Map(domains.map((d) => [d.id, d]));
  const lang = textLang(own);
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
              own={own}
            />
          ))}
        </ol>
      </section>
      <Variants assessment={assessment} domains={byId} own={own} />
      <Scope assessment={assessment} own={own} />
      <section class="context">
        <h2>{t('details_about')}</h2>
        {assessment.basis && (
          <p>
            <strong>{t('details_basis')}</strong> <span lang={lang}>{assessment.basis}</span>
          </p>
        )}
        {assessment.independence && (
          <p>
            <strong>{t('details_independence')}</strong> <span lang={lang}>{assessment.independence}</span>
          </p>
        )}
        {assessment.revisitWhen && assessment.revisitWhen.length > 0 && (
          <>
            <h3>{t('details_revisit')}</h3>
            <ul lang={lang}>
              {assessment.revisitWhen.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        )}
        {assessment.overview.length > 0 && (
          <>
            <h3>{t('details_overview')}</h3>
            <ul class="overview" lang={lang}>
              {assessment.overview.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        )}
        <ExternalLink class="primary" href={assessment.url}>
          {/* The organisation's link goes to its evidence, or to what it started from: not "the full assessment". */}
          {own ? (ownLink ?? t('assessment_readOwn')) : t('assessment_read')}
        </ExternalLink>
      </section>
    </>
  );
}
