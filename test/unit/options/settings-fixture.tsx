/**
 * The settings page opened alone, a view of it as the background answers built for a test, and a promise a test
 * settles when it likes (a save still running).
 */
import { render, screen } from '@testing-library/preact';
import { vi } from 'vitest';
import { SettingsPage } from '../../../src/options/settings-page.tsx';
import { EMPTY_STATUS } from '../../../src/background/feed-runner.ts';
import type { FeedOutcome, FeedStatus } from '../../../src/shared/feed-status.ts';
import type { SettingsView } from '../../../src/shared/messages.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings.ts';
import { fakeApi } from './workspace-fixture.tsx';

export const KEY = 'lVxxTEHYqWUD+vkvEZwWExf0zsRX0osKOXLIzKAdWaw=';

/** The default settings, nothing managed, no feed ever checked, no dataset, with `change` over them. */
export function settingsView(
  change: Partial<Omit<SettingsView, 'settings'>> & { settings?: Partial<Settings> } = {},
): SettingsView {
  return {
    kind: 'settings',
    managed: [],
    ignored: [],
    feed: { ...EMPTY_STATUS },
    orgFeed: { ...EMPTY_STATUS },
    dataset: null,
    ...change,
    settings: { ...DEFAULT_SETTINGS, ...change.settings },
  };
}

/** A feed's status whose last check ended in `outcome`. */
export const checked = (outcome: FeedOutcome | null): FeedStatus => ({
  ...EMPTY_STATUS,
  lastAttempt: 1,
  lastOutcome: outcome,
});

/** A promise the test settles. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

/** Renders #/settings' page over `api` and waits until its settings have come. */
export async function openSettingsPage(api = fakeApi()) {
  render(<SettingsPage api={api} onDataChanged={vi.fn()} />);
  await screen.findByRole('heading', { level: 1, name: 'Settings' });
  return api;
}
