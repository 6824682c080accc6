// An update of PSF Lens whose bundled dataset cannot be stored (no room left, a transaction aborted): the dataset
// before stays in use, the failure is recorded with both versions for the settings page (the real handler over
// fake-indexeddb), the next start tries again, and a load that stores it, or keeps another, clears the record.
import 'fake-indexeddb/auto';
import { expect, test, vi } from 'vitest';
import { createDatasetKeeper, type BundleProblemStore } from '../../../src/background/dataset.ts';
import { openDatabase, readMeta, type Db } from '../../../src/background/db.ts';
import { createHandlers } from '../../../src/background/handlers/index.ts';
import type { Dataset } from '../../../src/core/model.ts';
import type { BundleProblem } from '../../../src/shared/feed-status.ts';
import { bundled } from '../helpers/dataset.ts';
import { testBackground } from '../helpers/deps.ts';
import { STORE_FAILURES } from '../helpers/store-failures.ts';

let count = 0;

const versioned = (version: string): Dataset => ({ ...bundled(), version });

/** storage.local's record, as a variable. */
function memoryProblems(): BundleProblemStore & { value: BundleProblem | undefined } {
  const store = {
    value: undefined as BundleProblem | undefined,
    get: async () => store.value,
    set: async (problem: BundleProblem | undefined) => void (store.value = problem),
  };
  return store;
}

/** The database with every write that would store a dataset failing with `error` while `failing()`. */
function failingWrites(real: Db, error: Error, failing: () => boolean): Db {
  return new Proxy(real, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (key !== 'transaction' || typeof value !== 'function') return value;
      return (stores: string | string[], mode?: IDBTransactionMode) => {
        if (failing() && mode === 'readwrite' && [stores].flat().includes('products')) throw error;
        return (value as (s: string | string[], m?: IDBTransactionMode) => unknown).call(target, stores, mode);
      };
    },
  });
}

/** One start of the worker of a PSF Lens that bundles `bundle`, over the database `name`. */
function start(
  name: string,
  bundle: Dataset,
  problems: BundleProblemStore,
  fail?: { error: Error; on: () => boolean },
) {
  let database: Promise<Db> | null = null;
  const db = () =>
    (database ??= openDatabase(name).then((real) => (fail ? failingWrites(real, fail.error, fail.on) : real)));
  const keeper = createDatasetKeeper(db, async () => JSON.stringify(bundle), undefined, undefined, problems);
  const bg = testBackground({ name });
  const handlers = createHandlers({ ...bg.deps, db, dataset: keeper });
  const settings = () => handlers.settings({ type: 'settings' }, { from: 'ui' });
  return { keeper, db, settings };
}

test.each(STORE_FAILURES)(
  'an update’s dataset not stored because %s: recorded, shown, tried again',
  async (_, error, problem) => {
    const name = `psf-lens-bundle-${process.pid}-${++count}`;
    const problems = memoryProblems();
    // Installed with the dataset of November.
    await start(name, versioned('2026.11.01'), problems).keeper.syncBundled();

    // Updated to a PSF Lens that brings December's, which does not fit.
    const updated = start(name, versioned('2026.12.01'), problems, { error, on: () => true });
    await expect(updated.keeper.syncBundled()).rejects.toBe(error);
    expect((await readMeta(await updated.db()))?.version, 'the dataset before stays in use').toBe('2026.11.01');
    const shown = await updated.settings();
    expect(shown.bundle).toEqual({ version: '2026.12.01', kept: '2026.11.01', problem });
    expect(shown.dataset?.version).toBe('2026.11.01');

    // The next start: stored this time, and nothing is left to say.
    const next = start(name, versioned('2026.12.01'), problems);
    await next.keeper.syncBundled();
    expect((await readMeta(await next.db()))?.version).toBe('2026.12.01');
    expect((await next.settings()).bundle).toBeUndefined();
    expect(problems.value).toBeUndefined();
  },
);

test('a start that keeps another dataset by the rules (a feed’s newer one) clears the record too', async () => {
  const name = `psf-lens-bundle-${process.pid}-${++count}`;
  const problems = memoryProblems();
  problems.value = { version: '2026.12.01', kept: '2026.11.01', problem: { code: 'storage-full' } };
  const first = start(name, versioned('2026.11.01'), problems);
  await first.keeper.syncBundled();
  await first.keeper.installFeed(versioned('2027.01.01'), 'https://feed.example/psf.json');
  const next = start(name, versioned('2026.12.01'), problems);
  await next.keeper.syncBundled();
  expect((await readMeta(await next.db()))?.version).toBe('2027.01.01');
  expect((await next.settings()).bundle).toBeUndefined();
});

test('a fresh install that cannot store its dataset has none to keep: no record, the popup says why', async () => {
  const problems = memoryProblems();
  const error = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  const fresh = start(`psf-lens-bundle-${process.pid}-${++count}`, versioned('2026.11.01'), problems, {
    error,
    on: () => true,
  });
  await expect(fresh.keeper.syncBundled()).rejects.toBe(error);
  expect(problems.value).toBeUndefined();
});

test('a record that cannot be written is said in the console, and the failure still reaches the caller', async () => {
  const name = `psf-lens-bundle-${process.pid}-${++count}`;
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const full = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  const problems = { get: async () => undefined, set: vi.fn(async () => Promise.reject(full)) };
  await start(name, versioned('2026.11.01'), problems).keeper.syncBundled();
  const updated = start(name, versioned('2026.12.01'), problems, { error: full, on: () => true });
  await expect(updated.keeper.syncBundled()).rejects.toBe(full);
  expect(warn).toHaveBeenCalledWith('PSF Lens could not record that its dataset was not stored:', full);
  warn.mockRestore();
});

test.each([
  ['newer than the update’s', '2027.01.01', undefined],
  [
    'older than the update’s',
    '2026.11.15',
    { version: '2026.12.01', kept: '2026.11.15', problem: { code: 'storage-full' } },
  ],
])('a feed’s dataset %s stored meanwhile: the note goes, or names it as the one in use', async (_, feed, after) => {
  const name = `psf-lens-bundle-${process.pid}-${++count}`;
  const problems = memoryProblems();
  await start(name, versioned('2026.11.01'), problems).keeper.syncBundled();
  problems.value = { version: '2026.12.01', kept: '2026.11.01', problem: { code: 'storage-full' } };
  const running = start(name, versioned('2026.12.01'), problems);
  await running.keeper.installFeed(versioned(feed), 'https://feed.example/psf.json');
  expect((await running.settings()).bundle).toEqual(after);
});
