import type { Conflict, Domain, DomainDetail, Rating } from '../core/model.ts';
import { DomainFindings } from './domain-findings.tsx';
import { RatingLabel } from './rating.tsx';
import { t } from '../shared/i18n.ts';

export interface DomainRowProps {
  domain: Domain;
  rating: Rating | undefined;
  detail: DomainDetail | undefined;
  conflicts?: Conflict[] | undefined;
  /** The organisation's own assessment (see own-words.ts). */
  own?: boolean | undefined;
}

/**
 * One PSF domain: its rating at a glance, opening on the findings and the practitioner actions. A native
 * details element: keyboard, screen readers and the open state come from the browser, with no script.
 */
export function DomainRow({ domain, rating, detail, conflicts = [], own }: DomainRowProps) {
  return (
    <li class="domain">
      <details>
        <summary class="domain-head">
          <span class="domain-id">{domain.id}</span>
          <span class="domain-name" lang="en">
            {domain.name}
          </span>
          {conflicts.length > 0 && (
            <span class="flag" title={t('details_disagree')}>
              ⚠<span class="sr-only">{t('details_disagreeShort')}</span>
            </span>
          )}
          {detail?.score !== undefined && (
            <span class="domain-score">
              {detail.score}
              <span aria-hidden="true">/100</span>
              <span class="sr-only">{t('details_outOf')}</span>
            </span>
          )}
          <RatingLabel rating={rating} own={own} />
        </summary>
        <div class="domain-body">
          <p class="domain-summary" lang="en">
            {domain.summary}
          </p>
          <DomainFindings detail={detail} conflicts={conflicts} heading="h3" own={own} />
        </div>
      </details>
    </li>
  );
}
