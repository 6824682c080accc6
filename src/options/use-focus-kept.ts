/**
 * A control disabled while its change is saved loses the focus: the browser moves it to the document's body (the
 * HTML focus fixup rule, which Chromium applies) and gives nothing back when the control is enabled again, so a
 * keyboard user who toggled a setting with Space was left at the top of the page. While `busy`, this remembers what
 * had the focus; once not, it gives the focus back there, unless the user has put it somewhere else meanwhile.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

export function useFocusKept(busy: boolean): void {
  const held = useRef<Element | null>(null);
  // A layout effect: it runs before the browser next updates the rendering, where the focus fixup happens.
  useLayoutEffect(() => {
    if (busy) {
      held.current = document.activeElement;
      return;
    }
    const control = held.current;
    held.current = null;
    const active = document.activeElement;
    // Stryker disable next-line ConditionalExpression: a document with a body never reports no active element.
    const lost = active === null || active === document.body;
    if (lost && control instanceof HTMLElement && control.isConnected) control.focus();
  }, [busy]);
}

/** Finds the element the focus should go to, once the page shows it. */
export type FocusTarget = () => HTMLElement | null | undefined;

/**
 * Where the focus goes once the element that takes it is on the page: the button pressed went with its own click
 * (a delete, an undo, a clear), and what comes next may come only when an answer does (a list read again). The
 * function returned names the target; at each render after, it is looked for, and focused the first time found.
 */
export function useFocusWhenShown(): (find: FocusTarget) => void {
  const [find, setFind] = useState<FocusTarget | null>(null);
  useEffect(() => {
    const target = find?.();
    if (!target) return;
    target.focus();
    setFind(null);
  });
  // Held as state, so naming a target renders once more and looks for it even when nothing else changes.
  return (next) => setFind(() => next);
}
