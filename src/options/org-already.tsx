/**
 * A new assessment started from a product the organisation already assesses: said before anything is typed, with
 * the way to the one there is, since a second assessment of a product is refused when its version is saved.
 */
import { useEffect, useState } from 'preact/hooks';
import type { OrgRecordView } from '../shared/messages.ts';
import { t } from '../shared/i18n.ts';
import { rich } from '../ui/rich.tsx';
import type { WorkspaceApi } from './api.ts';
import { hrefFor } from './router.ts';

export function OrgAlreadyAssessed({
  api,
  productId,
  recordId,
}: {
  api: WorkspaceApi;
  productId: string;
  recordId: string;
}) {
  const [existing, setExisting] = useState<OrgRecordView | null>(null);
  useEffect(() => {
    api.orgRecords().then(
      ({ records }) =>
        setExisting(
          records.find((r) => r.id !== recordId && r.deletedAt === undefined && r.draft.id === productId) ?? null,
        ),
      // Not knowing is no reason to stop the user writing: the save still says it.
      () => {},
    );
  }, [productId]);
  if (!existing) return null;
  const link = <a href={hrefFor({ kind: 'org-edit', recordId: existing.id })}>{t('org_alreadyAssessedLink')}</a>;
  return <p class="note">{rich(t('org_alreadyAssessed', { name: existing.draft.name || productId }), { link })}</p>;
}
