/**
 * Finds the result links of a search page that lead to rated products and marks each once. A link's address is
 * unwrapped from the engine's redirect, its host's published record is read from storage (once per host and
 * page, all new hosts in one read) and the detection engine decides; nothing leaves the page.
 */
import { ratedProductsAt, resultTarget } from '../core/search-links.ts';
import { parsePageUrl } from '../core/url.ts';
import { asHostRecord, badgeWords, type HostRecord } from '../shared/rule-store.ts';
import { rulesKey } from '../shared/storage-keys.ts';

export interface MarkView {
  name: string;
  line: string;
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

export function createMarker(root: ParentNode, deps: MarkerDeps) {
  const controller = new AbortController();
  const seen = new WeakSet<HTMLAnchorElement>();
  /** host -> its record, or null where no rated product lives. */
  const records = new Map<string, HostRecord | null>();

  async function readRecords(hosts: Iterable<string>): Promise<void> {
    const unread = [...new Set(hosts)].filter((host) => !records.has(host));
    if (!unread.length) return;
    const stored = await deps.read(unread.map(rulesKey));
    for (const host of unread) records.set(host, asHostRecord(stored[rulesKey(host)]) ?? null);
  }

  /** Marks the result links not seen yet; returns how many it marked. */
  async function scan(): Promise<number> {
    const links: { link: HTMLAnchorElement; target: string; host: string }[] = [];
    for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      if (seen.has(link) || !isResultTitle(link)) continue;
      seen.add(link);
      const target = resultTarget(link.href);
      const host = target ? parsePageUrl(target)?.host : undefined;
      if (target && host) links.push({ link, target, host });
    }
    await readRecords(links.map((l) => l.host));
    let marked = 0;
    for (const { link, target, host } of links) {
      const record = records.get(host);
      if (!record || controller.signal.aborted) continue;
      const title = link.textContent ?? '';
      const facts = ratedProductsAt(record.rules, target, title).flatMap((id) => record.products[id] ?? []);
      if (!facts.length) continue;
      deps.mount(link, badgeWords(facts), controller.signal);
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
