/**
 * What the user does with an assessment: save a version (asking the browser for the product's sites first, on
 * this click), export it as a dataset file, send the vendor a questionnaire, delete it with undo; and its history.
 */
import { useRef, useState } from 'preact/hooks';
import type { DraftCheck, FieldIssue } from '../core/org-draft-check.ts';
import { draftPatterns, draftsDataset, type OrgDraft } from '../core/org-draft.ts';
import type { OrgVersion } from '../core/org-versions.ts';
import type { OrgRecordView } from '../shared/messages.ts';
import type { WorkspaceApi } from './api.ts';
import { downloadText } from './download.ts';
import type { Library } from './library-data.ts';
import { OrgConflict } from './org-conflict.tsx';
import { OrgHistory } from './org-history.tsx';
import { hrefFor } from './router.ts';
import { useFocusWhenShown } from './use-focus-kept.ts';
import type { SaveState, useAutosave } from './use-autosave.ts';
import { errorText } from '../shared/error-text.ts';
import { t } from '../shared/i18n.ts';
import { fieldProblemText, isUnplaced } from './field-problems.ts';

/** `elsewhere`: problems no field of the form shows, said in the notice itself. */
type Notice = { kind: 'info' | 'problem'; text: string; elsewhere?: string[] } | null;

/**
 * The sites of host patterns as a person names them: `acme.example, github.com/acme/agent`, without the www. twins
 * and the lower-case twins of a path (kept in the spelling that sorts first, the one with capitals as typed).
 */
