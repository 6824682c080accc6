/**
 * Keeps a valid dataset in IndexedDB. The bundled file is loaded on install and update, and on demand when
 * the database is empty. A dataset that fails validation is refused with its reasons; the last good one stays.
 */
import type { Dataset } from '../core/model.ts';
import { isNewerVersion, parseDataset, type DatasetIssue } from '../core/schema.ts';
import { ratingChanges, type ProductChange } from '../core/history.ts';
import { addHistory, readAssessments, readMeta, replaceDataset, type DatasetMeta, type Db } from './db.ts';

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
  /** Installs a dataset a signed feed delivered (already verified, validated and newer). */
  installFeed(dataset: Dataset, feedUrl: string): Promise<DatasetMeta>;
}

/**
 * `publish` runs after every load (and on every install or update), to hand what depends on the dataset,
 * such as the content script's match rules, the dataset now in the database. `changed` hears which ratings an
 * update changed (never the first load), after they are recorded in the products' history.
 */
export function createDatasetKeeper(
  db: () => Promise<Db>,
  readBundled: () => Promise<string>,
  publish: (db: Db) => Promise<void> = async () => {},
  changed: (changes: ProductChange[], meta: DatasetMeta) => Promise<void> = async () => {},
): DatasetKeeper {
  let pending: Promise<DatasetMeta> | null = null;

  /** Replaces the dataset and records what the replacement changed in the ratings. */
  async function replace(
    database: Db,
    dataset: Dataset,
    source: DatasetMeta['source'],
    hadDataset: boolean,
    feedUrl?: string,
  ): Promise<DatasetMeta> {
    const before = hadDataset ? await readAssessments(database) : [];
    const meta = await replaceDataset(database, dataset, source, Date.now(), feedUrl);
    const changes = hadDataset ? ratingChanges(before, dataset.assessments) : [];
    if (changes.length) {
      await addHistory(
        database,
        changes.map((c) => ({ ...c, at: meta.loadedAt, version: meta.version, source })),
      );
      await changed(changes, meta);
    }
    return meta;
  }

  async function loadBundled(force: boolean): Promise<DatasetMeta> {
    const database = await db();
    const current = await readMeta(database);
    if (current && !force) return current;
    const parsed = parseDataset(await readBundled());
    if (parsed.kind === 'invalid') {
      if (current) {
        console.warn(new DatasetRefused('bundled', parsed.issues).message, '- keeping dataset', current.version);
        await publish(database);
        return current;
      }
      throw new DatasetRefused('bundled', parsed.issues);
    }
    // The bundled dataset never replaces the same version, nor a newer one a feed delivered.
    const keep =
      current &&
      (current.version === parsed.dataset.version ||
        (current.source === 'feed' && !isNewerVersion(parsed.dataset.version, current.version)));
    const meta = keep ? current : await replace(database, parsed.dataset, 'bundled', current !== undefined);
    await publish(database);
    return meta;
  }

  // One load at a time: concurrent callers share it, and a failed load may be tried again later.
  function once(force: boolean): Promise<DatasetMeta> {
    pending ??= loadBundled(force).finally(() => {
      pending = null;
    });
    return pending;
  }

  return {
    async ensure() {
      const current = await readMeta(await db());
      return current ?? once(false);
    },
    syncBundled: () => once(true),
    async installFeed(dataset, feedUrl) {
      const database = await db();
      const meta = await replace(database, dataset, 'feed', true, feedUrl);
      await publish(database);
      return meta;
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
