// @vitest-environment happy-dom
/**
 * #/settings' Update now: the workspace learns of new data only when a feed (the PSF feed or the team's) installed
 * some; the last result is a note, or an alert when the check was refused or failed; the page adds no sentence of
 * its own, since the result says what happened.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { SettingsPage } from '../../../src/options/settings-page.tsx';
import type { FeedOutcome } from '../../../src/shared/feed-status.ts';
import { checked, KEY, settingsView } from './settings-fixture.tsx';
import { fakeApi } from './workspace-fixture.tsx';

afterEach(cleanup);

const FEED = { feedUrl: 'https://feed.example/psf.json', feedPublicKey: KEY };
const updated: FeedOutcome = { kind: 'updated', note: { code: 'updated', version: '2026.12.01' } };
const upToDate: FeedOutcome = { kind: 'not-modified', note: { code: 'up-to-date', version: '2026.11.24' } };
const refused: FeedOutcome = { kind: 'refused', note: { code: 'kept', version: '1', problem: { code: 'mismatch' } } };

/** Opens the page with a feed set, and clicks Update now, which answers with these outcomes. */
async function updateNow(feed: FeedOutcome | null, orgFeed: FeedOutcome | null) {
  const api = fakeApi();
  const onDataChanged = vi.fn();
  api.settings.mockResolvedValue(settingsView({ settings: FEED }));
  api.updateNow.mockResolvedValue(settingsView({ settings: FEED, feed: checked(feed), orgFeed: checked(orgFeed) }));
  render(<SettingsPage api={api} onDataChanged={onDataChanged} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Update now' }));
  await waitFor(() => expect(api.updateNow).toHaveBeenCalledOnce());
  await waitFor(() =>
    expect((screen.getByRole('button', { name: 'Update now' }) as HTMLButtonElement).disabled).toBe(false),
  );
  return onDataChanged;
}

describe('Update now', () => {
  test.each<[string, FeedOutcome | null, FeedOutcome | null, number]>([
    ['the PSF feed installed a dataset', updated, upToDate, 1],
    ['the team feed installed one', refused, updated, 1],
    ['both did', updated, updated, 1],
    ['neither had anything new', upToDate, upToDate, 0],
    ['neither was ever checked', null, null, 0],
  ])('%s: the workspace reloads its data %i time(s)', async (_, feed, orgFeed, times) => {
    const onDataChanged = await updateNow(feed, orgFeed);
    expect(onDataChanged).toHaveBeenCalledTimes(times);
    // The results say what happened: no sentence of the page's own, and no error.
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByText('Saved.')).toBeNull();
    if (feed?.kind !== 'refused' && orgFeed?.kind !== 'refused') expect(screen.queryByRole('alert')).toBeNull();
  });

  test.each<[FeedOutcome, 'note' | 'error', string | null]>([
    [updated, 'note', null],
    [upToDate, 'note', null],
    [refused, 'error', 'alert'],
    [{ kind: 'failed', note: { code: 'kept', version: '1', problem: { code: 'not-https' } } }, 'error', 'alert'],
  ])('the PSF feed’s last result %o is a %s', async (outcome, kind, role) => {
    await updateNow(outcome, null);
    const line = screen.getAllByText(/^Last result:/)[0]?.closest('p');
    expect([line?.className, line?.getAttribute('role')]).toEqual([kind, role]);
  });
});
