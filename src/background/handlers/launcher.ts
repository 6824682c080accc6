/**
 * The popup off a rated page: the products to search, and the ones the user viewed lately. "Viewed" is a rated
 * page's badge or the popup showing a product; only the product's id is kept, never the page's address.
 */
import type { LauncherView } from '../../shared/messages.ts';
import { readProducts } from '../db.ts';
import { loadedDataset } from '../dataset.ts';
import type { Deps, Handlers } from '../types.ts';

/** Enough to find one's way back; a longer list would be a browsing history. */
export const RECENT_LIMIT = 8;

export async function remember(deps: Pick<Deps, 'recent'>, productId: string): Promise<void> {
  const ids = await deps.recent.get();
  if (ids[0] === productId) return;
  await deps.recent.set([productId, ...ids.filter((id) => id !== productId)].slice(0, RECENT_LIMIT));
}

export function launcherHandlers(deps: Deps): Pick<Handlers, 'launcher'> {
  return {
    async launcher(): Promise<LauncherView> {
      const loaded = await loadedDataset(deps.dataset);
      if (!('meta' in loaded)) return loaded;
      const { key: _key, domains: _domains, ...dataset } = loaded.meta;
      const [products, recent] = await Promise.all([readProducts(await deps.db()), deps.recent.get()]);
      const known = new Set(products.map((p) => p.id));
      return {
        kind: 'launcher',
        products: products
          .map(({ id, name, vendor }) => ({ id, name, vendor }))
          .sort((a, b) => a.name.localeCompare(b.name, 'en')),
        recent: recent.filter((id) => known.has(id)),
        dataset,
      };
    },
  };
}
