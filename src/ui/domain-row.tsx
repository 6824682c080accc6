import type { Conflict, Domain, DomainDetail, Rating } from '../core/model.ts';
import { DomainFindings } from './domain-findings.tsx';
import { RatingLabel } from './rating.tsx';

export interface DomainRowProps {
  domain: Domain;
  rating: Rating | undefined;
  detail: DomainDetail | undefined;
  conflicts?: Conflict[] | undefined;
}

const TEXT = {
  disagree: 'Sources disagree on this rating',
  disagreeShort: ' sources disagree',
  outOf: ' out of 100',
};

/**
 * One PSF domain: its rating at a glance, opening on the findings and the practitioner actions. A native
 * details element: keyboard, screen readers and the open state come from the browser, with no script.
 */
export function DomainRow({ domain, rating, detail, conflicts = [] }: DomainRowProps) {
  return (
    <li class="domain">
      <details>
        <summary class="domain-head">
          <span class="domain-id">{domain.id}</span>
          <span class="domain-name">{domain.name}</span>
          {conflicts.length > 0 && (
            <span class="flag" title={TEXT.disagree}>
              ⚠<span class="sr-only">{TEXT.disagreeShort}</span>
            </span>
          )}
          {detail?.score !== undefined && (
            <span class="domain-score">
              {detail.score}
              <span aria-hidden="true">/100</span>
              <span class="sr-only">{TEXT.outOf}</span>
            </span>
          )}
          <RatingLabel rating={rating} />
        </summary>
        <div class="domain-body">
          <p class="domain-summary">{domain.summary}</p>
          <DomainFindings detail={detail} conflicts={conflicts} heading="h3" />
        </div>
      </details>
    </li>
  );
}
