/**
 * A team feed holds another version of this assessment than the local one: both stay, the differences are named,
 * and only the user's click takes the team's version (as a new draft, so the local versions remain in history).
 */
import type { OrgDraft } from '../core/org-draft.ts';
import type { OrgRecordView } from '../shared/messages.ts';

export function OrgConflict({
  conflict,
  onTake,
  onKeep,
}: {
  conflict: NonNullable<OrgRecordView['conflict']>;
  onTake(draft: OrgDraft): void;
  onKeep(): void;
}) {
  return (
    <div class="org-conflict" role="region" aria-label="The team feed differs">
      <p>
        Your team's feed (version {conflict.feedVersion}) has a different version of this assessment. It differs in:{' '}
        {conflict.differences.join(', ')}. Nothing was changed here.
      </p>
      <button type="button" onClick={() => onTake(conflict.feedDraft)}>
        Take the team's version into this draft
      </button>{' '}
      <button type="button" onClick={onKeep}>
        Keep mine
      </button>
    </div>
  );
}