export function sitesText(patterns: readonly string[]): string {
  // Stryker disable next-line Regex: a match pattern holds `://` once, after its scheme.
  const sites = patterns.map((p) =>
    p
      .replace(/^[a-z*]+:\/\//, '')
      .replace(/\/?\*$/, '')
      .replace(/^www\./, ''),
  );
  const named = new Map<string, string>();
  for (const site of sites) if (!named.has(site.toLowerCase())) named.set(site.toLowerCase(), site);
  return [...named.values()].join(', ');
}

function saveLine(state: SaveState): string {
  switch (state.kind) {
    case 'idle':
      return t('org_saveIdle');
    case 'pending':
      return t('org_savePending');
    case 'saved':
      // The page's language, not the browser's: no German time inside a French sentence.
      return t('org_saveDone', { time: new Date(state.at).toLocaleTimeString(t.locale) });
    case 'error':
      return t('org_saveFailed', { message: state.message });
  }
}

export function OrgRecordActions(props: {
  api: WorkspaceApi;
  library: Library;
  recordId: string;
  draft: OrgDraft;
  record: OrgRecordView | null;
  check: DraftCheck;
  autosave: ReturnType<typeof useAutosave>;
  /** Deleted here, with undo offered: the page then shows no form to edit. */
  deleted: boolean;
  onDeleted(deleted: boolean): void;
  onAttempt(): void;
  /** The background refused the version for these problems (none: it saved one). */
  onRefused(issues: FieldIssue[]): void;
  onChanged(): void;
  onTake(draft: OrgDraft): void;
}) {
  const { api, recordId, draft, record, check, autosave } = props;
  const [notice, setNotice] = useState<Notice>(null);
  // A version put back in the form, and the draft it replaced, which Undo puts back.
  const [taken, setTaken] = useState<{ n: number; replaced: OrgDraft } | null>(null);
  const takeVersion = (version: OrgVersion) => {
    setTaken({ n: version.n, replaced: draft });
    setNotice(null);
    props.onTake(version.draft);
  };
  const fail = (error: unknown) => setNotice({ kind: 'problem', text: errorText(error) });
  const focusWhenShown = useFocusWhenShown();

  /** Save refused for these problems: each said beside its field, or here when no field shows it. */
  const refuse = (issues: readonly FieldIssue[]) => {
    if (!issues.length) return setNotice({ kind: 'problem', text: t('org_notSaved') });
    const elsewhere = issues.filter(isUnplaced).map((issue) => fieldProblemText(issue.problem));
    const beside = issues.length - elsewhere.length;
    setNotice({ kind: 'problem', text: beside ? t.plural('org_toFix', beside) : '', elsewhere });
    // The keyboard goes to the first field to fix, which says its reason, rather than staying at the top of a long
    // form with every field to search through.
    focusWhenShown(() => document.querySelector<HTMLElement>('.org-form [aria-invalid="true"]'));
  };

  const saveVersion = () => {
    props.onAttempt();
    setTaken(null);
    if (check.kind === 'not-ready') return refuse(check.issues);
    // The browser asks only during the click itself: request before anything is awaited.
    const patterns = draftPatterns(draft);
    // Stryker disable next-line ArrowFunction: a refusal read as undefined is as falsy as false.
    const granted = api.requestHosts(patterns).catch(() => false);
    void (async () => {
      autosave.schedule(draft);
      // A draft that could not be stored (another tab saved meanwhile, the storage failed) is not what the version
      // would be made of: the stored one would be, and it is not what the user sees.
      if (!(await autosave.flush())) return setNotice({ kind: 'problem', text: t('org_versionNotSaved') });
      const result = await api.saveVersion(recordId);
      // What only the background can see (another assessment of the organisation's is of this product) is said
      // beside its field like the form's own problems, and the keyboard goes there.
      props.onRefused(result.kind === 'not-ready' ? result.issues : []);
      if (result.kind === 'not-ready') return refuse(result.issues);
      const hosts = sitesText(patterns);
      const where = t((await granted) ? 'org_shownOn' : 'org_notAllowed', { hosts });
      const saved = t(result.kind === 'unchanged' ? 'org_unchanged' : 'org_savedAs', { n: result.n });
      // Two whole sentences, one after the other.
      // Stryker disable next-line StringLiteral: a notice is told apart only as a problem or not.
      setNotice({ kind: 'info', text: `${saved} ${where}` });
      props.onChanged();
    })().catch(fail);
  };

  // The clicked button goes with a delete or an undo: the keyboard then moves to the one that takes it back (Undo,
  // then Delete again), not to the page's body.
  const undoButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  // Either choice on the team feed's note takes the note away: the keyboard goes to Save version, the next step.
  const saveButton = useRef<HTMLButtonElement>(null);
  const remove = () => {
    autosave.cancel();
    api
      .deleteRecord(recordId)
      .then(() => (focusWhenShown(() => undoButton.current), setNotice(null), props.onDeleted(true)), fail);
  };
  const undo = () =>
    api
      .restoreRecord(recordId)
      .then(() => (focusWhenShown(() => deleteButton.current), props.onDeleted(false), props.onChanged()), fail);
  const last = record?.versions.at(-1);
  const versionLine =
    // Stryker disable next-line OptionalChaining: a last version means a record.
    last && ` ${t(record?.status === 'edited' ? 'org_changedSince' : 'org_isVersion', { n: last.n })}`;
  const exportFile = (last: OrgVersion) => {
    const day = new Date(last.savedAt).toISOString().slice(0, 10);
    const file = draftsDataset([last.draft], props.library.domains, {
      version: `${day.replaceAll('-', '.')}.${last.n}`,
      published: day,
      publisher: t('org_exportPublisher'),
    });
    downloadText(`${JSON.stringify(file, null, 2)}\n`, `${last.draft.id}-assessment.json`, 'json');
  };

  if (props.deleted)
    return (
      <div class="org-actions-bar" role="status">
        <p>{t('org_isDeleted')}</p>
        <button type="button" class="primary-button" ref={undoButton} onClick={() => void undo()}>
          {t('org_undo')}
        </button>
        <a href="#/organisation">{t('org_backToList')}</a>
        {notice && (
          <p class="problem" role="alert">
            {notice.text}
          </p>
        )}
      </div>
    );
  return (
    <div class="org-actions-bar no-print">
      <p class="save-line" role="status" aria-live="polite">
        {saveLine(autosave.state)}
        {versionLine}
      </p>
      <div class="org-buttons">
        <button type="button" class="primary-button" ref={saveButton} onClick={saveVersion}>
          {t('org_saveVersion')}
        </button>
        {last && (
          <button type="button" onClick={() => exportFile(last)}>
            {t('org_exportFile')}
          </button>
        )}
        {last && (
          <a href={hrefFor({ kind: 'questionnaire', productId: last.draft.id, basis: 'organisation' })}>
            {t('org_questionnaire')}
          </a>
        )}
        {record && (
          <button type="button" class="danger" ref={deleteButton} onClick={remove}>
            {t('org_delete')}
          </button>
        )}
      </div>
      {notice?.elsewhere?.length ? (
        <div class="problem" role="alert">
          {notice.text && <p>{notice.text}</p>}
          <p>{t.plural('org_toFixElsewhere', notice.elsewhere.length)}</p>
          <ul>
            {notice.elsewhere.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </div>
      ) : (
        notice && (
          <p
            class={notice.kind === 'problem' ? 'problem' : 'info'}
            role={notice.kind === 'problem' ? 'alert' : 'status'}
          >
            {notice.text}
          </p>
        )
      )}
      {taken && (
        <p class="info" role="status">
          {t('org_versionTaken', { n: taken.n })}{' '}
          <button
            type="button"
            onClick={() => {
              props.onTake(taken.replaced);
              setTaken(null);
            }}
          >
            {t('org_undo')}
          </button>
        </p>
      )}
      {record?.conflict && (
        <OrgConflict
          conflict={record.conflict}
          onTake={(theirs) => {
            // Into the draft, saved at once and read back: the note goes once the draft is the team's version (it
            // said "nothing was changed here"), and stays, beside the save line's reason, if the save failed.
            props.onTake(theirs);
            // Stryker disable next-line OptionalChaining: Save version is shown whenever the team feed's note is.
            saveButton.current?.focus();
            void autosave.flush().then(props.onChanged);
          }}
          // Stryker disable next-line OptionalChaining: Save version is shown whenever the team feed's note is.
          onKeep={() => void api.keepMine(recordId).then(() => (saveButton.current?.focus(), props.onChanged()), fail)}
        />
      )}
      {record && record.versions.length > 0 && (
        <OrgHistory versions={record.versions} domains={props.library.domains} onTake={takeVersion} />
      )}
    </div>
  );
}
