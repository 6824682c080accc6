/**
 * A team feed holds another version of this assessment than the local one: both stay, the differences are named,
 * and only the user's click takes the team's version (as a new draft, so the local versions remain in history).
 */
import type { OrgDraft } from '../core/org-draft.ts';
import { t, type MessageKey } from '../shared/i18n.ts';
import type { OrgRecordView } from '../shared/messages.ts';

const PARTS: Record<string, MessageKey> = {
  name: 'org_diff_name',
  vendor: 'org_diff_vendor',
  sites: 'org_diff_sites',
  assessor: 'org_diff_assessor',
  date: 'org_diff_date',
  scope: 'org_diff_scope',
};
const DOMAIN_PARTS: Record<string, MessageKey> = {
  rating: 'org_diff_rating',
  findings: 'org_diff_findings',
  actions: 'org_diff_actions',
  evidence: 'org_diff_evidence',
};

/** One difference as `draftDifferences` names it (`scope`, `D3 rating`), in the page's language. */
export function differenceText(difference: string): string {
  const [domain, part] = difference.split(' ');
  const domainKey = part && DOMAIN_PARTS[part];
  if (domain && domainKey) return t(domainKey, { domain });
  const key = PARTS[difference];
  return key ? t(key) : difference;
}

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
    <div class="org-conflict" role="region" aria-label={t('org_conflictLabel')}>
      <p>
        {t('org_conflict', {
          version: conflict.feedVersion,
          fields: conflict.differences.map(differenceText).join(', '),
        })}
      </p>
      <button type="button" onClick={() => onTake(conflict.feedDraft)}>
        {t('org_conflictTake')}
      </button>{' '}
      <button type="button" onClick={onKeep}>
        {t('org_conflictKeep')}
      </button>
    </div>
  );
}
