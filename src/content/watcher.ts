/**
 * Follows one tab's page: read the parts of this host's record its path reaches from storage -> detect -> mount the
 * badge -> tell the background (not awaited) -> clean up on navigation. Everything it touches comes in through
 * `PageApi`, so tests drive it with a fake storage and a fake background.
 */
import { pageMatches } from '../core/detect.ts';
import { pageSegments } from '../core/url.ts';
import { badgeWords } from '../shared/rule-store.ts';
import type { BadgeActions, BadgeView } from './badge.ts';
import type { StorageChange } from './ext.ts';
import { pageStore, storeKeys } from './page-store.ts';
import { createReporter, type TabReport } from './reporter.ts';
import { readSignals } from './signals.ts';

export interface PageApi {
  read(keys: string[]): Promise<Record<string, unknown>>;
  /** Calls `listener` with each change of storage.local; returns the unsubscribe. */
  watch(listener: (changes: Record<string, StorageChange>) => void): () => void;
  /** Tells the background what the tab shows (null: no rated product). */
  tell(report: TabReport | null): Promise<unknown>;
  mount(view: BadgeView, site: string, signal: AbortSignal, actions: BadgeActions): void;
  actions: BadgeActions;
}

export interface Watcher {
  /**
   * Looks at the current URL; does nothing when it has not changed since the last look, unless `again`
   * (a page restored from the back-forward cache).
   */
  check(again?: boolean): Promise<void>;
  /** Drops the current page's badge (the page is being hidden). */
  leave(): void;
  stop(): void;
  readonly stopped: AbortSignal;
}

/** How long a page waits for the background to publish its host's record (first run after install). */
export const RULES_WAIT_MS = 30_000;

export function createWatcher(site: string, doc: Document, api: PageApi): Watcher {
  const teardown = new AbortController();
  /** Every key read so far (a page that navigates in place reads the parts of each new path once). */
  const keys = new Set<string>();
  const values: Record<string, unknown> = {};
  let loaded: Promise<unknown> = Promise.resolve();
  // Stryker disable next-line ArrayDeclaration: check() sets it before `decide` reads it.
  let segments: string[] = [];
  // Stryker disable next-line StringLiteral: no address is a filler, and check() sets it before `decide` reads it.
  let lastUrl = '';
  // Stryker disable next-line StringLiteral: any word no badge's JSON is reads as no badge shown.
  let shown = '';
  let badge: AbortController | null = null;
  let giveUp: ReturnType<typeof setTimeout> | undefined;

  const stop = () => {
    clearTimeout(giveUp);
    badge?.abort();
    teardown.abort();
  };
  const reporter = createReporter(api.tell, stop);

  /** Mounts `view` unless the same badge is already up (in-page navigation within one product keeps it). */
  function show(view: BadgeView | null): void {
    // The words too: a change of language mounts the badge again in the new one.
    // Stryker disable next-line StringLiteral: any word no badge's JSON is keys no badge.
    const key = view ? JSON.stringify(view) : '';
    if (key === shown) return;
    badge?.abort();
    badge = null;
    shown = key;
    if (!view || teardown.signal.aborted) return;
    badge = new AbortController();
    api.mount(view, site, badge.signal, api.actions);
  }

  function decide(): void {
    if (!lastUrl || teardown.signal.aborted) return;
    const { record, text, showBadge } = pageStore(site, segments, values);
    if (!record || !text) {
      giveUp ??= setTimeout(stop, RULES_WAIT_MS);
      return;
    }
    clearTimeout(giveUp);
    // Run at document_start, so the storage read overlaps the page's parsing. Page words are only all there once
    // the document is parsed: a rule that reads them waits for DOMContentLoaded. The badge goes beside the body, so
    // one decided by the address waits for the body alone, which a page's scripts in its head can hold far less
    // long than they hold DOMContentLoaded.
    let words = false;
    const found = pageMatches(record.rules, segments, () => ((words = true), readSignals(doc)));
    // Either wait ends with the event or the body, which come; on a page left before, `decide` does nothing. The
    // browser adds `decide` as a listener once, however often it is called meanwhile.
    if (doc.readyState === 'loading' && words) {
      doc.addEventListener('DOMContentLoaded', decide);
      return;
    }
    if (doc.readyState === 'loading' && !doc.body) {
      const body = new MutationObserver(() => doc.body && (body.disconnect(), decide()));
      body.observe(doc, { childList: true, subtree: true });
      return;
    }
    const facts = found.filter((m) => record.products[m.productId]);
    const [first] = facts;
    if (!first) {
      show(null);
      reporter.report(null);
      return;
    }
    const { confidence, via, phrase } = first;
    reporter.report({
      url: lastUrl,
      productIds: facts.map((m) => m.productId),
      detection: { confidence, via, phrase },
    });
    show(
      showBadge
        ? badgeWords(
            facts.map((m) => record.products[m.productId]!),
            text,
          )
        : null,
    );
  }

  const unwatch = api.watch((changes) => {
    // Stryker disable next-line MethodExpression: another page's key changing decides again the same (speed only).
    const mine = Object.keys(changes).filter((key) => keys.has(key));
    // Stryker disable next-line OptionalChaining: each key listed in the changes has its change.
    for (const key of mine) values[key] = changes[key]?.newValue;
    if (mine.length) decide();
  });
  teardown.signal.addEventListener('abort', unwatch);

  async function check(again = false): Promise<void> {
    const url = doc.location.href.split('#')[0] ?? '';
    if ((url === lastUrl && !again) || teardown.signal.aborted) return;
    lastUrl = url;
    segments = pageSegments(site, doc.location.pathname);
    if (again) {
      // Stryker disable next-line StringLiteral: any word no badge's JSON is shows the badge again.
      shown = '';
      reporter.restored();
    }
    // Reads queue behind each other, so a path's parts are in before it is decided whatever the order of replies;
    // a change seen while a key was being read is newer than what the read returns.
    const unread = storeKeys(site, segments).filter((key) => !keys.has(key));
    for (const key of unread) keys.add(key);
    loaded = loaded.then(async () => {
      const stored = await api.read(unread);
      for (const key of unread) if (!(key in values)) values[key] = stored[key];
    });
    await loaded.catch(stop);
    if (url === lastUrl) decide();
  }

  return {
    check,
    leave: () => show(null),
    stop,
    stopped: teardown.signal,
  };
}
