/**
 * Publishing what the in-page badge needs to extension storage: each host's record in parts by path (rules and
 * badge words, see rule-store.ts), then the dataset version they came from. The version goes last, so a worker
 * stopped half-way leaves a version that differs from the database's, and the next start publishes again.
 */
import { compileIndex } from '../core/detect.ts';
import type { Assessment, Product } from '../core/model.ts';
import { latestByProduct } from '../core/latest.ts';
import { parsePageUrl } from '../core/url.ts';
import { hostRecords, pageRecord, recordKeys, type HostRecord } from '../shared/rule-store.ts';
import { RULES_PREFIX, RULES_VERSION_KEY } from '../shared/storage-keys.ts';

/** The part of storage.local publishing uses (a Map-backed fake in tests). */
export interface RecordStore {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export interface PublishSource {
  version: string;
  products: readonly Product[];
  assessments: readonly Assessment[];
}

/** The organisation's own products and assessments, published beside PAI's and labelled as the organisation's. */
export type OwnSource = Omit<PublishSource, 'version'>;

/** PAI's products, then the organisation's products PAI does not rate (a PAI product keeps PAI's badge). */
function withOwn(source: PublishSource, own: OwnSource) {
  const rated = new Set(source.products.map((p) => p.id));
  const products = [...source.products, ...own.products.filter((p) => !rated.has(p.id))];
  const ownIds = new Set(products.filter((p) => !rated.has(p.id)).map((p) => p.id));
  const latest = latestByProduct(source.assessments);
  for (const [id, assessment] of latestByProduct(own.assessments)) if (ownIds.has(id)) latest.set(id, assessment);
  return { products, latest, ownIds };
}

export async function publishRecords(
  store: RecordStore,
  source: PublishSource,
  own: OwnSource = { products: [], assessments: [] },
): Promise<void> {
  const { products, latest, ownIds } = withOwn(source, own);
  const entries = hostRecords(
    compileIndex(products, [...source.assessments, ...own.assessments]),
    products,
    latest,
    ownIds,
  );
  const stale = (await storedRecordKeys(store)).filter((key) => !(key in entries));
  await store.set(entries);
  await store.remove(stale);
  await store.set({ [RULES_VERSION_KEY]: source.version });
}

/**
 * Takes every record back, and their version: no page shows a badge from them. For a bundled dataset whose records
 * went out before its check, and which the check then refused.
 */
export async function withdrawRecords(store: RecordStore): Promise<void> {
  await store.remove([...(await storedRecordKeys(store)), RULES_VERSION_KEY]);
}

/** The keys of every record part in storage. */
async function storedRecordKeys(store: RecordStore): Promise<string[]> {
  return Object.keys(await store.get(null)).filter((key) => key.startsWith(RULES_PREFIX));
}

/** The dataset version of the records in storage, or undefined when none (or only part of them) were published. */
export async function publishedVersion(store: RecordStore): Promise<string | undefined> {
  const { [RULES_VERSION_KEY]: version } = await store.get(RULES_VERSION_KEY);
  return typeof version === 'string' ? version : undefined;
}

/** The record a page at `url` reads: its host's own part and the parts its path reaches. */
export async function readRecord(store: RecordStore, url: string): Promise<HostRecord | undefined> {
  const page = parsePageUrl(url);
  if (!page) return undefined;
  return pageRecord(page.host, page.segments, await store.get(recordKeys(page.host, page.segments)));
}
