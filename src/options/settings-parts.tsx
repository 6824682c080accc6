/** Pieces the settings page and its sections share: a moment said the page's way, the mark of a managed value. */
import type { FeedOutcome } from '../shared/feed-status.ts';
import { noteText } from './feed-text.tsx';
import { t } from '../shared/i18n.ts';
import { rich } from '../ui/rich.tsx';
import type { SettingsView } from '../shared/messages.ts';
import type { Settings } from '../shared/settings.ts';
import { problemId, type FeedField, type SettingProblems } from './settings-problems.ts';

/** A moment in the page's language (never the browser's, which would put German dates in an English page). */
export const when = (ms: number | null) => (ms ? t.dateTime(ms) : t('settings_never'));

/**
 * What the last check of a feed found. A result recorded before PSF Lens recorded codes is an English sentence,
 * kept across the update: shown as it is, marked English, inside the page's words.
 */
export function LastResult({ outcome }: { outcome: FeedOutcome }) {
  const said = outcome.note ? noteText(outcome.note) : <span lang="en">{outcome.message}</span>;
  return <>{rich(t('settings_lastResult'), { message: said })}</>;
}

/** Beside a value the organisation's policy sets: locked here, and said so. */
export function Managed({ view, field }: { view: SettingsView; field: keyof Settings }) {
  return view.managed.includes(field) ? <span class="managed">{t('settings_managed')}</span> : null;
}

/** Below a field: why its value cannot be saved, named by the field's aria-describedby. */
export function FieldProblem({ problems, field }: { problems: SettingProblems; field: FeedField }) {
  const text = problems[field];
  return text ? (
    <p class="field-problem" id={problemId(field)}>
      {text}
    </p>
  ) : null;
}
