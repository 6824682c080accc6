import type { Conflict, DomainDetail } from '../core/model.ts';
import { ConflictNote } from './assessment-extras.tsx';

export interface DomainFindingsProps {
  detail: DomainDetail | undefined;
  conflicts: readonly Conflict[];
  /** Heading level of "Findings" and "What to do" under the caller's own heading. */
  heading: 'h3' | 'h4';
}

/** A domain's findings and practitioner actions, with where the rating comes from and any disagreement. */
export function DomainFindings({ detail, conflicts, heading: Heading }: DomainFindingsProps) {
  const findings = detail?.findings ?? [];
  const actions = detail?.actions ?? [];
  return (
    <>
      {detail?.ratingSource && <p class="note">{detail.ratingSource}</p>}
      {conflicts.map((conflict) => (
        <ConflictNote key={conflict.note} conflict={conflict} />
      ))}
      {findings.length > 0 && (
        <>
          <Heading>Findings</Heading>
          <ul>
            {findings.map((finding) => (
              <li key={finding}>{finding}</li>
            ))}
          </ul>
        </>
      )}
      {actions.length > 0 && (
        <>
          <Heading>What to do</Heading>
          <ul class="actions">
            {actions.map((action) => (
              <li key={action.id}>{action.text}</li>
            ))}
          </ul>
        </>
      )}
      {findings.length === 0 && actions.length === 0 && (
        <p class="note">No findings summarised here for this domain: read the full assessment.</p>
      )}
    </>
  );
}
