/**
 * Tells the background what a tab shows, for the toolbar and the popup, off the badge's path: at most one
 * message in flight, and only the latest state follows it, so a page that fires a storm of pushState calls
 * costs the background two messages, not one per call, and they arrive in the order of the user's navigation.
 */
import type { DetectionInfo } from '../shared/messages.ts';

export interface TabReport {
  url: string;
  /** The products the page is about, best first. */
  productIds: string[];
  detection: DetectionInfo;
}

export interface Reporter {
  report(state: TabReport | null): void;
  /** The page came back from the back-forward cache: the toolbar forgot it, so the next state is sent again. */
  restored(): void;
}

/** `tell` failing means PSF Lens was updated or removed under this page: `fail` bows out. */
export function createReporter(tell: (state: TabReport | null) => Promise<unknown>, fail: () => void): Reporter {
  // The background starts with nothing to clear for this tab: a page that never matched sends nothing.
  let sent = 'null';
  // Stryker disable next-line StringLiteral: report() sets it before anything reads it.
  let wanted = 'null';
  let latest: TabReport | null = null;
  let busy = false;

  async function pump(): Promise<void> {
    busy = true;
    while (wanted !== sent) {
      const key = wanted;
      try {
        await tell(latest);
      } catch {
        // Stryker disable next-line BooleanLiteral: fail() stops the watcher, which reports nothing more.
        busy = false;
        return fail();
      }
      sent = key;
    }
    busy = false;
  }

  return {
    report(state) {
      latest = state;
      wanted = JSON.stringify(state);
      if (!busy) void pump();
    },
    restored() {
      sent = 'null';
    },
  };
}
