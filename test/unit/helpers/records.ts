/** An in-memory storage.local for publishing: what the background writes, the content script would read. */
import type { RecordStore } from '../../../src/background/publish.ts';
import { parsePageUrl } from '../../../src/core/url.ts';
import { pageRecord, type HostRecord } from '../../../src/shared/rule-store.ts';
import { rulesKey } from '../../../src/shared/storage-keys.ts';

export function memoryStore(initial: Record<string, unknown> = {}) {
  const data = new Map<string, unknown>(Object.entries(structuredClone(initial)));
  const writes: string[][] = [];
  const store: RecordStore = {
    async get(keys) {
      const wanted = keys === null ? [...data.keys()] : typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(wanted.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]));
    },
    async set(items) {
      writes.push(Object.keys(items));
      for (const [key, value] of Object.entries(items)) data.set(key, structuredClone(value));
    },
    async remove(keys) {
      for (const key of keys) data.delete(key);
    },
  };
  return { store, data, writes };
}

/** The stored entries of one host: its own part (`rules:<host>`) and every other part (`rules:<host>/...`). */
export function entriesOf(entries: Record<string, unknown>, host: string): Record<string, unknown> {
  const own = rulesKey(host);
  return Object.fromEntries(Object.entries(entries).filter(([key]) => key === own || key.startsWith(`${own}/`)));
}

/** The record a page at `url` reads from `entries`, as the content script and the background join it. */
export function recordAt(entries: Record<string, unknown>, url: string): HostRecord | undefined {
  const page = parsePageUrl(url);
  return page ? pageRecord(page.host, page.segments, structuredClone(entries)) : undefined;
}
