// @vitest-environment happy-dom
/**
 * #/settings before and around its form: loading, a load that failed with its reason, the title, the sections, the
 * data line (or none), the feed's times, and the values an organisation's policy sets that PSF Lens cannot use.
 */
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { SettingsPage } from '../../../src/options/settings-page.tsx';
import { t } from '../../../src/shared/i18n.ts';
import { bundled } from '../helpers/dataset.ts';
import { fakeApi } from './workspace-fixture.tsx';
import { openSettingsPage, settingsView } from './settings-fixture.tsx';

afterEach(cleanup);

describe('SettingsPage', () => {
  test('says it is loading until the settings come', () => {
    const api = fakeApi();
    api.settings.mockReturnValue(new Promise(() => {}));
    render(<SettingsPage api={api} onDataChanged={vi.fn()} />);
    expect(screen.getByRole('status').textContent).toBe('Loading the settings…');
    expect(document.title).toBe('Settings · PSF Lens workspace');
  });

  test('a load that failed is an alert with its reason, and no form', async () => {
    const api = fakeApi();
    api.settings.mockRejectedValue(new Error('the settings could not be read'));
    render(<SettingsPage api={api} onDataChanged={vi.fn()} />);
    const alert = await screen.findByRole('alert');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Could not load the settings');
    expect(alert.textContent).toBe('Could not load the settingsThe settings could not be read.');
    expect(screen.queryByRole('button')).toBeNull();
  });

  test('its heading takes focus from code only, then the sections in order', async () => {
    await openSettingsPage();
    expect(screen.getByRole('heading', { level: 1 }).getAttribute('tabindex')).toBe('-1');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'PSF data',
      'Signed feed',
      "Your organisation's feed",
      'On vendor pages',
      'On search result pages',
      'Language',
    ]);
    expect(screen.getByText(/^Optional\. PSF Lens then fetches newer datasets from this HTTPS address/)).toBeTruthy();
    expect((screen.getByLabelText(/Feed URL/) as HTMLInputElement).placeholder).toBe('https://…/psf-dataset.json');
  });

  test('the data line, and a feed never checked said so', async () => {
    await openSettingsPage();
    const { published, version } = bundled();
    expect(screen.getByText(`PSF data of ${published}, bundled (version ${version})`, { exact: false })).toBeTruthy();
    expect(screen.getByText('Last feed check: never · last success: never · next: never')).toBeTruthy();
    expect(screen.queryByText(/^Last result/)).toBeNull();
    expect(screen.queryByText(/policy has values/)).toBeNull();
  });

  test('no dataset, and the times of a feed checked', async () => {
    const api = fakeApi();
    const [last, next] = [Date.UTC(2026, 10, 20, 9), Date.UTC(2026, 10, 21, 9)];
    const feed = { ...settingsView().feed, lastAttempt: last, lastSuccess: last, nextAttempt: next };
    api.settings.mockResolvedValue(settingsView({ feed }));
    await openSettingsPage(api);
    expect(screen.getByText('No dataset loaded.')).toBeTruthy();
    const times = `Last feed check: ${t.dateTime(last)} · last success: ${t.dateTime(last)} · next: ${t.dateTime(next)}`;
    expect(screen.getByText(times)).toBeTruthy();
  });

  test('given another API, the page shows that one’s settings', async () => {
    const { rerender } = render(<SettingsPage api={fakeApi()} onDataChanged={vi.fn()} />);
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    rerender(
      <SettingsPage api={fakeApi({ user: { feedUrl: 'https://other.example/psf.json' } })} onDataChanged={vi.fn()} />,
    );
    await waitFor(() =>
      expect((screen.getByLabelText(/Feed URL/) as HTMLInputElement).value).toBe('https://other.example/psf.json'),
    );
  });

  test('policy values PSF Lens cannot use are named, in their rules’ English', async () => {
    const api = fakeApi();
    api.settings.mockResolvedValue(settingsView({ ignored: ['feedUrl: must be https', 'updateIntervalHours: 0'] }));
    await openSettingsPage(api);
    const line = screen.getByText(/policy has values PSF Lens cannot use/);
    expect(line.textContent).toBe(
      "Your organisation's policy has values PSF Lens cannot use, ignored: feedUrl: must be https; updateIntervalHours: 0",
    );
    expect(line.className).toBe('error');
    expect(line.querySelector('[lang="en"]')?.textContent).toBe('feedUrl: must be https; updateIntervalHours: 0');
  });
});
