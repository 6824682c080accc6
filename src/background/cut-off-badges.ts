/**
 * An update in Firefox, or PSF Lens switched off and on again in its add-ons page: Firefox stops the old run's
 * content scripts in the open tabs and brings the new run's there itself. What the old script put in a page stays:
 * its badge, now dead (its buttons do nothing, it never folds and it stays on after the page moves on to another
 * product or to none), under the new script's badge. So at the first start of each run the open tabs PSF Lens may
 * see lose every badge of PSF Lens's; the new script, already there or brought now, puts its own back. (Chromium
 * keeps the old script running, cut off, and brings no new one: its badge bows out when pressed, see
 * content/reporter.ts; none of this runs there.)
 */
import { injectOpenTabs, type SpaEntryDeps } from './spa-entry.ts';

/**
 * Runs in a tab's page, as scripting.executeScript's `func`, so it uses nothing from outside itself. A badge is a
 * <div popover> child of <html> whose closed shadow root holds the badge; an extension's content script may open any
 * shadow root in Firefox (`openOrClosedShadowRoot`), so only PSF Lens's own are removed. A live script's badge comes
 * back at once: it mounts again when the page removes it. Says how many went.
 */
export function removeBadges(): number {
  const hosts = [...document.documentElement.children].filter((node) => {
    const root = (node as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
    return node.hasAttribute('popover') && Boolean(root?.firstElementChild?.matches('aside[aria-label="PSF Lens"]'));
  });
  for (const host of hosts) host.remove();
  return hosts.length;
}

export interface CutOffDeps extends SpaEntryDeps {
  /** Runs `removeBadges` in the tab's top frame. */
  clear(tabId: number): Promise<unknown>;
  /**
   * True at the first start of this run of PSF Lens, false at the background page's later wakes: storage.session
   * is emptied when PSF Lens is updated or switched on again (and when the browser starts).
   */
  firstStart(): Promise<boolean>;
}

type OpenTab = { id?: number | undefined; url?: string | undefined; discarded?: boolean | undefined };

/** At the background's start: the open tabs' badges renewed at a run's first start (`replaceCutOffBadges`). */
export async function renewAtFirstStart(
  deps: CutOffDeps,
  openTabs: () => Promise<readonly OpenTab[]>,
): Promise<number> {
  return (await deps.firstStart()) ? replaceCutOffBadges(deps, await openTabs()) : 0;
}

/**
 * Every tab PSF Lens may see (it has the tab's address) loses the old badges, then the rated ones get the new
 * content script where Firefox did not bring it (a page a single-page app led into a rated path, an organisation's
 * site). Says how many tabs got the script.
 */
export async function replaceCutOffBadges(deps: CutOffDeps, openTabs: readonly OpenTab[]): Promise<number> {
  // A discarded tab (the browser's restored tabs, not loaded yet) holds no page, so no badge: left alone, not loaded.
  const tabs = openTabs.filter((tab) => !tab.discarded);
  await Promise.all(
    tabs.flatMap(({ id, url }) =>
      // A tab that closed, navigated on or cannot be scripted (an error page) has no badge to lose.
      id === undefined || !url ? [] : [deps.clear(id).catch(() => undefined)],
    ),
  );
  return injectOpenTabs(deps, tabs);
}
