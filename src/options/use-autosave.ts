/**
 * Keeps a draft saved as the user types: a save 600 ms after the last change, and at once when the page is
 * hidden or closed, so a closed tab or a quit browser loses at most the last keystrokes' 600 ms. The background
 * holds the draft in IndexedDB; nothing is kept in the page.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { OrgDraft } from '../core/org-draft.ts';
import { errorText } from '../shared/error-text.ts';

export const AUTOSAVE_MS = 600;

export type SaveState =
  { kind: 'idle' } | { kind: 'pending' } | { kind: 'saved'; at: number } | { kind: 'error'; message: string };

export function useAutosave(save: (draft: OrgDraft) => Promise<number>) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const waiting = useRef<{ draft: OrgDraft; timer: ReturnType<typeof setTimeout> } | null>(null);
  const running = useRef<Promise<void>>(Promise.resolve());

  /** Saves what is waiting now; resolves once every save so far has finished. */
  const flush = useCallback((): Promise<void> => {
    const next = waiting.current;
    if (next) {
      clearTimeout(next.timer);
      waiting.current = null;
      running.current = running.current.then(() =>
        save(next.draft).then(
          (at) => setState({ kind: 'saved', at }),
          (error: unknown) => setState({ kind: 'error', message: errorText(error) }),
        ),
      );
    }
    return running.current;
  }, [save]);

  const schedule = useCallback(
    (draft: OrgDraft) => {
      if (waiting.current) clearTimeout(waiting.current.timer);
      waiting.current = { draft, timer: setTimeout(() => void flush(), AUTOSAVE_MS) };
      setState({ kind: 'pending' });
    },
    [flush],
  );

  /** Drops a change not yet saved (the record is being deleted). */
  const cancel = useCallback(() => {
    if (waiting.current) clearTimeout(waiting.current.timer);
    waiting.current = null;
  }, []);

  useEffect(() => {
    const now = () => void flush();
    const hidden = () => document.visibilityState === 'hidden' && now();
    addEventListener('pagehide', now);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      removeEventListener('pagehide', now);
      document.removeEventListener('visibilitychange', hidden);
      now();
    };
  }, [flush]);

  return { state, schedule, flush, cancel };
}
