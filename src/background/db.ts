/**
 * PSF Lens's IndexedDB, owned by the background alone. Versioned: each version's upgrade step runs once,
 * in order, so a database of any older version reaches the current one without losing what it holds.
 */
import { openDB, unwrap, type DBSchema, type IDBPDatabase } from 'idb';
import type { ActionState } from '../core/checklist.ts';
import type { HistoryEntry } from '../core/history.ts';
import { latestAssessment } from '../core/latest.ts';
import type { Assessment, Dataset, Domain, Product } from '../core/model.ts';
import type { OrgDraft } from '../core/org-draft.ts';
import type { OrgVersion } from '../core/org-versions.ts';
import type { Answer } from '../core/questionnaire.ts';
import type { DatasetInfo } from '../shared/messages.ts';

export const DB_NAME = 'psf-lens';
export const DB_VERSION = 5;

export interface DatasetMeta extends DatasetInfo {
  key: 'dataset';
  domains: Domain[];
}

/**
 * Products the PSF data once had and an update removed, as they last read: the user's checklist states and watch of
 * them are kept, and this is what names them. A product that comes back in a later dataset leaves the list.
 */
export interface RemovedProducts {
  key: 'removed';
  products: Product[];
}

export interface PsfLensDb extends DBSchema {
  meta: { key: 'dataset' | 'removed'; value: DatasetMeta | RemovedProducts };
  products: { key: string; value: Product };
  assessments: { key: string; value: Assessment; indexes: { 'by-product': string } };
  /** The user's: never cleared by a dataset load. Keyed by [productId, actionId]. */
  checklist: { key: [string, string]; value: ActionState; indexes: { 'by-product': string } };
  /** The user's: products they watch for rating changes. */
  watchlist: { key: string; value: { productId: string; addedAt: number } };
  /** Rating changes that updates brought, per product; kept across updates. */
  history: { key: number; value: HistoryEntry; indexes: { 'by-product': string } };
  /** The user's: assessments of their own organisation, each imported file whole, never mixed with PAI's. */
  organisation: { key: string; value: OrgDataset };
  /** The user's: assessments written in PSF Lens, each with its draft and every saved version. */
  'org-assessments': { key: string; value: OrgRecord };
  /** The user's: vendors' answers to questionnaires, keyed by [productId, questionId]. */
  'questionnaire-answers': { key: [string, string]; value: StoredAnswer; indexes: { 'by-product': string } };
  /** The last good dataset of the organisation's team feed (kept apart from the user's own records). */
  'org-feed': { key: 'feed'; value: OrgFeedCopy };
}

export interface OrgRecord {
  /** The product id of the draft: one record per product. */
  id: string;
  /** The working copy, saved as the user types; may not pass the rules yet. */
  draft: OrgDraft;
  draftUpdatedAt: number;
  /** Every version saved, oldest first; each passed the dataset rules when saved. */
  versions: OrgVersion[];
  /** Deleted by the user (undo clears it); hidden, still stored until purged. */
  deletedAt?: number;
  /** The team feed's version of this product the user last took or set aside: a newer one is a new conflict. */
  feedResolved?: string;
}

export interface StoredAnswer extends Answer {
  productId: string;
  receivedAt: number;
  /** The answers file that wrote it, kept for that file's Undo (db-org.ts). */
  import?: AnswerImportMark;
}

/** What an answers file wrote over, so that Undo can put it back exactly. */
export interface AnswerImportMark {
  id: string;
  /** How many answers the file wrote: fewer still marked means a later file has replaced some of them. */
  rows: number;
  /** The answer it replaced, as it was but without its own mark (one step back), or null where there was none. */
  before: StoredAnswer | null;
}

export interface OrgFeedCopy {
  key: 'feed';
  url: string;
  loadedAt: number;
  dataset: Dataset;
}

export interface OrgDataset {
  id: string;
  /** The name the user gave it (by default the file's name). */
  name: string;
  importedAt: number;
  dataset: Dataset;
}

export type Db = IDBPDatabase<PsfLensDb>;

