/**
 * The assessments written in PSF Lens, on #/organisation: each with its state (draft, saved, edited since), the way
 * to edit it, its vendor questionnaire, and delete with undo. Deleted ones can be restored for 30 days.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { countRatings } from '../core/summary.ts';
import { DOMAIN_IDS } from '../core/model.ts';
import type { OrgRecordView, OrgRecordsView } from '../shared/messages.ts';
import type { WorkspaceApi } from './api.ts';
import { hrefFor } from './router.ts';
import { useFocusWhenShown, type FocusTarget } from './use-focus-kept.ts';
import { errorText } from '../shared/error-text.ts';
import { t, type MessageKey } from '../shared/i18n.ts';

type Load = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; view: OrgRecordsView };

const STATUS: Record<OrgRecordView['status'], MessageKey> = {
  new: 'org_status_new',
  saved: 'org_status_saved',
  edited: 'org_status_edited',
};

function ratingsLine(record: OrgRecordView): string {
  const ratings = Object.fromEntries(
    DOMAIN_IDS.flatMap((d) => (record.draft.domains[d].rating ? [[d, record.draft.domains[d].rating]] : [])),
  );
  const { captured, ...counts } = countRatings(ratings);
  const parts = (['Strong', 'Partial', 'Gap'] as const).filter((r) => counts[r]).map((r) => `${counts[r]} ${r}`);
  return [...parts, t.plural('org_notAssessedCount', 8 - captured)].join(' · ');
}

const nameOf = (record: OrgRecordView) => record.draft.name || t('org_untitled');

export function OrgWrittenList({ api, onChanged }: { api: WorkspaceApi; onChanged(): void }) {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [undo, setUndo] = useState<OrgRecordView | null>(null);
  // A refused delete or restore is said beside the list, which stays, so the user can act on the reason.
  const [problem, setProblem] = useState<string | null>(null);
  // Where the keyboard goes once a delete or a restore has taken the clicked button away: to the Undo it offers, or
  // to the restored assessment's Edit link (once the list has been read again), never left on the page's body.
  const undoButton = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLElement>(null);
  const focusWhenShown = useFocusWhenShown();
  const undone = (id: string) => () =>
    list.current?.querySelector<HTMLElement>(`a[href="${hrefFor({ kind: 'org-edit', recordId: id })}"]`);
  const refresh = () =>
    api.orgRecords().then(
      (view) => setLoad({ kind: 'ready', view }),
      (error: unknown) => setLoad({ kind: 'error', message: errorText(error) }),
    );
  useEffect(() => void refresh(), [api]);
  const act = (call: Promise<void>, after: OrgRecordView | null, focus: FocusTarget) =>
    call.then(
      () => {
        setUndo(after);
        setProblem(null);
        focusWhenShown(focus);
        onChanged();
        return refresh();
      },
      (error: unknown) => setProblem(errorText(error)),
    );

  if (load.kind === 'loading') return <p role="status">{t('org_listLoading')}</p>;
  if (load.kind === 'error') return <p role="alert">{t('org_listError', { message: load.message })}</p>;
  const live = load.view.records.filter((r) => r.deletedAt === undefined);
  const deleted = load.view.records.filter((r) => r.deletedAt !== undefined);
  return (
    <section class="org-written" aria-labelledby="written-title" ref={list}>
      <h2 id="written-title">{t('org_written')}</h2>
      <p>
        <a class="button primary-button" href={hrefFor({ kind: 'org-edit', recordId: null })}>
          {t('org_writeNew')}
        </a>
      </p>
      {problem && (
        <p role="alert" class="error">
          {problem}
        </p>
      )}
      {undo && (
        <p role="status" class="info">
          {undo.draft.name ? t('org_deleted', { name: undo.draft.name }) : t('org_deletedDraft')}{' '}
          <button
            type="button"
            ref={undoButton}
            onClick={() => void act(api.restoreRecord(undo.id), null, undone(undo.id))}
          >
            {t('org_undo')}
          </button>
        </p>
      )}
      {live.length === 0 ? (
        <p class="empty">{t('org_noneWritten')}</p>
      ) : (
        <ul class="org-list">
          {live.map((record) => (
            <li key={record.id} aria-label={nameOf(record)}>
              <strong>{nameOf(record)}</strong> · {record.draft.vendor || t('org_noVendor')} ·{' '}
              {t(STATUS[record.status])}
              {record.versions.length > 0 && ` · ${t('org_versionN', { n: record.versions.at(-1)?.n ?? 0 })}`} ·{' '}
              {ratingsLine(record)}
              {record.conflict && <span class="managed"> · {t('org_feedDiffers')}</span>}
              <div class="org-actions">
                <a
                  href={hrefFor({ kind: 'org-edit', recordId: record.id })}
                  aria-label={t('org_editNamed', { name: nameOf(record) })}
                >
                  {t('org_edit')}
                </a>
                {/* Once saved, it is shown on the product's page: beside PAI's, to compare, its actions to track. */}
                {record.versions.length > 0 && (
                  <a
                    href={hrefFor({ kind: 'product', productId: record.versions.at(-1)?.draft.id ?? record.draft.id })}
                    aria-label={t('org_pageNamed', { name: nameOf(record) })}
                  >
                    {t('org_page')}
                  </a>
                )}
                {record.versions.length > 0 && (
                  <a href={hrefFor({ kind: 'questionnaire', productId: record.draft.id, basis: 'organisation' })}>
                    {t('org_questionnaire')}
                  </a>
                )}
                <button
                  type="button"
                  aria-label={t('org_deleteNamed', { name: nameOf(record) })}
                  onClick={() => void act(api.deleteRecord(record.id), record, () => undoButton.current)}
                >
                  {t('org_delete')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {deleted.length > 0 && (
        <details class="org-deleted">
          <summary>{t('org_deletedList', { n: deleted.length })}</summary>
          <ul>
            {deleted.map((record) => (
              <li key={record.id}>
                {nameOf(record)}{' '}
                <button
                  type="button"
                  aria-label={t('org_restoreNamed', { name: nameOf(record) })}
                  onClick={() => void act(api.restoreRecord(record.id), null, undone(record.id))}
                >
                  {t('org_restore')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
