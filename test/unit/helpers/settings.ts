import { vi } from 'vitest';
import type { SettingsDeps } from '../../../src/background/types.ts';
import { EMPTY_STATUS } from '../../../src/background/feed-runner.ts';
import type { FeedStatus } from '../../../src/shared/feed-status.ts';
import { parseDataset } from '../../../src/core/schema.ts';
import { DEFAULT_SETTINGS, effectiveSettings, managedDatasets, type Settings } from '../../../src/shared/settings.ts';

/** In-memory settings: the user's, an administrator's managed values over them, and a feed that does nothing. */
export function fakeSettings(user: Partial<Settings> = {}, managed: Record<string, unknown> = {}) {
  let stored: Settings = { ...DEFAULT_SETTINGS, ...user };
  let status: FeedStatus = { ...EMPTY_STATUS };
  const deps: SettingsDeps = {
    read: async () => effectiveSettings(stored, managed, parseDataset),
    managedDatasets: async () => managedDatasets(managed, parseDataset).valid,
    readUser: async () => ({ ...stored }),
    writeUser: async (next) => void (stored = { ...next }),
    feed: {
      run: vi.fn(async () => status),
      status: async () => status,
      reschedule: vi.fn(async () => {}),
    },
    orgFeed: {
      run: vi.fn(async () => ({ ...EMPTY_STATUS })),
      status: async () => ({ ...EMPTY_STATUS }),
      reschedule: vi.fn(async () => {}),
    },
  };
  return { deps, user: () => stored, setStatus: (next: FeedStatus) => void (status = next) };
}
