/**
 * Keeps a draft saved as the user types: a save 600 ms after the last change, and at once when the page is
 * hidden or closed, so a closed tab or a quit browser loses at most the last keystrokes' 600 ms. The background
 * holds the draft in IndexedDB; nothing is kept in the page.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { OrgDraft } from '../core/org-draft.ts';
import { errorText } from '../shared/error-text.ts';

export const AUTOSAVE_MS = 600;

export type SaveState =
  { kind: 'idle' } | { kind: 'pending' } | { kind: 'saved'; at: number } | { kind: 'error'; message: string };

/** What a page does with its draft: save it soon, save it now, or drop the change not yet saved. */
export interface AutosaveActions {
  schedule(draft: OrgDraft): void;
  /**
   * Saves what is waiting now; resolves once every save so far has finished: true if the last of them was stored,
   * false if it failed (then what the page holds is not what is stored, and nothing may be built on the stored one).
   */
  flush(): Promise<boolean>;
  /** Drops a change not yet saved (the record is being deleted). */
  cancel(): void;
}

function autosaveActions(
  save: (draft: OrgDraft) => Promise<number>,
  setState: (state: SaveState) => void,
): AutosaveActions {
  let waiting: { draft: OrgDraft; timer: ReturnType<typeof setTimeout> } | null = null;
  // One save after another: a later draft never lands before an earlier one.
  let running = Promise.resolve(true);
  function flush(): Promise<boolean> {
    const next = waiting;
    if (next) {
      clearTimeout(next.timer);
      waiting = null;
      running = running.then(() =>
        save(next.draft).then(
          (at) => (setState({ kind: 'saved', at }), true),
          (error: unknown) => (setState({ kind: 'error', message: errorText(error) }), false),
        ),
      );
    }
    return running;
  }
  function cancel(): void {
    if (waiting) clearTimeout(waiting.timer);
    waiting = null;
  }
  function schedule(draft: OrgDraft): void {
    cancel();
    waiting = { draft, timer: setTimeout(() => void flush(), AUTOSAVE_MS) };
    setState({ kind: 'pending' });
  }
  return { schedule, flush, cancel };
}

export function useAutosave(save: (draft: OrgDraft) => Promise<number>): AutosaveActions & { state: SaveState } {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  // The page passes a new function at every render (it names the record): the latest is used, and the actions are
  // made once, so that no render moves the listeners below, whose cleanup saves at once.
  const latestSave = useRef(save);
  latestSave.current = save;
  const [actions] = useState(() => autosaveActions((draft) => latestSave.current(draft), setState));

  useEffect(
    () => {
      const now = () => void actions.flush();
      const hidden = () => document.visibilityState === 'hidden' && now();
      addEventListener('pagehide', now);
      document.addEventListener('visibilitychange', hidden);
      return () => {
        removeEventListener('pagehide', now);
        document.removeEventListener('visibilitychange', hidden);
        now();
      };
    },
    // Stryker disable next-line ArrayDeclaration: the actions never change, so no list here runs the effect twice
    [actions],
  );

  return { state, ...actions };
}
