/**
 * The user's own records in PSF Lens's IndexedDB, beside the dataset they are about: each action's state in the
 * checklists, the products watched for rating changes, and the rating history an update records.
 */
import type { ActionState } from '../core/checklist.ts';
import type { HistoryEntry } from '../core/history.ts';
import type { Db } from './db.ts';

export function readChecklist(db: Db, productId: string): Promise<ActionState[]> {
  return db.getAllFromIndex('checklist', 'by-product', productId);
}

/** Every state kept under an `ownKey`: the checklists of the organisation's own assessments. */
export function readOwnChecklists(db: Db): Promise<ActionState[]> {
  // Every such key starts `own:`, and `;` is the character after `:`.
  return db.getAllFromIndex('checklist', 'by-product', IDBKeyRange.bound('own:', 'own;', false, true));
}

/** Deletes every state of a checklist, in one transaction. */
export async function deleteChecklist(db: Db, productId: string): Promise<void> {
  const tx = db.transaction('checklist', 'readwrite');
  const keys = await tx.store.index('by-product').getAllKeys(productId);
  await Promise.all([...keys.map((key) => tx.store.delete(key)), tx.done]);
}

export function readActionState(db: Db, productId: string, actionId: string): Promise<ActionState | undefined> {
  return db.get('checklist', [productId, actionId]);
}

export async function writeActionState(db: Db, state: ActionState): Promise<void> {
  await db.put('checklist', state);
}

/**
 * Reads an action's state and writes the one `next` makes of it in one transaction, so saves of one action sent at
 * once (owner, notes and due date typed in a row) each build on the one before instead of writing it away. `next`
 * runs inside the transaction: it must not wait on anything else, and what it throws leaves the state as it was.
 */
export async function updateActionState(
  db: Db,
  productId: string,
  actionId: string,
  next: (previous: ActionState | undefined) => ActionState,
): Promise<ActionState> {
  const tx = db.transaction('checklist', 'readwrite');
  const previous = await tx.store.get([productId, actionId]);
  let state: ActionState;
  try {
    state = next(previous);
  } catch (error) {
    tx.done.catch(() => undefined);
    tx.abort();
    throw error;
  }
  await Promise.all([tx.store.put(state), tx.done]);
  return state;
}

/**
 * The checklist kept under `from` moved to `to`, in one transaction, unless `to` has one already: the states a key of
 * an earlier version holds, under the key in force. What `to` holds afterwards.
 */
export async function moveChecklist(db: Db, from: string, to: string): Promise<ActionState[]> {
  const tx = db.transaction('checklist', 'readwrite');
  const index = tx.store.index('by-product');
  const [kept, former] = await Promise.all([index.getAll(to), index.getAll(from)]);
  if (kept.length || !former.length) {
    await tx.done;
    return kept;
  }
  const moved = former.map((state) => ({ ...state, productId: to }));
  await Promise.all([
    ...former.map((state) => tx.store.delete([from, state.actionId])),
    ...moved.map((state) => tx.store.put(state)),
    tx.done,
  ]);
  return moved;
}

export async function readWatchlist(db: Db): Promise<string[]> {
  return (await db.getAll('watchlist')).map((w) => w.productId);
}

export async function setWatched(db: Db, productId: string, watched: boolean, now = Date.now()): Promise<void> {
  if (watched) await db.put('watchlist', { productId, addedAt: now });
  else await db.delete('watchlist', productId);
}

export async function addHistory(db: Db, entries: readonly HistoryEntry[]): Promise<void> {
  const tx = db.transaction('history', 'readwrite');
  await Promise.all([...entries.map((e) => tx.store.add(e)), tx.done]);
}

export function readHistory(db: Db, productId: string): Promise<HistoryEntry[]> {
  return db.getAllFromIndex('history', 'by-product', productId);
}
