/**
 * A control disabled while its change is saved loses the focus: the browser moves it to the document's body (the
 * HTML focus fixup rule, which Chromium applies) and gives nothing back when the control is enabled again, so a
 * keyboard user who toggled a setting with Space was left at the top of the page. While `busy`, this remembers what
 * had the focus; once not, it gives the focus back there, unless the user has put it somewhere else meanwhile.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';

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
