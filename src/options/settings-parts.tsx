/** Pieces the settings page and its sections share: a moment said the page's way, the mark of a managed value. */
import type { ComponentChild } from 'preact';
import type { FeedNote, FeedOutcome } from '../shared/feed-status.ts';
import { t } from '../shared/i18n.ts';
import { rich } from '../ui/rich.tsx';
import type { SettingsView } from '../shared/messages.ts';
import type { Settings } from '../shared/settings.ts';

/** A moment in the page's language (never the browser's, which would put German dates in an English page). */
export const when = (ms: number | null) => (ms ? t.dateTime(ms) : t('settings_never'));

/** A feed's last result as the background records it (a code and its values), in the page's language. */
function noteText(note: FeedNote): ComponentChild {
  switch (note.code) {
    case 'off':
      return t('settings_feedOff');
    case 'team-off':
      return t('settings_feedTeamOff');
    case 'no-key':
      return t('settings_feedNoKey');
    case 'updated':
      return t('settings_feedUpdated', { version: note.version });
    case 'up-to-date':
      return t('settings_feedUpToDate', { version: note.version });
    case 'kept':
      // The check's own account (an HTTP status, a byte cap, the signature) stays English, and is marked so.
      return rich(t('settings_feedKept', { version: note.version }), { reason: <span lang="en">{note.reason}</span> });
  }
}

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
