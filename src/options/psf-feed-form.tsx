/**
 * The signed PSF feed's form on #/settings: the address of a newer dataset, the key its signature must match and how
 * often to check. The page holds what is typed (it fills the form again from what is saved after each of its saves).
 */
import type { ComponentChild, Ref } from 'preact';
import type { SettingsView } from '../shared/messages.ts';
import { t } from '../shared/i18n.ts';
import { INTERVAL_HOURS } from '../shared/setting-rules.ts';
import { FieldProblem, Managed } from './settings-parts.tsx';
import { problemAttrs, type SettingProblems } from './settings-problems.ts';

export interface FeedDraft {
  feedUrl: string;
  feedPublicKey: string;
  updateIntervalHours: string;
}

export function PsfFeedForm({
  view,
  draft,
  onInput,
  form,
  problems,
  canSave,
  busy,
  onSave,
  note,
}: {
  view: SettingsView;
  draft: FeedDraft;
  onInput(field: keyof FeedDraft, value: string): void;
  /** The form element, for the page's check (it focuses the first field with a problem). */
  form: Ref<HTMLFormElement>;
  problems: SettingProblems;
  /** False when every field is set by policy: nothing to save. */
  canSave: boolean;
  busy: boolean;
  onSave(): void;
  /** What the last save of this form ended in, said after its button. */
  note?: ComponentChild;
}) {
  const locked = (field: keyof FeedDraft) => view.managed.includes(field);
  return (
    <form
      ref={form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSave();
      }}
    >
      <h2>{t('settings_feed')}</h2>
      <p class="note">{t('settings_feedNote')}</p>
      <label>
        {t('settings_feedUrl')} <Managed view={view} field="feedUrl" />
        <input
          type="url"
          value={draft.feedUrl}
          disabled={locked('feedUrl')}
          placeholder={t('settings_feedUrlPlaceholder')}
          {...problemAttrs(problems, 'feedUrl')}
          onInput={(e) => onInput('feedUrl', e.currentTarget.value)}
        />
      </label>
      <FieldProblem problems={problems} field="feedUrl" />
      <label>
        {t('settings_publicKey')} <Managed view={view} field="feedPublicKey" />
        <input
          value={draft.feedPublicKey}
          disabled={locked('feedPublicKey')}
          spellcheck={false}
          {...problemAttrs(problems, 'feedPublicKey')}
          onInput={(e) => onInput('feedPublicKey', e.currentTarget.value)}
        />
      </label>
      <FieldProblem problems={problems} field="feedPublicKey" />
      <label>
        {t('settings_interval')} <Managed view={view} field="updateIntervalHours" />
        <input
          type="number"
          min={INTERVAL_HOURS.min}
          max={INTERVAL_HOURS.max}
          value={draft.updateIntervalHours}
          disabled={locked('updateIntervalHours')}
          {...problemAttrs(problems, 'updateIntervalHours')}
          onInput={(e) => onInput('updateIntervalHours', e.currentTarget.value)}
        />
      </label>
      <FieldProblem problems={problems} field="updateIntervalHours" />
      {canSave && (
        <button type="submit" disabled={busy}>
          {t('settings_saveFeed')}
        </button>
      )}
      {note}
    </form>
  );
}
