import { useState } from 'preact/hooks';
import type { Conflict, Domain, DomainDetail, Rating } from '../core/model.ts';
import { DomainFindings } from './domain-findings.tsx';
import { RatingLabel } from './rating.tsx';

export interface DomainRowProps {
  domain: Domain;
  rating: Rating | undefined;
  detail: DomainDetail | undefined;
  conflicts?: Conflict[];
}

/** One PSF domain: its rating at a glance, expandable to the findings and the practitioner actions. */
export function DomainRow({ domain, rating, detail, conflicts = [] }: DomainRowProps) {
  const [open, setOpen] = useState(false);
  const panelId = `domain-${domain.id}`;
  return (
    <li class="domain">
      <button
        type="button"
        class="domain-head"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        <span class="domain-id">{domain.id}</span>
        <span class="domain-name">{domain.name}</span>
        {conflicts.length > 0 && (
          <span class="flag" title="Sources disagree on this rating">
            ⚠<span class="sr-only"> sources disagree</span>
          </span>
        )}
        {detail?.score !== undefined && (
          <span class="domain-score" title="Score out of 100">
            {detail.score}
            <span class="sr-only"> out of 100</span>
          </span>
        )}
        <RatingLabel rating={rating} />
        <span class="chevron" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
      </button>
      {open && (
        <div class="domain-body" id={panelId}>
          <p class="domain-summary">{domain.summary}</p>
          <DomainFindings detail={detail} conflicts={conflicts} captured={rating !== undefined} heading="h4" />
        </div>
      )}
    </li>
  );
}
