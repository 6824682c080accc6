/**
 * The search result marks' content script, registered at run time on the search engines' result pages only while
 * the user has switched the marks on (see src/background/search-marks.ts). It reads rated hosts' records from
 * extension storage and marks result links to rated products; it sends nothing anywhere. Results that arrive
 * later (DuckDuckGo renders them by script, more load on scroll) are marked as they appear.
 */
import { SETTINGS_KEY } from '../shared/storage-keys.ts';
import { mountMark } from './mark.ts';
import { createMarker } from './marker.ts';

type ChangeListener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;
/** The two storage calls this script makes, on `chrome` (promise-based in both browsers under Manifest V3). */
interface SearchExt {
  storage: {
    local: { get(keys: string[]): Promise<Record<string, unknown>> };
    onChanged: { addListener(listener: ChangeListener): void; removeListener(listener: ChangeListener): void };
  };
}
const ext = (globalThis as unknown as { chrome: SearchExt }).chrome;

/** On this isolated world's global: a second registration's run (an update) must not mark twice. */
const RUNNING = 'psfLensSearch';
const scope = globalThis as Record<string, unknown>;

function start(): void {
  scope[RUNNING] = true;
  const marker = createMarker(document, { read: (keys) => ext.storage.local.get(keys), mount: mountMark });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(() => void marker.scan(), 150);
  });
  // New results, and result links the page points elsewhere (re-rendering its list in place for a new query).
  observer.observe(document.documentElement, { childList: true, subtree: true, attributeFilter: ['href'] });
  void marker.scan();

  // Switched off: the marks go from this page at once (the next page does not run this script at all).
  const off: ChangeListener = (changes, area) => {
    const settings = changes[SETTINGS_KEY]?.newValue as { searchMarks?: unknown } | undefined;
    if (area !== 'local' || !(SETTINGS_KEY in changes) || settings?.searchMarks === true) return;
    observer.disconnect();
    clearTimeout(timer);
    marker.stop();
    ext.storage.onChanged.removeListener(off);
  };
  ext.storage.onChanged.addListener(off);
}

if (!scope[RUNNING]) start();
