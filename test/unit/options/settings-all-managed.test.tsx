// @vitest-environment happy-dom
/**
 * A feed form whose every field the administrator's policy sets has nothing the user could save: it offers no Save
 * button, which answered "Saved." for a save of nothing.
 */
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { KEY, openSettingsPage } from './settings-fixture.tsx';
import { fakeApi } from './workspace-fixture.tsx';

afterEach(cleanup);

const FEED = 'https://corp.example/psf.json';

test('every field of both feeds set by policy: no Save button, the fields locked and said so', async () => {
  await openSettingsPage(
    fakeApi({
      managed: {
        feedUrl: FEED,
        feedPublicKey: KEY,
        updateIntervalHours: 12,
        orgFeedUrl: 'https://corp.example/org.json',
        orgFeedPublicKey: KEY,
      },
    }),
  );
  expect(screen.queryByRole('button', { name: 'Save the feed settings' })).toBeNull();
  expect(screen.queryByRole('button', { name: 'Save the organisation feed' })).toBeNull();
  expect(screen.getAllByText('Managed by your organisation')).toHaveLength(5);
  expect((screen.getByLabelText(/^Feed URL/) as HTMLInputElement).disabled).toBe(true);
  // Update now still fetches the administrator's feed.
  expect((screen.getByRole('button', { name: 'Update now' }) as HTMLButtonElement).disabled).toBe(false);
});

test('one field left to the user: the form still saves it', async () => {
  await openSettingsPage(fakeApi({ managed: { feedUrl: FEED, feedPublicKey: KEY } }));
  expect(screen.getByRole('button', { name: 'Save the feed settings' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Save the organisation feed' })).toBeTruthy();
});
