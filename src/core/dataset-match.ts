/**
 * Whether a dataset file is one the organisation has already imported: the very same (nothing to add), or another
 * version of it (the same publisher, some of the same products; the user chooses to replace it or keep both). Two
 * entries of one dataset show every shared product twice, and the older one's answers beside the newer. Pure.
 */
import type { Dataset } from './model.ts';
import { isNewerVersion } from './schema.ts';

export type DatasetMatch<E> =
  { kind: 'same-file'; entry: E } | { kind: 'other-version'; entry: E; order: 'newer' | 'older' | 'same-version' };

/** JSON with each object's keys in order: two files that differ only in the order of their keys are the same. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export function matchDataset<E extends { dataset: Dataset }>(
  dataset: Dataset,
  entries: readonly E[],
): DatasetMatch<E> | null {
  const text = canonical(dataset);
  const same = entries.find((e) => canonical(e.dataset) === text);
  if (same) return { kind: 'same-file', entry: same };
  const ids = new Set(dataset.products.map((p) => p.id));
  // The latest entry first: it is the one a newer file would follow.
  const version = [...entries]
    .reverse()
    .find(
      (e) =>
        e.dataset.attribution.publisher === dataset.attribution.publisher &&
        e.dataset.products.some((p) => ids.has(p.id)),
    );
  if (!version) return null;
  const order = isNewerVersion(dataset.version, version.dataset.version)
    ? 'newer'
    : isNewerVersion(version.dataset.version, dataset.version)
      ? 'older'
      : 'same-version';
  return { kind: 'other-version', entry: version, order };
}
