// @vitest-environment happy-dom
/**
 * The search result marks' switch around its clicks: waiting for the browser's answer about the hosts, locked
 * while a change runs, a browser that cannot say or refuses, hosts the browser keeps, and the withdrawn line
 * shown only when the marks are on and the access is gone.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { searchOrigins } from '../../../src/core/search-links.ts';
import { SearchMarksSetting } from '../../../src/options/search-marks-setting.tsx';
import type { SettingsView } from '../../../src/shared/messages.ts';
import { deferred, settingsView } from './settings-fixture.tsx';
import { fakeApi } from './workspace-fixture.tsx';

afterEach(cleanup);

const WITHDRAWN = /no longer has access to the search engines/;

async function show(on: boolean, api = fakeApi(on ? { user: { searchMarks: true } } : {})) {
  const onSaved = vi.fn<(view: SettingsView) => void>();
  const { rerender } = render(
    <SearchMarksSetting api={api} view={settingsView({ settings: { searchMarks: on } })} onSaved={onSaved} />,
  );
  const toggle = screen.getByRole('checkbox', { name: /Mark rated products in search results/ }) as HTMLInputElement;
  return { api, onSaved, toggle, rerender };
}

describe('SearchMarksSetting', () => {
  test('locked until the browser says whether PSF Lens has the hosts', async () => {
    const api = fakeApi();
    const answer = deferred<boolean>();
    api.hasHosts.mockReturnValueOnce(answer.promise);
    const { toggle } = await show(false, api);
    expect(toggle.disabled).toBe(true);
    answer.resolve(false);
    await waitFor(() => expect(toggle.disabled).toBe(false));
    expect(screen.queryByRole('status')).toBeNull();
  });

  test('a browser that cannot say counts as no access: the switch works, shown off, with the reason', async () => {
    const api = fakeApi({ user: { searchMarks: true } });
    api.hasHosts.mockRejectedValueOnce(new Error('permissions are not available'));
    const { toggle } = await show(true, api);
    await waitFor(() => expect(toggle.disabled).toBe(false));
    expect(toggle.checked).toBe(false);
    expect(screen.getByRole('status').textContent).toMatch(WITHDRAWN);
  });

  test('on with the hosts granted: shown on, with no withdrawn line', async () => {
    const { toggle } = await show(true, fakeApi({ user: { searchMarks: true }, grantedHosts: searchOrigins() }));
    await waitFor(() => expect(toggle.checked).toBe(true));
    expect(screen.queryByText(WITHDRAWN)).toBeNull();
  });

  test('locked while a change runs; the outcome a status, not an alert', async () => {
    const { api, toggle, onSaved } = await show(false);
    await waitFor(() => expect(toggle.disabled).toBe(false));
    const granted = deferred<boolean>();
    api.requestHosts.mockReturnValueOnce(granted.promise);
    fireEvent.click(toggle);
    await waitFor(() => expect(toggle.disabled).toBe(true));
    granted.resolve(true);
    const status = await screen.findByRole('status');
    expect([status.textContent, status.className]).toEqual([
      'Search result marks are on: they show on the next results page you open.',
      'note',
    ]);
    expect(onSaved).toHaveBeenCalledWith(
      expect.objectContaining({ settings: expect.objectContaining({ searchMarks: true }) }),
    );
    expect(toggle.disabled).toBe(false);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('a request that fails is a refusal: nothing saved, an alert, the switch free again', async () => {
    const { api, toggle } = await show(false);
    await waitFor(() => expect(toggle.disabled).toBe(false));
    api.requestHosts.mockRejectedValueOnce(new Error('not in a user gesture'));
    fireEvent.click(toggle);
    const alert = await screen.findByRole('alert');
    expect([alert.className, alert.textContent]).toEqual(['error', expect.stringMatching(/^The browser did not give/)]);
    expect(api.saveSettings).not.toHaveBeenCalled();
    expect(toggle.disabled).toBe(false);
  });

  test('refused while the access was withdrawn: the refusal replaces the withdrawn line', async () => {
    const { api, toggle } = await show(true);
    await screen.findByText(WITHDRAWN);
    api.requestHosts.mockResolvedValueOnce(false);
    fireEvent.click(toggle);
    await screen.findByRole('alert');
    expect(screen.queryByText(WITHDRAWN)).toBeNull();
  });

  test('switched off where the browser keeps the hosts: says what still runs', async () => {
    const api = fakeApi({ user: { searchMarks: true }, grantedHosts: searchOrigins() });
    api.removeHosts.mockResolvedValueOnce(undefined);
    const { toggle } = await show(true, api);
    await waitFor(() => expect(toggle.checked).toBe(true));
    fireEvent.click(toggle);
    expect((await screen.findByRole('status')).textContent).toBe(
      'Search result marks are off: nothing of PSF Lens runs on search pages.',
    );
    expect(api.saveSettings).toHaveBeenCalledWith({ searchMarks: false });
  });

  test('given another API, asks that one about the hosts', async () => {
    const { toggle, rerender } = await show(true);
    await screen.findByText(WITHDRAWN);
    const other = fakeApi({ user: { searchMarks: true }, grantedHosts: searchOrigins() });
    rerender(
      <SearchMarksSetting api={other} view={settingsView({ settings: { searchMarks: true } })} onSaved={vi.fn()} />,
    );
    await waitFor(() => expect(toggle.checked).toBe(true));
  });
});
