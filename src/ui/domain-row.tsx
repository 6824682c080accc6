import { useState } from 'preact/hooks';
import type { Conflict, Domain, DomainDetail, Rating } from '../core/model.ts';
import { ConflictNote } from './assessment-extras.tsx';
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
  const findings = detail?.findings ?? [];
  const actions = detail?.actions ?? [];
  return (
    <li class="domain">
      <button type="button" class="domain-head" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
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
          {!rating && <p class="note">This domain's rating was not captured in PSF Lens's data. The full assessment has it.</p>}
          {detail?.ratingSource && <p class="note">{detail.ratingSource}</p>}
          {conflicts.map((conflict) => (
            <ConflictNote key={conflict.note} conflict={conflict} />
          ))}
          {findings.length > 0 && (
            <>
              <h4>Findings</h4>
              <ul>
                {findings.map((finding) => (
                  <li key={finding}>{finding}</li>
                ))}
              </ul>
            </>
          )}
          {actions.length > 0 && (
            <>
              <h4>What to do</h4>
              <ul class="actions">
                {actions.map((action) => (
                  <li key={action.id}>{action.text}</li>
                ))}
              </ul>
            </>
          )}
          {findings.length === 0 && actions.length === 0 && <p class="note">No findings summarised here for this domain: read the full assessment.</p>}
        </div>
      )}
    </li>
  );
}
