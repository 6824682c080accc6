// @vitest-environment happy-dom
/**
 * #/settings' Update now: the workspace learns of new data only when a feed (the PSF feed or the team's) installed
 * some; the last result is a status, or an alert when the check was refused or failed; while the check runs the page
 * says so, and after it adds no sentence of its own, since the result says what happened.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { SettingsPage } from '../../../src/options/settings-page.tsx';
import type { FeedOutcome } from '../../../src/shared/feed-status.ts';
import { checked, deferred, KEY, settingsView } from './settings-fixture.tsx';
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
    // The results say what happened: no sentence of the page's own once done, and no error.
    expect(screen.queryByText('Checking for new data…')).toBeNull();
    expect(screen.queryByText('Saved.')).toBeNull();
    expect(screen.queryAllByRole('status').every((p) => (p.textContent ?? '').startsWith('Last result:'))).toBe(true);
    if (feed?.kind !== 'refused' && orgFeed?.kind !== 'refused') expect(screen.queryByRole('alert')).toBeNull();
  });

  test.each<[FeedOutcome, 'note' | 'error', string | null]>([
    [updated, 'note', 'status'],
    [upToDate, 'note', 'status'],
    [refused, 'error', 'alert'],
    [{ kind: 'failed', note: { code: 'kept', version: '1', problem: { code: 'not-https' } } }, 'error', 'alert'],
  ])('the PSF feed’s last result %o is a %s', async (outcome, kind, role) => {
    await updateNow(outcome, null);
    const line = screen.getAllByText(/^Last result:/)[0]?.closest('p');
    expect([line?.className, line?.getAttribute('role')]).toEqual([kind, role]);
  });
});

describe('while Update now runs', () => {
  test('the page says it is checking, right after the button, until the result comes; the result is announced', async () => {
    const api = fakeApi();
    api.settings.mockResolvedValue(settingsView({ settings: FEED }));
    const answer = deferred<ReturnType<typeof settingsView>>();
    api.updateNow.mockReturnValue(answer.promise);
    render(<SettingsPage api={api} onDataChanged={vi.fn()} />);
    const button = await screen.findByRole('button', { name: 'Update now' });
    fireEvent.click(button);
    // A feed may take up to 20 s to answer: a disabled button alone said nothing of it.
    const checking = await screen.findByRole('status');
    expect(checking.textContent).toBe('Checking for new data…');
    expect(button.nextElementSibling).toBe(checking);
    answer.resolve(settingsView({ settings: FEED, feed: checked(updated) }));
    await waitFor(() => expect(screen.queryByText('Checking for new data…')).toBeNull());
    expect(screen.getByRole('status').textContent).toBe('Last result: Updated to version 2026.12.01.');
  });
});
