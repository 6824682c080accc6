/** Pieces the settings page and its sections share: a moment said the page's way, the mark of a managed value. */
import { t } from '../shared/i18n.ts';
import { rich } from '../ui/rich.tsx';
import type { SettingsView } from '../shared/messages.ts';
import type { Settings } from '../shared/settings.ts';

/** A moment in the page's language (never the browser's, which would put German dates in an English page). */
export const when = (ms: number | null) => (ms ? t.dateTime(ms) : t('settings_never'));

/**
 * What the last check of a feed found. The background records it as an English sentence (its logs and tests
 * read it so); until it records a code instead, it is shown as it is, marked English, inside the page's words.
 */
export function LastResult({ message }: { message: string }) {
  return <>{rich(t('settings_lastResult'), { message: <span lang="en">{message}</span> })}</>;
}

/** Beside a value the organisation's policy sets: locked here, and said so. */
export function Managed({ view, field }: { view: SettingsView; field: keyof Settings }) {
  return view.managed.includes(field) ? <span class="managed">{t('settings_managed')}</span> : null;
}