export function openDatabase(name = DB_NAME): Promise<Db> {
  return openDB<PsfLensDb>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      // One step per version, never edited once shipped; the next version's goes last.
      if (oldVersion < 1) {
        db.createObjectStore('meta', { keyPath: 'key' });
        db.createObjectStore('products', { keyPath: 'id' });
        db.createObjectStore('assessments', { keyPath: 'id' }).createIndex('by-product', 'productId');
      }
      if (oldVersion < 2) {
        db.createObjectStore('checklist', { keyPath: ['productId', 'actionId'] }).createIndex(
          'by-product',
          'productId',
        );
      }
      if (oldVersion < 3) {
        db.createObjectStore('watchlist', { keyPath: 'productId' });
        db.createObjectStore('history', { autoIncrement: true }).createIndex('by-product', 'productId');
      }
      if (oldVersion < 4) {
        db.createObjectStore('organisation', { keyPath: 'id' });
      }
      if (oldVersion < 5) {
        db.createObjectStore('org-assessments', { keyPath: 'id' });
        db.createObjectStore('questionnaire-answers', { keyPath: ['productId', 'questionId'] }).createIndex(
          'by-product',
          'productId',
        );
        db.createObjectStore('org-feed', { keyPath: 'key' });
      }
    },
  });
}

/** What a replacement records beside the dataset, in the same transaction. */
export interface ReplacementRecords {
  /** The products updates removed, kept by name (replaces the list). */
  removed?: readonly Product[];
  /** The rating changes the replacement brings, added to the products' history. */
  history?: readonly HistoryEntry[];
}

/**
 * Replaces the dataset in one transaction: a reader sees the old dataset or the new one, never a mix, and the rating
 * changes it brings are in the history exactly when it is stored (a worker stopped in between loses neither).
 */
export async function replaceDataset(
  db: Db,
  dataset: Dataset,
  source: DatasetInfo['source'],
  now = Date.now(),
  feedUrl?: string,
  { removed, history = [] }: ReplacementRecords = {},
): Promise<DatasetMeta> {
  const meta: DatasetMeta = {
    key: 'dataset',
    version: dataset.version,
    published: dataset.published,
    source,
    ...(feedUrl ? { feedUrl } : {}),
    loadedAt: now,
    attribution: dataset.attribution,
    domains: dataset.domains,
  };
  const tx = db.transaction(['meta', 'products', 'assessments', 'history'], 'readwrite');
  const products = tx.objectStore('products');
  const assessments = tx.objectStore('assessments');
  await Promise.all([products.clear(), assessments.clear()]);
  // Straight to the browser's stores, not through idb's promises: idb keeps each request it wraps in a WeakMap whose
  // table V8 never shrinks, so a 10,000-product dataset's 20,000 puts left 256 KB in the worker's heap for as long
  // as it ran. A put that fails aborts the transaction (the cleared stores come back), and `tx.done` says so.
  try {
    for (const product of dataset.products) unwrap(products).put(product);
    for (const assessment of dataset.assessments) unwrap(assessments).put(assessment);
    unwrap(tx.objectStore('meta')).put(meta);
    if (removed) unwrap(tx.objectStore('meta')).put({ key: 'removed', products: [...removed] });
    for (const entry of history) unwrap(tx.objectStore('history')).add(entry);
  } catch (error) {
    tx.done.catch(() => undefined);
    tx.abort();
    throw error;
  }
  await tx.done;
  return meta;
}

export async function readMeta(db: Db): Promise<DatasetMeta | undefined> {
  const meta = await db.get('meta', 'dataset');
  return meta?.key === 'dataset' ? meta : undefined;
}

/** The products updates removed, as they last read (none before the first removal). */
export async function readRemovedProducts(db: Db): Promise<Product[]> {
  const removed = await db.get('meta', 'removed');
  return removed?.key === 'removed' ? removed.products : [];
}

export function readProduct(db: Db, productId: string): Promise<Product | undefined> {
  return db.get('products', productId);
}

export function readProducts(db: Db): Promise<Product[]> {
  return db.getAll('products');
}

/** The product's latest assessment, read through the product index. */
export async function readAssessmentFor(db: Db, productId: string): Promise<Assessment | null> {
  return latestAssessment(await db.getAllFromIndex('assessments', 'by-product', productId));
}

export function readAssessments(db: Db): Promise<Assessment[]> {
  return db.getAll('assessments');
}
