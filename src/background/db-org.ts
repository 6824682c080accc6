/**
 * The stores of the organisation's own assessments in PSF Lens's IndexedDB (db.ts opens it and holds its schema):
 * imported files, records written in PSF Lens, vendors' questionnaire answers and the team feed's last good copy.
 * All the user's but the feed's copy, and no dataset load clears them.
 */
import type { Db, OrgDataset, OrgFeedCopy, OrgRecord, StoredAnswer } from './db.ts';

export function readOrgDatasets(db: Db): Promise<OrgDataset[]> {
  return db.getAll('organisation');
}

export async function writeOrgDataset(db: Db, entry: OrgDataset): Promise<void> {
  await db.put('organisation', entry);
}

/**
 * Reads the imports, lets `decide` choose what to store (or nothing), and stores it, in one transaction: two tabs
 * importing the same file at once cannot both find it new.
 */
export async function writeOrgDatasetAfter<R>(
  db: Db,
  decide: (existing: OrgDataset[]) => { entry: OrgDataset; result: R } | { result: R },
): Promise<R> {
  const tx = db.transaction('organisation', 'readwrite');
  const decision = decide(await tx.store.getAll());
  await Promise.all([...('entry' in decision ? [tx.store.put(decision.entry)] : []), tx.done]);
  return decision.result;
}

export async function deleteOrgDataset(db: Db, id: string): Promise<void> {
  await db.delete('organisation', id);
}

export function readOrgRecords(db: Db): Promise<OrgRecord[]> {
  return db.getAll('org-assessments');
}

export function readOrgRecord(db: Db, id: string): Promise<OrgRecord | undefined> {
  return db.get('org-assessments', id);
}

export async function writeOrgRecord(db: Db, record: OrgRecord): Promise<void> {
  await db.put('org-assessments', record);
}

/** Forgets records deleted before `before`: the undo window has passed. */
export async function purgeOrgRecords(db: Db, before: number): Promise<void> {
  const tx = db.transaction('org-assessments', 'readwrite');
  for (const record of await tx.store.getAll()) {
    // A live record (no deletedAt) is never before any limit.
    if ((record.deletedAt ?? Infinity) < before) await tx.store.delete(record.id);
  }
  await tx.done;
}

export function readAnswers(db: Db, productId: string): Promise<StoredAnswer[]> {
  return db.getAllFromIndex('questionnaire-answers', 'by-product', productId);
}

/** Adds or replaces answers in one transaction: all of them or, on failure, none. */
export async function writeAnswers(db: Db, answers: readonly StoredAnswer[]): Promise<void> {
  const tx = db.transaction('questionnaire-answers', 'readwrite');
  await Promise.all([...answers.map((a) => tx.store.put(a)), tx.done]);
}

export function readOrgFeed(db: Db): Promise<OrgFeedCopy | undefined> {
  return db.get('org-feed', 'feed');
}

export async function writeOrgFeed(db: Db, copy: OrgFeedCopy): Promise<void> {
  await db.put('org-feed', copy);
}
