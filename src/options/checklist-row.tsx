import { useEffect, useRef, useState } from 'preact/hooks';
import {
  ACTION_STATUSES,
  isOverdue,
  localDay,
  type ActionPatch,
  type ActionState,
  type ActionStatus,
  type ChecklistItem,
} from '../core/checklist.ts';
import { errorText } from '../shared/error-text.ts';
import { t, type MessageKey } from '../shared/i18n.ts';
import { textLang } from '../ui/own-words.ts';

/** Each status's words in the catalogs (the exports keep the core's English labels). */
const STATUS_TEXT: Record<ActionStatus, MessageKey> = {
  todo: 'checklist_statusTodo',
  'in-progress': 'checklist_statusInProgress',
  done: 'checklist_statusDone',
  'not-applicable': 'checklist_statusNotApplicable',
};

/** The longest owner and notes the background keeps (its message table's limits): the field stops there, so no
 * one types past what can be saved and meets a refusal. */
export const OWNER_MAX = 200;
export const NOTES_MAX = 10_000;

/** The row's element id, the target of a link to one action. */
export const actionRowId = (actionId: string) => `action-${actionId}`;

/** Owner and notes are saved this long after the last keystroke, or at once when the field loses focus. */
export const TEXT_SAVE_DELAY_MS = 800;

const TEXT_FIELDS = ['owner', 'notes'] as const;
type TextField = (typeof TEXT_FIELDS)[number];
type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

export interface ChecklistRowProps {
  item: ChecklistItem;
  save(actionId: string, patch: ActionPatch): Promise<ActionState>;
  /** Shown above the text where the section does not name the domain (retired actions). */
  domainLabel?: string;
  /** The organisation's own assessment's action: in its own language, not PAI's English. */
  own?: boolean;
}

/**
 * One action and what the team set on it. The inputs own what the user typed: a reply never overwrites a field
 * being edited, and a failed save keeps the text and offers to try again.
 */
