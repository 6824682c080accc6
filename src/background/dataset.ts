/**
 * Keeps a valid dataset in IndexedDB. The bundled file is loaded on install and update, and on demand when
 * the database is empty. A dataset that fails validation is refused with its reasons; the last good one stays.
 */
import type { Dataset, Product } from '../core/model.ts';
import { isNewerVersion, parseDataset, type DatasetIssue } from '../core/schema.ts';
import { ratingChanges, type ProductChange } from '../core/history.ts';
import {
  readAssessments,
  readMeta,
  readProduct,
  readProducts,
  readRemovedProducts,
  replaceDataset,
  type DatasetMeta,
  type Db,
} from './db.ts';
import { storeProblem, type BundleProblem } from '../shared/feed-status.ts';
import type { PublishSource } from './publish.ts';

export class DatasetRefused extends Error {
  override name = 'DatasetRefused';
  constructor(
    readonly origin: string,
    readonly issues: DatasetIssue[],
  ) {
    super(
      `${origin} dataset refused: ${issues
        .slice(0, 3)
        .map((i) => `${i.path}: ${i.message}`)
        .join('; ')}${issues.length > 3 ? ` (and ${issues.length - 3} more)` : ''}`,
    );
  }
}

export interface DatasetKeeper {
  /** The loaded dataset's meta, loading the bundled dataset first if the database has none. */
  ensure(): Promise<DatasetMeta>;
  /** Loads the bundled dataset when its version differs from the stored one (install and update). */
  syncBundled(): Promise<DatasetMeta>;
  /** The dataset an update brought that could not be stored, while the dataset before it stays in use. */
  bundleProblem(): Promise<BundleProblem | undefined>;
  /** Installs a dataset a signed feed delivered (already verified, validated and newer). */
  installFeed(dataset: Dataset, feedUrl: string): Promise<DatasetMeta>;
  /**
   * At every worker start: loads the bundled dataset if the database has none, and publishes again if what is
   * published (`published`, its version) is not the database's dataset (a worker stopped in between).
   */
  resume(published: string | undefined): Promise<void>;
}

/** Where the keeper records an update's dataset it could not store (storage.local; a variable in tests). */
export interface BundleProblemStore {
  get(): Promise<BundleProblem | undefined>;
  set(problem: BundleProblem | undefined): Promise<void>;
}

/** A store that remembers nothing: for callers that show no settings page. */
const UNRECORDED: BundleProblemStore = { get: async () => undefined, set: async () => {} };

/**
 * `publish` hands what depends on the dataset (the in-page badge's host records) the dataset in force: on a fresh
 * install before it is stored, since the first page waits for the records and storing the whole dataset takes longer;
 * a replacing one (a feed's, an update's) after it is stored, so that an open workspace, which hears the new records'
 * version, reads the new dataset; and the kept one on every install or update. `changed` hears which ratings an update changed
 * (never the first load), after they are recorded in the products' history, with the products it removed as they
 * were (their notices name them). `publish(null)` takes the records back. `problems` records an update's dataset
 * that could not be stored, for the settings page, until a later load stores it or keeps another.
 */
