/**
 * Follows one tab's page: detect -> ask the background once -> mount the badge -> clean up on navigation.
 * Everything it touches comes in through `PageApi`, so tests drive it with a fake background.
 */
import { detect, hostIndex, type CompiledRule, type Detection } from '../core/detect.ts';
import type { LookupReply } from '../shared/messages.ts';
import type { BadgeActions, BadgeData } from './badge.ts';
import { readSignals } from './signals.ts';

export interface PageApi {
  /** This host's compiled rules, or undefined before the background has published them. */
  rules(site: string): Promise<CompiledRule[] | undefined>;
  lookup(url: string, found: Extract<Detection, { kind: 'match' }>): Promise<LookupReply>;
  pageLeft(): Promise<unknown>;
  mount(data: BadgeData, site: string, signal: AbortSignal, actions: BadgeActions): void;
  actions: BadgeActions;
}

export interface Watcher {
  /**
   * Looks at the current URL; does nothing when it has not changed since the last look, unless `again`
   * (a page restored from the back-forward cache).
   */
  check(again?: boolean): Promise<void>;
  /** Drops the current page's work and badge (the page is being hidden). */
  leave(): void;
  stop(): void;
  readonly stopped: AbortSignal;
}

export function createWatcher(site: string, doc: Document, api: PageApi): Watcher {
  const teardown = new AbortController();
  let page: AbortController | null = null;
  let lastUrl = '';
  let reported = false;
  let loads = 0;
  // The background handles messages concurrently; sending each after the last one's answer keeps a tab's
  // toolbar and state in the order of the user's navigation.
  let queue: Promise<unknown> = Promise.resolve();
  const inOrder = <T>(call: () => Promise<T>): Promise<T> => {
    const next = queue.then(call);
    queue = next.catch(() => undefined);
    return next;
  };

  const stop = () => {
    page?.abort();
    teardown.abort();
  };

  /** A failed call means PSF Lens was updated or removed under this page: it bows out quietly. */
  async function ask<T>(call: () => Promise<T>): Promise<T | null> {
    try {
      return await call();
    } catch {
      stop();
      return null;
    }
  }

  async function check(again = false): Promise<void> {
    const url = doc.location.href.split('#')[0] ?? '';
    if ((url === lastUrl && !again) || teardown.signal.aborted) return;
    const isDocumentLoad = again || loads++ === 0;
    lastUrl = url;
    page?.abort();
    const current = new AbortController();
    page = current;

    const rules = await ask(() => api.rules(site));
    if (!rules || current.signal.aborted) return;
    // Stored in match order already (see ruleEntries), so they index as they are.
    const found = detect(hostIndex(site, rules), url, () => readSignals(doc, isDocumentLoad));
    if (found.kind !== 'match') {
      if (reported) {
        reported = false;
        await ask(() => inOrder(() => api.pageLeft()));
      }
      return;
    }
    reported = true;
    const reply = await ask(() => inOrder(() => api.lookup(url, found)));
    // A late answer for a page the user has already left must not land on the new one.
    if (!reply || current.signal.aborted) return;
    if (reply.kind === 'found' && reply.showBadge) {
      api.mount(reply, site, current.signal, api.actions);
    }
  }

  return {
    check,
    leave: () => page?.abort(),
    stop,
    stopped: teardown.signal,
  };
}
