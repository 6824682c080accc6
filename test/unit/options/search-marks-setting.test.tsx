// @vitest-environment happy-dom
/**
 * The settings page's search result marks: off by default; switching on asks the browser for the engines' hosts
 * first and saves only once granted; a refusal says so and changes nothing; switching off saves and gives the
 * hosts back; a host withdrawn in the browser shows the switch off with the reason.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { searchOrigins } from '../../../src/core/search-links.ts';
import { WorkspaceApp } from '../../../src/options/app.tsx';
import { fakeApi } from './workspace-fixture.tsx';

afterEach(cleanup);

const LABEL = /Mark rated products in search results/;

async function openSettings(api = fakeApi()) {
  history.replaceState(null, '', '#/settings');
  render(<WorkspaceApp api={api} />);
  await screen.findByRole('heading', { level: 2, name: 'On search result pages' });
  const toggle = screen.getByRole('checkbox', { name: LABEL }) as HTMLInputElement;
  await waitFor(() => expect(toggle.disabled).toBe(false));
  return { api, toggle };
}

test('off by default, with what switching on will do', async () => {
  const { api, toggle } = await openSettings();
  expect(toggle.checked).toBe(false);
  expect(screen.getByText(/asks your browser for access to Google, Bing and DuckDuckGo/)).toBeTruthy();
  expect(api.background.settings.user().searchMarks).toBe(false);
});

test('switching on asks for the hosts first, in the click, then saves', async () => {
  const { api, toggle } = await openSettings();
  fireEvent.click(toggle);
  // Asked synchronously in the click: the browser would refuse to prompt after an await.
  expect(api.requestHosts).toHaveBeenCalledWith(searchOrigins());
  expect(api.saveSettings).not.toHaveBeenCalled();
  await screen.findByText(/Search result marks are on/);
  expect(api.saveSettings).toHaveBeenCalledWith({ searchMarks: true });
  expect(api.background.settings.user().searchMarks).toBe(true);
  expect(toggle.checked).toBe(true);
});

test('a refused request says so and saves nothing', async () => {
  const api = fakeApi();
  api.requestHosts.mockResolvedValueOnce(false);
  const { toggle } = await openSettings(api);
  fireEvent.click(toggle);
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toMatch(/did not give PSF Lens access to the search engines, so the marks stay off/);
  expect(api.saveSettings).not.toHaveBeenCalled();
  expect(toggle.checked).toBe(false);
});

test('switching off saves and gives the hosts back', async () => {
  const api = fakeApi({ user: { searchMarks: true }, grantedHosts: searchOrigins() });
  const { toggle } = await openSettings(api);
  expect(toggle.checked).toBe(true);
  fireEvent.click(toggle);
  await screen.findByText(/Search result marks are off, and PSF Lens gave back its access/);
  expect(api.saveSettings).toHaveBeenCalledWith({ searchMarks: false });
  expect(api.removeHosts).toHaveBeenCalledWith(searchOrigins());
  expect(await api.hasHosts(searchOrigins())).toBe(false);
  expect(toggle.checked).toBe(false);
});

test('on, but a host withdrawn in the browser: shown off, with the reason', async () => {
  const granted = searchOrigins().filter((origin) => !origin.includes('bing'));
  const { toggle } = await openSettings(fakeApi({ user: { searchMarks: true }, grantedHosts: granted }));
  expect(toggle.checked).toBe(false);
  expect(screen.getByRole('status').textContent).toMatch(/no longer has access to the search engines/);
});

test('a failed save is shown as an error, with nothing claimed', async () => {
  const api = fakeApi();
  api.saveSettings.mockRejectedValueOnce(new Error('the settings could not be stored'));
  const { toggle } = await openSettings(api);
  fireEvent.click(toggle);
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toMatch(/could not be stored/);
  expect(screen.queryByText(/Search result marks are on/)).toBeNull();
});
