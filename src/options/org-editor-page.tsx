/**
 * #/organisation/new and #/organisation/edit/<id>: the organisation writes its own PSF assessment. The draft is
 * saved as the user types (see use-autosave.ts); the dataset rules (`checkDraft`) say beside each field what stops
 * a version from being saved. Saving asks the browser for exactly the product's sites, so PSF Lens can show the
 * assessment there.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { checkDraft, type FieldIssue } from '../core/org-draft-check.ts';
import { draftFromAssessment, emptyDraft, type OrgDraft } from '../core/org-draft.ts';
import { DRAFT_TEXT_MAX, isDraftTooLong } from '../core/org-draft-schema.ts';
import type { OrgRecordView } from '../shared/messages.ts';
import type { WorkspaceApi } from './api.ts';
import { findEntry, useTitle, type Library } from './library-data.ts';
import { OrgAlreadyAssessed } from './org-already.tsx';
import { OrgEditorForm } from './org-editor-form.tsx';
import { fieldProblemText } from './field-problems.ts';
import { OrgOtherTab } from './org-other-tab.tsx';
import { OrgRecordActions } from './org-record-actions.tsx';
import { sameNameNote } from './org-same-name.tsx';
import type { Route } from './router.ts';
import { useAutosave } from './use-autosave.ts';
import { errorText } from '../shared/error-text.ts';
import { readUserError } from '../shared/user-error.ts';
import { t } from '../shared/i18n.ts';
import { rich } from '../ui/rich.tsx';

type EditRoute = Extract<Route, { kind: 'org-edit' }>;
type Load = { kind: 'loading' } | { kind: 'missing' } | { kind: 'error'; message: string } | { kind: 'ready' };

const today = () => new Date().toISOString().slice(0, 10);
export const newRecordId = () => `r-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** The draft a new assessment starts from: a rated product's PAI assessment, a site, or nothing. */
function startingDraft(library: Library, route: EditRoute): OrgDraft {
  const entry = route.from ? findEntry(library, route.from) : undefined;
  if (entry) return draftFromAssessment(entry.product, entry.assessment, { fresh: true, today: today() });
  const draft = emptyDraft('', today());
  if (route.site) draft.sites = [{ host: route.site, path: '' }];
  return draft;
}

