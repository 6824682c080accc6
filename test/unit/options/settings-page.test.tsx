// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { WorkspaceApp } from '../../../src/options/app.tsx';
import { bundled } from '../helpers/dataset.ts';
import { userError } from '../../../src/shared/user-error.ts';
import { EMPTY_STATUS } from '../../../src/background/feed-runner.ts';
import { fakeApi } from './workspace-fixture.tsx';

afterEach(cleanup);

const KEY = 'lVxxTEHYqWUD+vkvEZwWExf0zsRX0osKOXLIzKAdWaw=';

async function openSettings(api = fakeApi()) {
  history.replaceState(null, '', '#/settings');
  render(<WorkspaceApp api={api} />);
  await screen.findByRole('heading', { level: 1, name: 'Settings' });
  return api;
}

describe('#/settings', () => {
  test('shows the data line and, without a feed, a disabled Update now that says why', async () => {
    await openSettings();
    const { published, version } = bundled();
    expect(
      screen.getAllByText(`PSF data of ${published}, bundled (version ${version})`, { exact: false }).length,
    ).toBeGreaterThan(0);
    const button = screen.getByRole('button', { name: 'Update now' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    const why = document.getElementById(button.getAttribute('aria-describedby') ?? '');
    expect(why?.textContent).toMatch(/^Update now needs a feed: PSF Lens uses the data bundled with it until/);
  });

  test('saves the feed settings the user typed', async () => {
    const api = await openSettings();
    fireEvent.input(screen.getByLabelText(/Feed URL/), { target: { value: ' https://feed.example/psf.json ' } });
    fireEvent.input(screen.getByLabelText(/Public key/), { target: { value: KEY } });
    fireEvent.input(screen.getByLabelText(/Check every/), { target: { value: '6' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the feed settings' }));
    await waitFor(() =>
      expect(api.saveSettings).toHaveBeenCalledWith({
        feedUrl: 'https://feed.example/psf.json',
        feedPublicKey: KEY,
        updateIntervalHours: 6,
      }),
    );
    await screen.findByText('Saved.');
  });

  test('a save the background refuses shows the reason and keeps the input', async () => {
    const api = fakeApi();
    // A policy that came in after the page was opened: the page could not know.
    api.saveSettings.mockRejectedValueOnce(userError({ code: 'managed' }));
    await openSettings(api);
    fireEvent.input(screen.getByLabelText(/Feed URL/), { target: { value: 'https://feed.example/psf.json' } });
    fireEvent.input(screen.getByLabelText(/Public key/), { target: { value: KEY } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the feed settings' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      "Your organisation's policy now sets this value: reload this page to see it.",
    );
    expect((screen.getByLabelText(/Feed URL/) as HTMLInputElement).value).toBe('https://feed.example/psf.json');
  });

  test('managed values are locked, named as managed, and left out of the save', async () => {
    const api = fakeApi({ managed: { feedUrl: 'https://corp.example/psf.json', badgeEnabled: false } });
    await openSettings(api);
    const url = screen.getByLabelText(/Feed URL/) as HTMLInputElement;
    expect(url.disabled).toBe(true);
    expect(url.value).toBe('https://corp.example/psf.json');
    expect(screen.getAllByText('Managed by your organisation')).toHaveLength(2);
    expect((screen.getByRole('checkbox', { name: /Show the in-page badge/ }) as HTMLInputElement).disabled).toBe(true);
    // The administrator's address, the user's key.
    fireEvent.input(screen.getByLabelText(/Public key/), { target: { value: KEY } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the feed settings' }));
    await waitFor(() => expect(api.saveSettings).toHaveBeenCalled());
    expect(Object.keys(api.saveSettings.mock.calls[0]?.[0] ?? {})).not.toContain('feedUrl');
  });

  test("Update now shows what happened, in the page's words; a refused feed is an alert naming the reason", async () => {
    const api = fakeApi({ user: { feedUrl: 'https://feed.example/psf.json', feedPublicKey: KEY } });
    await openSettings(api);
    api.background.settings.setStatus({
      ...EMPTY_STATUS,
      failures: 1,
      lastAttempt: 1,
      lastOutcome: {
        kind: 'refused',
        note: {
          code: 'kept',
          version: '2026.11.24',
          problem: { code: 'rollback', version: '2026.01.01', installed: '2026.11.24' },
        },
      },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Update now' }));
    const [alert] = await screen.findAllByRole('alert');
    expect(alert?.textContent).toBe(
      'Last result: Kept version 2026.11.24: rollback refused: the feed has version 2026.01.01, older than the installed 2026.11.24.',
    );
  });

  test('a last result recorded as an English sentence before an update still shows, marked English', async () => {
    const api = fakeApi({ user: { feedUrl: 'https://feed.example/psf.json', feedPublicKey: KEY } });
    await openSettings(api);
    expect(screen.queryByText(/rollback refused/)).toBeNull();
    // The feed the background runs now answers with a refusal.
    api.background.settings.setStatus({
      ...EMPTY_STATUS,
      failures: 1,
      lastAttempt: 1,
      lastOutcome: {
        kind: 'refused',
        message: 'rollback refused: the feed has version 2026.01.01. Kept version 2026.11.24.',
      },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Update now' }));
    const alerts = await screen.findAllByRole('alert');
    expect(alerts.map((a) => a.textContent).join(' ')).toMatch(
      /Last result: rollback refused.*Kept version 2026\.11\.24/,
    );
  });
});
