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

type Note = { kind: 'ok' | 'error'; text: string } | null;

export function SearchMarksSetting(props: {
  api: WorkspaceApi;
  view: SettingsView;
  onSaved(view: SettingsView): void;
}) {
  const { api, view, onSaved } = props;
  const origins = searchOrigins();
  const [access, setAccess] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<Note>(null);
  useEffect(() => {
    api.hasHosts(searchOrigins()).then(setAccess, () => setAccess(false));
  }, [api]);

  async function switchOn(asked: Promise<boolean>): Promise<Note> {
    const granted = await asked;
    setAccess(granted);
    if (!granted)
      return {
        kind: 'error',
        text: 'The browser did not give PSF Lens access to the search engines, so the marks stay off. Switch them on again to be asked again.',
      };
    onSaved(await api.saveSettings({ searchMarks: true }));
    return { kind: 'ok', text: 'Search result marks are on: they show on the next results page you open.' };
  }

  async function switchOff(): Promise<Note> {
    onSaved(await api.saveSettings({ searchMarks: false }));
    await api.removeHosts(origins);
    const kept = await api.hasHosts(origins);
    setAccess(kept);
    return {
      kind: 'ok',
      text: kept
        ? 'Search result marks are off: nothing of PSF Lens runs on search pages.'
        : 'Search result marks are off, and PSF Lens gave back its access to the search engines.',
    };
  }

  const change = (checked: boolean) => {
    // Asked before anything is awaited: the browser shows its prompt only during the user's own click.
    const asked = checked ? api.requestHosts(origins).catch(() => false) : null;
    setBusy(true);
    setNote(null);
    (asked ? switchOn(asked) : switchOff())
      .then(setNote, (error: unknown) => setNote({ kind: 'error', text: errorText(error) }))
      .finally(() => setBusy(false));
  };

  return (
    <>
      <h2>On search result pages</h2>
      <label class="toggle">
        <input
          type="checkbox"
          checked={view.settings.searchMarks && access === true}
          disabled={busy || access === null}
          onChange={(e) => change(e.currentTarget.checked)}
        />
        Mark rated products in search results (Google, Bing, DuckDuckGo)
      </label>
      <p class="note">
        Off unless you switch it on. PSF Lens then asks your browser for access to Google, Bing and DuckDuckGo and puts
        a small PSF mark beside results that lead to a rated product: hover over it or focus it for the ratings. It
        reads the result links in your browser and sends nothing anywhere. Switched off, it gives the access back and
        runs nothing on search pages.
      </p>
      {view.settings.searchMarks && access === false && !note && (
        <p class="note" role="status">
          The marks are off because PSF Lens no longer has access to the search engines (it was withdrawn in the
          browser's settings). Switch them on to grant it again.
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
