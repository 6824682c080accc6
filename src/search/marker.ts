/**
 * Finds the result links of a search page that lead to rated products and marks each once. A link's address is
 * unwrapped from the engine's redirect, the parts of its host's published record its path reaches are read from
 * storage (each key once per page, all new keys in one read) and the detection engine decides; nothing leaves the
 * page. A result link the page points elsewhere is looked at again, and loses its mark if it had one.
 */
import { ratedProductsAt, resultTarget } from '../core/search-links.ts';
import { parsePageUrl } from '../core/url.ts';
import type { BadgeText } from '../shared/badge-text.ts';
import { badgeWords, pageRecord, recordKeys } from '../shared/rule-store.ts';
import { BADGE_TEXT_KEY } from '../shared/storage-keys.ts';

/** A mark's two lines, as the badge says them, and the words (in the reader's language) it says them in. */
export interface MarkView {
  name: string;
  line: string;
  text: BadgeText;
}

export interface MarkerDeps {
  /** storage.local.get */
  read(keys: string[]): Promise<Record<string, unknown>>;
  mount(anchor: HTMLAnchorElement, view: MarkView, signal: AbortSignal): void;
}

/**
 * A result's title link: the link around the result's heading (Google) or inside it (Bing, DuckDuckGo). Other
 * links (the engine's own, ads' small print, site links under a result) are left alone, so a result gets one mark.
 */
export function isResultTitle(link: HTMLAnchorElement): boolean {
  return Boolean(link.querySelector('h1, h2, h3') ?? link.closest('h1, h2, h3'));
}

interface Seen {
  href: string;
  /** Where it leads (null: nowhere a mark could be about). */
  target: string | null;
  mark?: AbortController;
}

export function createMarker(root: ParentNode, deps: MarkerDeps) {
  const controller = new AbortController();
  /**
   * Each link looked at, with the address it had then and, when it was marked, what removes its mark: a page that
   * re-renders its results in place (its own navigation to a new query) points the same link elsewhere.
   */
  const seen = new WeakMap<HTMLAnchorElement, Seen>();
  /** Every record key read so far (and the badge's words, which the marks speak too), and what it held. */
  const values: Record<string, unknown> = {};

  async function readKeys(keys: string[]): Promise<void> {
    const unread = [...new Set(keys)].filter((key) => !Object.hasOwn(values, key));
    if (!unread.length) return;
    const stored = await deps.read(unread);
    for (const key of unread) values[key] = stored[key];
  }

  /** Marks the result links not seen yet; returns how many it marked. */
  async function scan(): Promise<number> {
    const links: { link: HTMLAnchorElement; seenAs: Seen; target: string; host: string; segments: string[] }[] = [];
    for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      const before = seen.get(link);
      if (before?.href === link.href || !isResultTitle(link)) continue;
      const target = resultTarget(link.href);
      // Rewrapped by the engine (a tracking redirect put in on a press) but leading to the same place: kept.
      if (before && before.target === target) {
        before.href = link.href;
        continue;
      }
      before?.mark?.abort();
      const seenAs: Seen = { href: link.href, target };
      seen.set(link, seenAs);
      const page = target ? parsePageUrl(target) : null;
      // Stryker disable next-line LogicalOperator: a result's target is an http(s) address, which always parses.
      if (target && page) links.push({ link, seenAs, target, ...page });
    }
    await readKeys([...links.flatMap((l) => recordKeys(l.host, l.segments)), BADGE_TEXT_KEY]);
    const stored = values[BADGE_TEXT_KEY] as Partial<BadgeText> | undefined;
    // Words an older PSF Lens published lack the marks' own: no mark until the update publishes this version's.
    const text = stored?.mark ? (stored as BadgeText) : undefined;
    let marked = 0;
    for (const { link, seenAs, target, host, segments } of links) {
      const record = pageRecord(host, segments, values);
      // A link pointed elsewhere while the records were read is another scan's now.
      if (!record || !text || controller.signal.aborted || seen.get(link) !== seenAs) continue;
      // Stryker disable next-line StringLiteral: an element's textContent is never null.
      const title = link.textContent ?? '';
      const facts = ratedProductsAt(record.rules, target, title).flatMap((id) => record.products[id] ?? []);
      if (!facts.length) continue;
      seenAs.mark = new AbortController();
      deps.mount(link, badgeWords(facts, text), AbortSignal.any([controller.signal, seenAs.mark.signal]));
      marked++;
    }
    return marked;
  }

  return {
    scan,
    /** Removes every mark and marks no more. */
    stop: () => controller.abort(),
    stopped: controller.signal,
  };
}
