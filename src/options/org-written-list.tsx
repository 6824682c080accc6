/**
 * The assessments written in PSF Lens, on #/organisation: each with its state (draft, saved, edited since), the way
 * to edit it, its vendor questionnaire, and delete with undo. Deleted ones can be restored for 30 days.
 */
import { useEffect, useState } from 'preact/hooks';
import { countRatings } from '../core/summary.ts';
import { DOMAIN_IDS } from '../core/model.ts';
import type { OrgRecordView, OrgRecordsView } from '../shared/messages.ts';
import type { WorkspaceApi } from './api.ts';
import { hrefFor } from './router.ts';
import { errorText } from '../shared/error-text.ts';

type Load = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; view: OrgRecordsView };

const STATUS: Record<OrgRecordView['status'], string> = {
  new: 'draft, not saved as a version yet',
  saved: 'saved',
  edited: 'changes not saved as a version yet',
};

function ratingsLine(record: OrgRecordView): string {
  const ratings = Object.fromEntries(
    DOMAIN_IDS.flatMap((d) => (record.draft.domains[d].rating ? [[d, record.draft.domains[d].rating]] : [])),
  );
  const { captured, ...counts } = countRatings(ratings);
  const parts = (['Strong', 'Partial', 'Gap'] as const).filter((r) => counts[r]).map((r) => `${counts[r]} ${r}`);
  return [...parts, `${8 - captured} not assessed`].join(' · ');
}

export function OrgWrittenList({ api, onChanged }: { api: WorkspaceApi; onChanged(): void }) {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [undo, setUndo] = useState<OrgRecordView | null>(null);
  const refresh = () =>
    api.orgRecords().then(
      (view) => setLoad({ kind: 'ready', view }),
      (error: unknown) => setLoad({ kind: 'error', message: errorText(error) }),
    );
  useEffect(() => void refresh(), [api]);
  const act = (call: Promise<void>, after: OrgRecordView | null) =>
    call.then(
      () => {
        setUndo(after);
        onChanged();
        return refresh();
      },
      (error: unknown) => setLoad({ kind: 'error', message: errorText(error) }),
    );

  if (load.kind === 'loading') return <p role="status">Loading your assessments…</p>;
  if (load.kind === 'error') return <p role="alert">PSF Lens could not read your assessments: {load.message}</p>;
  const live = load.view.records.filter((r) => r.deletedAt === undefined);
  const deleted = load.view.records.filter((r) => r.deletedAt !== undefined);
  return (
    <section class="org-written" aria-labelledby="written-title">
      <h2 id="written-title">Written in PSF Lens</h2>
      <p>
        <a class="button primary-button" href={hrefFor({ kind: 'org-edit', recordId: null })}>
          Write a new assessment
        </a>
      </p>
      {undo && (
        <p role="status" class="info">
          Deleted {undo.draft.name || 'the draft'}.{' '}
          <button type="button" onClick={() => void act(api.restoreRecord(undo.id), null)}>
            Undo
          </button>
        </p>
      )}
      {live.length === 0 ? (
        <p class="empty">No assessment written here yet.</p>
      ) : (
        <ul class="org-list">
          {live.map((record) => (
            <li key={record.id} aria-label={record.draft.name || 'Untitled draft'}>
              <strong>{record.draft.name || 'Untitled draft'}</strong> · {record.draft.vendor || 'no vendor yet'} ·{' '}
              {STATUS[record.status]}
              {record.versions.length > 0 && ` · version ${record.versions.at(-1)?.n}`} · {ratingsLine(record)}
              {record.conflict && <span class="managed"> · the team feed differs</span>}
              <div class="org-actions">
                <a href={hrefFor({ kind: 'org-edit', recordId: record.id })}>Edit</a>
                {record.versions.length > 0 && (
                  <a href={hrefFor({ kind: 'questionnaire', productId: record.draft.id, basis: 'organisation' })}>
                    Vendor questionnaire
                  </a>
                )}
                <button type="button" onClick={() => void act(api.deleteRecord(record.id), record)}>
                  Delete<span class="sr-only">{` ${record.draft.name}`}</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {deleted.length > 0 && (
        <details class="org-deleted">
          <summary>Deleted ({deleted.length}), kept 30 days</summary>
          <ul>
            {deleted.map((record) => (
              <li key={record.id}>
                {record.draft.name || 'Untitled draft'}{' '}
                <button type="button" onClick={() => void act(api.restoreRecord(record.id), null)}>
                  Restore<span class="sr-only">{` ${record.draft.name}`}</span>
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
