/**
 * Single-page navigation into a rated page of a shared host (github.com: home -> a rated repository by pushState).
 * The content script runs only where the manifest's path-scoped patterns match a document's first address, so it is
 * not in a page that started elsewhere on the host. The same path-scoped host permission lets the background see
 * the tab's new address once it matches (tabs.onUpdated), and `scripting` injects the content script then: no
 * permission beyond the host's, and no new warning at install (webNavigation would ask to "read your browsing
 * history"). Leaving the page again is the content script's to see (it follows the Navigation API). The same
 * injection brings the script to the rated pages already open when PSF Lens is installed (`injectOpenTabs`).
 */
import { productsFitting } from '../core/host-rules.ts';
import { parsePageUrl } from '../core/url.ts';
import type { HostRecord } from '../shared/rule-store.ts';

/** Whether an address is a rated product's page by its path (page words are the content script's to read). */
export function mayBeRated(record: HostRecord | undefined, url: string): boolean {
  const page = parsePageUrl(url);
  return Boolean(page && record?.rules.host === page.host && productsFitting(record.rules, page.segments).length);
}

export interface SpaEntryDeps {
  /** The record a page at `url` reads (its host's, the parts its path reaches). */
  record(url: string): Promise<HostRecord | undefined>;
  /** Runs the content script in the tab's top frame (it does nothing if already running there). */
  inject(tabId: number): Promise<void>;
}

/** For tabs.onUpdated: `url` is only there when PSF Lens holds a permission for the tab's (new) address. */
export async function onTabAddress(deps: SpaEntryDeps, tabId: number, url: string | undefined): Promise<boolean> {
  if (!url || !mayBeRated(await deps.record(url), url)) return false;
  try {
    await deps.inject(tabId);
    return true;
  } catch {
    // The tab navigated again or closed, or the page cannot be scripted (an error page): nothing to show on.
    return false;
  }
}

/**
 * At install: the tabs already open on a rated page get the content script, which a page loaded before PSF Lens
 * was there never ran, so the page the user installed it from shows its badge without a reload. Tabs of hosts PSF
 * Lens may not see come without an address and are left alone, as in `onTabAddress`. Says how many got it.
 */
export async function injectOpenTabs(
  deps: SpaEntryDeps,
  tabs: readonly { id?: number | undefined; url?: string | undefined }[],
): Promise<number> {
  const injected = await Promise.all(
    tabs.flatMap((tab) => (tab.id === undefined ? [] : [onTabAddress(deps, tab.id, tab.url)])),
  );
  return injected.filter(Boolean).length;
}
