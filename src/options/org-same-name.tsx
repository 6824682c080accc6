/**
 * A product name typed in the editor that is the name of a product the organisation has already: saved, it would be
 * a second product of that name in the library (`acme-agent-2`), which nobody can tell apart. Said beside the name,
 * with the way to the assessment there is; not a refusal, since two products may share a name.
 */
import type { OrgDraft } from '../core/org-draft.ts';
import type { OrgRecordView } from '../shared/messages.ts';
import { t } from '../shared/i18n.ts';
import { rich } from '../ui/rich.tsx';
import { hrefFor } from './router.ts';

/** A name as a reader tells names apart: not by case, accents' encoding or spaces. */
const nameKey = (name: string) => name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/**
 * Another live assessment of the organisation's, of a product (saved as a version, so in the library) named as
 * `draft` is but not that product itself (the background refuses a second assessment of one product, and says so).
 */
export function namesake(others: readonly OrgRecordView[], recordId: string, draft: OrgDraft): OrgRecordView | null {
  const key = nameKey(draft.name);
  if (!key) return null;
  return (
    others.find(
      (r) =>
        r.id !== recordId &&
        r.deletedAt === undefined &&
        r.versions.length > 0 &&
        r.draft.id !== draft.id &&
        nameKey(r.draft.name) === key,
    ) ?? null
  );
}

/**
 * The note beside the product name, or nothing. `records`: the organisation's assessments as the editor read them
 * when it opened (none yet while it reads them, or if it could not: no note then, as before).
 */
export function sameNameNote(records: readonly OrgRecordView[], recordId: string, draft: OrgDraft) {
  const other = namesake(records, recordId, draft);
  if (!other) return null;
  const link = <a href={hrefFor({ kind: 'org-edit', recordId: other.id })}>{t('org_sameNameLink')}</a>;
  return rich(t('org_sameName', { name: other.draft.name.trim() }), { link });
}
