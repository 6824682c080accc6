/**
 * Rating-change notifications: one for each watched product whose ratings an update changed, naming the domains
 * and the change; clicking one opens the product's page in the workspace. Their words are in the reader's language
 * (the settings', else the browser's); the product's and the domains' names and the ratings stay the PSF's English,
 * as the workspace's rating history shows them. Browser calls are the caller's.
 */
import type { ProductChange, RatingChange } from '../core/history.ts';
import { domainName, type Domain, type Product, type Rating } from '../core/model.ts';
import type { Translator } from '../shared/i18n.ts';
import { readProducts, type DatasetMeta, type Db } from './db.ts';
import { readWatchlist } from './db-user.ts';

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
export function watchedNotifier(
  db: () => Promise<Db>,
  words: () => Promise<Translator>,
  show: (notice: Notice) => Promise<void>,
) {
  return async (changes: readonly ProductChange[], meta: DatasetMeta, removed: readonly Product[] = []) => {
    const notices = await watchedNotices(await db(), changes, meta, words, removed);
    for (const notice of notices) await show(notice);
  };
}

/** One domain's change, one line: "D4 Observability: Gap → Partial" in the reader's language. */
function changeLine(t: Translator, change: RatingChange, domains: readonly Domain[]): string {
  const word = (rating: Rating | null) => rating ?? t('rating_notCaptured');
  const domain = `${change.domain} ${domainName(domains, change.domain)}`;
  return t('watch_change', { domain, from: word(change.from), to: word(change.to) });
}

/**
 * The notices for an update's changes: watched products only. `words` is asked for only when one is due. A product
 * the update removed (`removed`: as it was before) is named as it was, and its notice says it left the data rather
 * than list every rating as no longer captured.
 */
export async function watchedNotices(
  db: Db,
  changes: readonly ProductChange[],
  meta: DatasetMeta,
  words: () => Promise<Translator>,
  removed: readonly Product[] = [],
): Promise<Notice[]> {
  const [watched, products] = await Promise.all([readWatchlist(db), readProducts(db)]);
  const due = changes.filter((change) => watched.includes(change.productId));
  if (due.length === 0) return [];
  const t = await words();
  return due.map((change) => {
    const listed = products.find((p) => p.id === change.productId);
    const name = (listed ?? removed.find((p) => p.id === change.productId))?.name ?? change.productId;
    const gone = !listed && change.changes.every((c) => c.to === null);
    return {
      id: noticeId(change.productId, meta.version),
      title: t('notify_title', { name }),
      message: gone
        ? t('notify_removed', { version: meta.version })
        : change.changes.map((c) => changeLine(t, c, meta.domains)).join('\n'),
    };
  });
}
