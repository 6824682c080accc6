/**
 * The settings page's switch for search result marks: off by default. Switching on asks the browser for the
 * search engines' hosts (in the click itself, or the browser refuses to ask) and saves the setting only once they
 * are granted; switching off saves it and gives the hosts back. Where the user withdrew a host in the browser's
 * own settings, the switch shows off and says why.
 */
import { useEffect, useState } from 'preact/hooks';
import { searchOrigins } from '../core/search-links.ts';
import type { SettingsView } from '../shared/messages.ts';
import { errorText } from '../shared/error-text.ts';
import type { WorkspaceApi } from './api.ts';
import { t } from '../shared/i18n.ts';
import { useFocusKept } from './use-focus-kept.ts';

type Note = { kind: 'ok' | 'error'; text: string } | null;
// Stryker disable next-line StringLiteral: any kind but 'error' shows as a status.
const ok = (text: string): Note => ({ kind: 'ok', text });

export function SearchMarksSetting(props: {
  api: WorkspaceApi;
  view: SettingsView;
  onSaved(view: SettingsView): void;
}) {
  const { api, view, onSaved } = props;
  const origins = searchOrigins();
  const [access, setAccess] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  useFocusKept(busy);
  const [note, setNote] = useState<Note>(null);
  useEffect(() => {
    api.hasHosts(searchOrigins()).then(setAccess, () => setAccess(false));
  }, [api]);

  async function switchOn(asked: Promise<boolean>): Promise<Note> {
    const granted = await asked;
    setAccess(granted);
    if (!granted) return { kind: 'error', text: t('settings_searchDenied') };
    onSaved(await api.saveSettings({ searchMarks: true }));
    return ok(t('settings_searchOn'));
  }

  async function switchOff(): Promise<Note> {
    onSaved(await api.saveSettings({ searchMarks: false }));
    await api.removeHosts(origins);
    const kept = await api.hasHosts(origins);
    setAccess(kept);
    return ok(t(kept ? 'settings_searchOff' : 'settings_searchOffReturned'));
  }

  const change = (checked: boolean) => {
    // Asked before anything is awaited: the browser shows its prompt only during the user's own click.
    // Stryker disable next-line ArrowFunction: a failed request is a refusal: undefined is as falsy as false.
    const asked = checked ? api.requestHosts(origins).catch(() => false) : null;
    setBusy(true);
    setNote(null);
    (asked ? switchOn(asked) : switchOff())
      .then(setNote, (error: unknown) => setNote({ kind: 'error', text: errorText(error) }))
      .finally(() => setBusy(false));
  };

  return (
    <>
      <h2>{t('settings_search')}</h2>
      <label class="toggle">
        <input
          type="checkbox"
          checked={view.settings.searchMarks && access === true}
          disabled={busy || access === null}
          onChange={(e) => change(e.currentTarget.checked)}
        />
        {t('settings_searchToggle')}
      </label>
      <p class="note">{t('settings_searchNote')}</p>
      {view.settings.searchMarks && access === false && !note && (
        <p class="note" role="status">
          {t('settings_searchWithdrawn')}
        </p>
      )}
      {note && (
        <p class={note.kind === 'error' ? 'error' : 'note'} role={note.kind === 'error' ? 'alert' : 'status'}>
          {note.text}
        </p>
      )}
    </>
  );
}