export function OrgEditorPage({
  library,
  api,
  route,
  onRecordId,
  onLibraryChanged,
}: {
  library: Library;
  api: WorkspaceApi;
  route: EditRoute;
  /** The new draft was first saved under this id: the address should name it from now on. */
  onRecordId(id: string): void;
  /**
   * A version was saved, or the assessment deleted or brought back: what the product's page and the library show of
   * the organisation's assessments has changed (a draft's typing changes nothing there).
   */
  onLibraryChanged(): void;
}) {
  const [recordId] = useState(() => route.recordId ?? newRecordId());
  const [draft, setDraft] = useState<OrgDraft>(() => startingDraft(library, route));
  const [record, setRecord] = useState<OrgRecordView | null>(null);
  const [load, setLoad] = useState<Load>(route.recordId ? { kind: 'loading' } : { kind: 'ready' });
  const [attempted, setAttempted] = useState(false);
  // What the background refused the last version for (another assessment of this product): until the next attempt.
  const [refused, setRefused] = useState<FieldIssue[]>([]);
  const [deleted, setDeleted] = useState(false);
  // The stored draft's time as this page last read or wrote it: a save from another tab since then is not overwritten.
  const since = useRef<number | undefined>(undefined);
  const [otherTab, setOtherTab] = useState(false);
  const autosave = useAutosave(async (d) => {
    // Said here, where the page's language is known: the background would refuse it as a message it cannot use.
    if (isDraftTooLong(d)) throw new Error(t('org_draftTooLong', { max: DRAFT_TEXT_MAX.toLocaleString(t.locale) }));
    try {
      since.current = await api.saveDraft(recordId, d, since.current);
      return since.current;
    } catch (error) {
      if (error instanceof Error && readUserError(error.message)?.code === 'draft-changed-elsewhere') setOtherTab(true);
      throw error;
    }
  });
  /** The organisation's assessments as read when the editor opened: for the note on a name one of them has. */
  const [records, setRecords] = useState<readonly OrgRecordView[]>([]);
  const nameNote = sameNameNote(records, recordId, draft);
  useTitle(draft.name ? t('org_assessing', { name: draft.name }) : t('org_newAssessment'));

  const refresh = async () => {
    const { records: all } = await api.orgRecords();
    setRecords(all);
    const found = all.find((r) => r.id === recordId) ?? null;
    setRecord(found);
    return found;
  };

  useEffect(() => {
    // A new assessment reads them for the note alone: not knowing is no reason to stop the user writing.
    if (!route.recordId)
      return void api.orgRecords().then(
        ({ records: all }) => setRecords(all),
        () => {},
      );
    refresh().then(
      (found) => {
        if (!found) return setLoad({ kind: 'missing' });
        since.current = found.draftUpdatedAt;
        setDraft(found.draft);
        // Reached again by its address (Back, history, a bookmark) while deleted: shown deleted, with Undo.
        setDeleted(found.deletedAt !== undefined);
        setLoad({ kind: 'ready' });
      },
      (error: unknown) => setLoad({ kind: 'error', message: errorText(error) }),
    );
  }, [recordId]);

  // The user comes back to this tab: a draft another tab saved meanwhile comes into the form, when nothing typed here
  // waits to be saved (a page saves what waits as it is hidden, so only typing since the return does). Typing that
  // starts while the draft is read wins, and a save of it then meets the other tab's guard as before.
  const edits = useRef(0);
  const saving = useRef(autosave.state);
  saving.current = autosave.state;
  useEffect(() => {
    const back = () => {
      if (document.visibilityState !== 'visible' || since.current === undefined) return;
      // What waits, or failed, to be saved here is the user's: never replaced unasked.
      if (saving.current.kind === 'pending' || saving.current.kind === 'error') return;
      const before = edits.current;
      refresh().then(
        (found) => {
          if (!found || found.deletedAt !== undefined || edits.current !== before) return;
          if (since.current === undefined || found.draftUpdatedAt <= since.current) return;
          since.current = found.draftUpdatedAt;
          setDraft(found.draft);
        },
        () => {},
      );
    };
    document.addEventListener('visibilitychange', back);
    return () => document.removeEventListener('visibilitychange', back);
  }, [recordId]);

  const change = (next: OrgDraft) => {
    edits.current++;
    setDraft(next);
    autosave.schedule(next);
    if (!route.recordId) onRecordId(recordId);
  };

  /** The other tab's draft into this form (what was typed here since goes), or this form's over it. */
  const settle = (takeOther: boolean) =>
    refresh().then(
      (found) => {
        if (!found) return;
        since.current = found.draftUpdatedAt;
        setOtherTab(false);
        // Either is saved again at once, so that the save line no longer says the draft could not be saved.
        const kept = takeOther ? found.draft : draft;
        setDraft(kept);
        autosave.schedule(kept);
        void autosave.flush();
      },
      (error: unknown) => setLoad({ kind: 'error', message: errorText(error) }),
    );

  const check = useMemo(() => checkDraft({ ...draft, id: draft.id || 'new-product' }), [draft]);
  const problems = useMemo(() => {
    const all = check.kind === 'not-ready' ? check.issues : [];
    // Before the first save attempt, only fields the user has filled in say what is wrong with them. The form's own
    // problem of a field comes before the background's refusal of it: one reason a field.
    const shown = all.filter((i) => attempted || hasText(draft, i.field));
    return new Map([...refused, ...shown].map((i) => [i.field, fieldProblemText(i.problem)]));
  }, [check, attempted, draft, refused]);

  if (load.kind === 'loading') return <p role="status">{t('org_editorLoading')}</p>;
  if (load.kind === 'error') return <p role="alert">{t('org_editorError', { message: load.message })}</p>;
  if (load.kind === 'missing')
    return (
      <section class="org-editor">
        <h1 tabIndex={-1}>{t('org_editorMissing')}</h1>
        <p>{rich(t('org_editorMissingText'), { list: <a href="#/organisation">{t('org_editorMissingList')}</a> })}</p>
      </section>
    );
  return (
    <section class="org-editor" aria-labelledby="org-editor-title">
      <p class="crumbs no-print">
        <a href="#/organisation">{t('org_back')}</a>
      </p>
      <h1 id="org-editor-title" tabIndex={-1}>
        {draft.name ? t('org_yourAssessmentOf', { name: draft.name }) : t('org_newAssessment')}
      </h1>
      {draft.basedOn && <p class="note">{t('org_basedOnPai', { title: draft.basedOn.title })}</p>}
      {!route.recordId && route.from && <OrgAlreadyAssessed api={api} productId={route.from} recordId={recordId} />}
      <OrgRecordActions
        api={api}
        library={library}
        recordId={recordId}
        draft={draft}
        record={record}
        check={check}
        autosave={autosave}
        deleted={deleted}
        onDeleted={(gone) => {
          setDeleted(gone);
          // Undo says so through onChanged, with the record read again.
          if (gone) onLibraryChanged();
        }}
        onAttempt={() => setAttempted(true)}
        onRefused={setRefused}
        onChanged={() => {
          void refresh();
          onLibraryChanged();
        }}
        onTake={change}
      />
      {otherTab && !deleted && (
        <OrgOtherTab onShowOther={() => void settle(true)} onKeepMine={() => void settle(false)} />
      )}
      {/* A deleted assessment is not edited: Undo brings the form back as it was. */}
      {!deleted && (
        <OrgEditorForm
          draft={draft}
          domains={library.domains}
          problems={problems}
          nameNote={nameNote}
          onChange={change}
        />
      )}
    </section>
  );
}

/** Whether the field at a path (`sites.0.host`, `domains.D1.findings.2`, `sites` as a whole) holds text. */
function hasText(draft: OrgDraft, field: string): boolean {
  let at: unknown = draft;
  for (const key of field.split('.')) at = at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : '';
  return filled(at);
}

/**
 * Whether a value holds text the user typed: a string with more than spaces, a list with such a line, an action's
 * text (not its id), a site's host or path. A new form's one empty site line is not text, so it says nothing of
 * sites until the user types one or tries a save.
 */
function filled(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some(filled);
  if (!value || typeof value !== 'object') return false;
  if ('text' in value) return filled(value.text);
  return Object.values(value).some(filled);
}
