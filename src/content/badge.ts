/**
 * The in-page badge. The page owns the DOM around it and may want a bad rating to look good, so:
 * - its host is a plain <div> (no custom-element name: a page that defined that element could take the closed
 *   shadow root through ElementInternals.shadowRoot);
 * - it lives in the top layer (a manual popover), so no transform, contain or will-change of the page's can move
 *   it, and no z-index can cover it;
 * - its styles are a constructed sheet in a closed shadow root (CSSOM: a strict style-src cannot block it), and
 *   `:host { all: initial !important }` beats every rule of the page;
 * - only trusted events act, and hiding it for a site asks first;
 * - a page that removes or closes it gets it back a few times, then PSF Lens stops fighting (the toolbar still tells).
 * Plain DOM and textContent only: dataset text is never parsed as markup.
 */
import css from './badge.css?inline';
import { buildBadge, type BadgeActions, type BadgeView } from './badge-view.ts';

export type { BadgeActions, BadgeView };

/** Mounts, counting the first: after that many the page has won, and the badge stays away for this page. */
export const MAX_MOUNTS = 4;

/** One constructed sheet for every mount: CSSOM, so a page's strict style-src cannot block it (a <style> could be). */
let sheet: CSSStyleSheet | null = null;

function style(root: ShadowRoot): void {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  root.adoptedStyleSheets = [sheet];
}

export function mountBadge(view: BadgeView, site: string, signal: AbortSignal, actions: BadgeActions): void {
  let mounts = 0;
  let host: HTMLElement | null = null;
  /** Mounts again if the page removed the host or closed it (a stale host's own events find the new one open). */
  const check = () => (host?.isConnected && host.matches(':popover-open')) || mount();
  const watcher = new MutationObserver(check);

  /** Replaces the host with a new one, or only removes it once the page has won (or the badge is dropped). */
  function mount(): void {
    watcher.disconnect();
    host?.remove();
    host = null;
    if (signal.aborted || ++mounts > MAX_MOUNTS) return;
    const element = (host = document.createElement('div'));
    const root = element.attachShadow({ mode: 'closed' });
    style(root);
    buildBadge(root, view, site, signal, { ...actions, hide: () => (unmount(), actions.hide()) });
    element.popover = 'manual';
    element.addEventListener('toggle', check);
    document.documentElement.append(element);
    try {
      element.showPopover();
    } catch {
      // Not in a fully active document any more: nothing to show on.
    }
    watcher.observe(document.documentElement, { childList: true });
    watcher.observe(element, { attributes: true });
  }

  function unmount(): void {
    mounts = MAX_MOUNTS;
    mount();
  }

  // Stryker disable next-line ObjectLiteral,BooleanLiteral: a signal aborts once.
  signal.addEventListener('abort', unmount, { once: true });
  mount();
}
