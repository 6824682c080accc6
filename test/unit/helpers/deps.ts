import 'fake-indexeddb/auto';
import { vi } from 'vitest';
import { createDatasetKeeper } from '../../../src/background/dataset.ts';
import { openDatabase, type Db } from '../../../src/background/db.ts';
import { createHandlers } from '../../../src/background/handlers/index.ts';
import type { Deps, StringList } from '../../../src/background/types.ts';
import type { ProductChange } from '../../../src/core/history.ts';
import type { DatasetMeta } from '../../../src/background/db.ts';
import { watchedNotifier, type Notice } from '../../../src/background/notifications.ts';
import { publishRecords, readRecord, withdrawRecords } from '../../../src/background/publish.ts';
import type { Settings } from '../../../src/shared/settings.ts';
import { languageTranslator } from '../../../src/shared/i18n.ts';
import { DATASET_TEXT } from './dataset.ts';
import { fakeBrowserI18n, localeCatalog } from './locale.ts';
import { memoryStore } from './records.ts';
import { fakeSettings } from './settings.ts';

let count = 0;

/** A storage list kept in memory, as extension storage would keep it. */
export function memoryList(initial: string[] = []): StringList & { values: string[] } {
  const list = {
    values: [...initial],
    get: async () => [...list.values],
    set: async (values: string[]) => void (list.values = [...values]),
  };
  return list;
}

/**
 * The background over a fresh fake-indexeddb database and in-memory stand-ins for every browser call; `name`
 * reopens the same database, as a restarted service worker does.
 */
export function testBackground(
  options: {
    name?: string;
    bundledText?: string;
    managed?: Record<string, unknown>;
    user?: Partial<Settings>;
    changed?: (c: ProductChange[], m: DatasetMeta) => Promise<void>;
    /** The browser's language (English unless named); the settings' `language` is `user.language`. */
    browserLanguage?: string;
  } = {},
) {
  const name = options.name ?? `psf-lens-test-${process.pid}-${++count}`;
  let database: Promise<Db> | null = null;
  const db = () => (database ??= openDatabase(name));
  const records = memoryStore();
  // The real notifier, showing into a list: a test sees the notices a person would.
  const notices: Notice[] = [];
  // The words of the settings' language, else the browser's, as the worker reads them.
  const words = () =>
    languageTranslator(
      options.user?.language ?? 'auto',
      fakeBrowserI18n(options.browserLanguage ?? 'en-US'),
      async (path) => localeCatalog(/_locales\/(\w+)\//.exec(path)?.[1] ?? 'en'),
    );
  const notify = watchedNotifier(db, words, async (notice) => void notices.push(notice));
  const keeper = createDatasetKeeper(
    db,
    async () => options.bundledText ?? DATASET_TEXT,
    (source) => (source ? publishRecords(records.store, source) : withdrawRecords(records.store)),
    options.changed ?? notify,
  );
  const settings = fakeSettings(options.user ?? {}, options.managed);
  const deps: Deps = {
    db,
    dataset: keeper,
    hiddenSites: { get: async () => [], set: async () => {} },
    recent: memoryList(),
    tabs: {
      url: async () => undefined,
      getState: async () => undefined,
      setState: async () => {},
      clearState: async () => {},
    },
    records: { read: (url) => readRecord(records.store, url) },
    toolbar: vi.fn(async () => {}),
    openDetails: vi.fn(async () => {}),
    settings: settings.deps,
  };
  return { name, db, keeper, deps, settings, records, notices, handlers: createHandlers(deps) };
}
