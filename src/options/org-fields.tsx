/**
 * The form's pieces: a labelled field with its problem beside it (tied by aria-describedby, so a screen reader
 * reads the reason with the field), and an editable list of lines (findings, actions, evidence links, sites).
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../shared/i18n.ts';

/** The problem of each field, by field path (`sites.0.host`), as `checkDraft` names them. */
export type Problems = ReadonlyMap<string, string>;

// Stryker disable next-line Regex: the form's field paths (`domains.D3.findings.1`) never hold two separators in a row.
const idOf = (field: string) => `f-${field.replace(/[^a-zA-Z0-9]+/g, '-')}`;

/** The id of a field's problem, which the field names in its aria-describedby. */
export const problemId = (field: string) => `${idOf(field)}-problem`;

export function Problem({ field, problems }: { field: string; problems: Problems }) {
  const message = problems.get(field);
  return message ? (
    <p class="field-problem" id={problemId(field)}>
      {message}
    </p>
  ) : null;
}

export function TextField({
  field,
  label,
  value,
  problems,
  onInput,
  multiline = false,
  type,
  hint,
  note,
}: {
  field: string;
  label: string;
  value: string;
  problems: Problems;
  onInput(value: string): void;
  multiline?: boolean;
  type?: 'text' | 'date';
  hint?: string;
  /** Said after the field and read with it, without marking it wrong (a problem says that). */
  note?: ComponentChildren;
}) {
  const id = idOf(field);
  const bad = problems.has(field);
  const hintId = `${id}-hint`;
  // The reason first, then the hint: a screen reader reads both with the field, as the eye sees them beside it.
  const noteId = `${id}-note`;
  const described = [bad ? problemId(field) : '', hint ? hintId : '', note ? noteId : ''].filter(Boolean).join(' ');
  const attrs = {
    id,
    value,
    // What the user writes is read in its own direction: a finding in Arabic or Hebrew runs right to left.
    dir: type === 'date' ? undefined : ('auto' as const),
    'aria-invalid': bad || undefined,
    'aria-describedby': described || undefined,
    onInput: (e: Event) => onInput((e.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class={`field${bad ? ' has-problem' : ''}`}>
      <label for={id}>{label}</label>
      {hint && (
        <span class="field-hint" id={hintId}>
          {hint}
        </span>
      )}
      {multiline ? (
        <textarea rows={3} {...attrs} />
      ) : type === 'date' ? (
        <input type="date" {...attrs} />
      ) : (
        <input type="text" {...attrs} />
      )}
      <Problem field={field} problems={problems} />
      {note && (
        <p class="field-note" id={noteId}>
          {note}
        </p>
      )}
    </div>
  );
}

/**
 * Where the keyboard goes once a line is added or removed, which took or gave the pressed button away: into the new
 * line, or into the line that took the removed one's place (the one before it, when the last went), or to the Add
 * button when none is left. `box` holds the lines (each `.line` with its first input); `add` is the Add button.
 */
export function useLineFocus<Box extends HTMLElement>(count: number) {
  const box = useRef<Box>(null);
  const add = useRef<HTMLButtonElement>(null);
  const next = useRef<number | null>(null);
  useEffect(() => {
    const at = next.current;
    next.current = null;
    if (at === null) return;
    // Stryker disable next-line OptionalChaining: the list's box is mounted before its effects run.
    const lines = box.current?.querySelectorAll('.line') ?? [];
    const line = lines[Math.min(at, lines.length - 1)];
    // Stryker disable next-line OptionalChaining: the Add button is there while the list is.
    (line?.querySelector('input') ?? add.current)?.focus();
  }, [count]);
  return {
    box,
    add,
    /** Called with the change: the index of the line to focus once it is shown. */
    focusLine: (index: number) => void (next.current = index),
  };
}

/** Lines the user adds and removes; each is its own field with its own problem. */
export function LineList({
  field,
  label,
  itemLabel,
  addLabel,
  lines,
  problems,
  onChange,
  isUrl = false,
  placeholder,
}: {
  field: string;
  label: string;
  /** One line's accessible name, by its number from 1: "Finding 2". */
  itemLabel(n: number): string;
  addLabel: string;
  lines: readonly string[];
  problems: Problems;
  /** `removed`: the index of the line just removed, so a caller can drop what belongs to it. */
  onChange(lines: string[], removed?: number): void;
  /** Links: the on-screen keyboard for addresses. */
  isUrl?: boolean;
  placeholder?: string;
}) {
  const focus = useLineFocus<HTMLFieldSetElement>(lines.length);
  return (
    <fieldset class="line-list" ref={focus.box}>
      <legend>{label}</legend>
      {lines.map((line, i) => {
        const path = `${field}.${i}`;
        const bad = problems.has(path);
        return (
          <div class={`line${bad ? ' has-problem' : ''}`} key={i}>
            <input
              type="text"
              inputMode={isUrl ? 'url' : undefined}
              dir={isUrl ? undefined : 'auto'}
              value={line}
              placeholder={placeholder}
              aria-label={itemLabel(i + 1)}
              aria-invalid={bad || undefined}
              aria-describedby={bad ? problemId(path) : undefined}
              onInput={(e) => onChange(lines.map((l, j) => (j === i ? e.currentTarget.value : l)))}
            />
            <button
              type="button"
              class="remove"
              aria-label={t('org_removeNamed', { item: itemLabel(i + 1) })}
              onClick={() => {
                focus.focusLine(i);
                onChange(
                  lines.filter((_, j) => j !== i),
                  i,
                );
              }}
            >
              {t('org_remove')}
            </button>
            <Problem field={path} problems={problems} />
          </div>
        );
      })}
      <button
        type="button"
        ref={focus.add}
        onClick={() => {
          focus.focusLine(lines.length);
          onChange([...lines, '']);
        }}
      >
        {addLabel}
      </button>
      <Problem field={field} problems={problems} />
    </fieldset>
  );
}

export function Section({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section class="form-section">
      <h2>{title}</h2>
      {children}
    </section>
  );
}