export function createDatasetKeeper(
  db: () => Promise<Db>,
  readBundled: () => Promise<string>,
  publish: (source: PublishSource | null) => Promise<void> = async () => {},
  changed: (changes: ProductChange[], meta: DatasetMeta, removed: Product[]) => Promise<void> = async () => {},
  problems: BundleProblemStore = UNRECORDED,
): DatasetKeeper {
  let pending: Promise<DatasetMeta> | null = null;
  /** A stored dataset whose records could not go out (storage full): the next `ensure` publishes them again. */
  let unpublished = false;

  /** Replaces the dataset and records what the replacement changed in the ratings. */
  async function replace(
    database: Db,
    dataset: Dataset,
    source: DatasetMeta['source'],
    hadDataset: boolean,
    feedUrl?: string,
  ): Promise<DatasetMeta> {
    // The first dataset changes no rating: there was none before.
    const before = hadDataset ? await readAssessments(database) : null;
    const changes = before ? ratingChanges(before, dataset.assessments) : [];
    // A product the update removes is read while it is still there: its notice names it as the user knew it.
    const listed = new Set(dataset.products.map((p) => p.id));
    const removed = (
      await Promise.all(changes.filter((c) => !listed.has(c.productId)).map((c) => readProduct(database, c.productId)))
    ).filter((p): p is Product => p !== undefined);
    // Kept by name for the user's checklist states and watch of them; a product back in the PSF data leaves the list.
    const gone = new Set(removed.map((p) => p.id));
    const kept = (await readRemovedProducts(database)).filter((p) => !listed.has(p.id) && !gone.has(p.id));
    const now = Date.now();
    const history = changes.map((c) => ({ ...c, at: now, version: dataset.version, source }));
    const meta = await replaceDataset(database, dataset, source, now, feedUrl, {
      removed: [...kept, ...removed],
      history,
    });
    if (changes.length) await changed(changes, meta, removed);
    return meta;
  }

  /** Publishes a dataset file's records unchecked; false when it could not (the check then says why). */
  async function publishUnchecked(text: string): Promise<boolean> {
    try {
      await publish(JSON.parse(text) as Dataset);
      return true;
    } catch {
      return false;
    }
  }

  async function publishStored(database: Db, meta: DatasetMeta): Promise<void> {
    const [products, assessments] = await Promise.all([readProducts(database), readAssessments(database)]);
    await publish({ version: meta.version, products, assessments });
  }

  async function loadBundled(): Promise<DatasetMeta> {
    // Read the file while the database opens: on a fresh install both are on the first page's way to its badge.
    const [database, text] = await Promise.all([db(), readBundled()]);
    const current = await readMeta(database);
    // A fresh install has no dataset to keep: the bundled file's records go out before the file is checked, so
    // the first page's badge does not wait for the check (a cold worker's slowest step). The file came in the same
    // package as this code; should it fail the check all the same, its records are taken back below.
    const early = !current && (await publishUnchecked(text));
    const parsed = parseDataset(text);
    if (parsed.kind === 'invalid') {
      if (current) {
        console.warn(new DatasetRefused('bundled', parsed.issues).message, '- keeping dataset', current.version);
        await publishStored(database, current);
        return current;
      }
      if (early) await publish(null);
      throw new DatasetRefused('bundled', parsed.issues);
    }
    // The bundled dataset never replaces the same version, nor a newer one a feed delivered.
    const keep =
      current &&
      (current.version === parsed.dataset.version ||
        (current.source === 'feed' && !isNewerVersion(parsed.dataset.version, current.version)));
    if (keep) {
      await Promise.all([publishStored(database, current), settled()]);
      return current;
    }
    let meta: DatasetMeta;
    try {
      meta = await replace(database, parsed.dataset, 'bundled', current !== undefined);
    } catch (error) {
      // The store failed part-way (no room left, a transaction aborted) and the dataset before stays: the user hears
      // it on the settings page, and the next start tries again (the update is not marked as loaded).
      if (current) await noteNotStored(database, current, parsed.dataset.version, error);
      throw error;
    }
    await settled();
    if (!early) await publish(parsed.dataset);
    return meta;
  }

  /** Records why `version` could not be stored, with the dataset the store kept; said in the console if it cannot. */
  async function noteNotStored(database: Db, current: DatasetMeta, version: string, error: unknown): Promise<void> {
    const kept = (await readMeta(database).catch(() => current)) ?? current;
    await problems
      .set({ version, kept: kept.version, problem: storeProblem(error) })
      .catch((failure: unknown) => console.warn('PSF Lens could not record that its dataset was not stored:', failure));
  }

  /**
   * A feed's dataset is stored: an update's dataset it is not older than will be kept out by the rules (nothing left
   * to say); one it is older than is still tried at the next start, over the feed's version now in use.
   */
  async function feedStored(version: string): Promise<void> {
    const noted = await problems.get().catch(() => undefined);
    if (!noted) return;
    const next = isNewerVersion(noted.version, version) ? { ...noted, kept: version } : undefined;
    await problems.set(next).catch(() => {});
  }

  /** The update's dataset is stored, or another is kept by the rules: nothing is left to say about it. */
  async function settled(): Promise<void> {
    if (await problems.get().catch(() => undefined)) await problems.set(undefined).catch(() => {});
  }

  // One load at a time: concurrent callers share it, and a failed load may be tried again later. A load that finds
  // a dataset stored meanwhile keeps it by the rules above, as an update's does.
  function once(): Promise<DatasetMeta> {
    pending ??= loadBundled().finally(() => {
      pending = null;
    });
    return pending;
  }

  return {
    async ensure() {
      const database = await db();
      const current = await readMeta(database);
      if (current && unpublished) {
        // Still no room: the dataset stays stored, and the pages keep the records they have until the next try.
        await publishStored(database, current).then(
          () => void (unpublished = false),
          (error: unknown) => console.warn('PSF Lens could not publish its dataset yet:', error),
        );
      }
      return current ?? once();
    },
    syncBundled: once,
    bundleProblem: () => problems.get(),
    async installFeed(dataset, feedUrl) {
      const meta = await replace(await db(), dataset, 'feed', true, feedUrl);
      await feedStored(meta.version);
      try {
        await publish(dataset);
      } catch (error) {
        unpublished = true;
        throw error;
      }
      return meta;
    },
    async resume(published) {
      const database = await db();
      const current = await readMeta(database);
      if (!current) await once();
      else if (current.version !== published) await publishStored(database, current);
    },
  };
}

/** The loaded dataset's meta, or why there is none (a refused bundled dataset on a fresh install). */
export async function loadedDataset(
  keeper: DatasetKeeper,
): Promise<{ meta: DatasetMeta } | { kind: 'no-dataset'; reason: string }> {
  try {
    return { meta: await keeper.ensure() };
  } catch (error) {
    return { kind: 'no-dataset', reason: (error as Error).message };
  }
}