export function ChecklistRow({ item, save, domainLabel, own }: ChecklistRowProps) {
  const initial = item.state;
  const [status, setStatus] = useState<ActionStatus>(initial?.status ?? 'todo');
  const [due, setDue] = useState(initial?.due ?? '');
  const [text, setText] = useState<Record<TextField, string>>({
    owner: initial?.owner ?? '',
    notes: initial?.notes ?? '',
  });
  // Stryker disable next-line ObjectLiteral,StringLiteral: a state not saving, saved or failed shows an empty line
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  // The last value sent for each text field, so a blur after a debounced save does not send it twice.
  const sent = useRef<Record<TextField, string | null>>({ owner: initial?.owner ?? '', notes: initial?.notes ?? '' });
  const timers = useRef<Partial<Record<TextField, ReturnType<typeof setTimeout>>>>({});
  const latest = useRef(0);
  // After a failed save each save sends the whole row, until one succeeds: a later save of another field would
  // otherwise say "Saved" over a change the failure left unsaved. Until then no save says "Saved", not even one
  // sent before the failure was known.
  const failed = useRef(false);
  // What the row shows, for the saves that send it whole (the one when the row goes away runs in the first render's
  // closure).
  // Stryker disable next-line ObjectLiteral: set again at every render, before anything reads it
  const row = useRef({ status, due, ...text });
  row.current = { status, due, ...text };

  const commit = (change: ActionPatch) => {
    // Stryker disable next-line UpdateOperator: counting down tells the saves apart as well
    const seq = ++latest.current;
    const whole = failed.current;
    const patch = whole ? { ...row.current, ...change } : change;
    if (whole) sent.current = { owner: patch.owner ?? null, notes: patch.notes ?? null };
    setSaveState({ kind: 'saving' });
    save(item.actionId, patch).then(
      () => {
        if (whole) failed.current = false;
        if (seq === latest.current && !failed.current) setSaveState({ kind: 'saved' });
      },
      (error: unknown) => {
        failed.current = true;
        for (const field of TEXT_FIELDS) if (field in patch) sent.current[field] = null;
        setSaveState({ kind: 'error', message: errorText(error) });
      },
    );
  };
  const commitText = (field: TextField, value: string) => {
    clearTimeout(timers.current[field]);
    delete timers.current[field];
    if (sent.current[field] === value) return;
    sent.current[field] = value;
    commit({ [field]: value });
  };
  const onText = (field: TextField, value: string) => {
    setText((prev) => ({ ...prev, [field]: value }));
    clearTimeout(timers.current[field]);
    timers.current[field] = setTimeout(() => commitText(field, value), TEXT_SAVE_DELAY_MS);
  };
  // Only offered after a failed save, so it sends the whole row, with what is still waiting for its delay.
  const retry = () => {
    for (const field of TEXT_FIELDS) clearTimeout(timers.current[field]);
    timers.current = {};
    commit({});
  };
  // Leaving the page saves what is still waiting for its delay; after a failed save, the whole row once more (most
  // failures are passing: the background restarting), since no one is left to press "Try again". An answer that
  // comes after goes nowhere: Preact sets no state of a component that has unmounted.
  useEffect(
    () => () => {
      if (failed.current) return retry();
      // Stryker disable next-line ConditionalExpression: a field with no save waiting was sent as it reads
      for (const field of TEXT_FIELDS) if (timers.current[field] !== undefined) commitText(field, row.current[field]);
    },
    // Stryker disable next-line ArrayDeclaration: a list that never changes, whatever it holds, runs the effect once
    [],
  );

  const id = (field: string) => `${field}-${item.actionId}`;
  const isLate = isOverdue(status, due, localDay(new Date()));
  // "Try again" goes with its own click (the line then says the row is saving): the keyboard goes to the row's first
  // field rather than to the page's body.
  const statusField = useRef<HTMLSelectElement>(null);
  return (
    <li id={actionRowId(item.actionId)} class={`action-row status-${status}`} aria-labelledby={id('text')}>
      {domainLabel && (
        <p class="action-domain" lang="en">
          {domainLabel}
        </p>
      )}
      <p class="action-text" id={id('text')} lang={textLang(own)}>
        {item.text}
      </p>
      <div class="action-fields">
        <label class="field">
          <span>{t('checklist_status')}</span>
          <select
            ref={statusField}
            value={status}
            aria-describedby={id('text')}
            onChange={(e) => {
              const next = e.currentTarget.value as ActionStatus;
              setStatus(next);
              commit({ status: next });
            }}
          >
            {ACTION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(STATUS_TEXT[s])}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{t('checklist_owner')}</span>
          <input
            type="text"
            maxLength={OWNER_MAX}
            value={text.owner}
            aria-describedby={id('text')}
            onInput={(e) => onText('owner', e.currentTarget.value)}
            onBlur={(e) => commitText('owner', e.currentTarget.value)}
          />
        </label>
        <div class="due-cell">
          <label class="field">
            <span>{t('checklist_due')}</span>
            <input
              type="date"
              value={due}
              aria-describedby={isLate ? `${id('text')} ${id('overdue')}` : id('text')}
              onChange={(e) => {
                setDue(e.currentTarget.value);
                commit({ due: e.currentTarget.value });
              }}
            />
          </label>
          {isLate && (
            <p class="overdue" id={id('overdue')}>
              {t('checklist_overdue')}
            </p>
          )}
        </div>
        <label class="field notes">
          <span>{t('checklist_notes')}</span>
          <textarea
            rows={2}
            maxLength={NOTES_MAX}
            value={text.notes}
            aria-describedby={id('text')}
            onInput={(e) => onText('notes', e.currentTarget.value)}
            onBlur={(e) => commitText('notes', e.currentTarget.value)}
          />
        </label>
      </div>
      <SaveLine
        state={saveState}
        retry={() => {
          // Stryker disable next-line OptionalChaining: the status field is there while the row is.
          statusField.current?.focus();
          retry();
        }}
      />
    </li>
  );
}

function SaveLine({ state, retry }: { state: SaveState; retry(): void }) {
  if (state.kind === 'error') {
    return (
      <p class="save-state error" role="alert">
        {t('checklist_notSaved', { reason: state.message })}{' '}
        <button type="button" class="link" onClick={retry}>
          {t('ws_tryAgain')}
        </button>
      </p>
    );
  }
  return (
    <p class="save-state" role="status">
      {state.kind === 'saving' ? t('checklist_saving') : state.kind === 'saved' ? t('checklist_saved') : ''}
    </p>
  );
}
