/**
 * Rating-change notifications: one for each watched product whose ratings an update changed, naming the domains
 * and the change; clicking one opens the product's page in the workspace. Browser calls are the caller's.
 */
import { describeChange, type ProductChange } from '../core/history.ts';
import { domainName } from '../core/model.ts';
import { readProducts, readWatchlist, type DatasetMeta, type Db } from './db.ts';

const PREFIX = 'psf-lens:';

export interface Notice {
  id: string;
  title: string;
  message: string;
}

export const noticeId = (productId: string, version: string) => `${PREFIX}${productId}:${version}`;

/** The product a notification is about, or null for a notification that is not PSF Lens's. */
export function noticeProduct(id: string): string | null {
  if (!id.startsWith(PREFIX)) return null;
  return id.slice(PREFIX.length).split(':')[0] || null;
}

/** What the dataset keeper calls after an update: shows a notice for each watched product it changed. */
export function watchedNotifier(db: () => Promise<Db>, show: (notice: Notice) => Promise<void>) {
  return async (changes: readonly ProductChange[], meta: DatasetMeta): Promise<void> => {
    for (const notice of await watchedNotices(await db(), changes, meta)) await show(notice);
  };
}

/** The notices for an update's changes: watched products only. */
export async function watchedNotices(db: Db, changes: readonly ProductChange[], meta: DatasetMeta): Promise<Notice[]> {
  const [watched, products] = await Promise.all([readWatchlist(db), readProducts(db)]);
  return changes
    .filter((change) => watched.includes(change.productId))
    .map((change) => {
      const name = products.find((p) => p.id === change.productId)?.name ?? change.productId;
      return {
        id: noticeId(change.productId, meta.version),
        title: `PSF ratings changed: ${name}`,
        message: change.changes.map((c) => describeChange(c, (id) => domainName(meta.domains, id))).join('\n'),
      };
    });
}
