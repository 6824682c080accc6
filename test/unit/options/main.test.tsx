// @vitest-environment happy-dom
// @vitest-environment-options {"url": "chrome-extension://psf-lens/src/options/index.html#/settings"}
// The workspace as the browser opens it (main.tsx), over a stand-in browser: the page shows in #app, and the search
// marks' switch asks the browser's permissions API for the search engines' hosts, gives them back, and shrugs off a
// host the browser will not give back.
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { render } from 'preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { searchOrigins } from '../../../src/core/search-links.ts';
import { fakeBrowserI18n } from '../helpers/locale.ts';
import { settingsView } from './settings-fixture.tsx';

const permissions = vi.hoisted(() => ({
  request: vi.fn<(p: { origins: string[] }) => Promise<boolean>>(),
  contains: vi.fn<(p: { origins: string[] }) => Promise<boolean>>(),
  remove: vi.fn<(p: { origins: string[] }) => Promise<boolean>>(),
}));
/** The storage's change listeners the workspace adds, to play the background's writes to them. */
const storageListeners = vi.hoisted(() => new Set<(changes: Record<string, unknown>, area: string) => void>());
const storage = vi.hoisted(() => ({
  onChanged: {
    addListener: (listener: (changes: Record<string, unknown>, area: string) => void) => storageListeners.add(listener),
    removeListener: (listener: (changes: Record<string, unknown>, area: string) => void) =>
      storageListeners.delete(listener),
  },
}));
vi.mock('webextension-polyfill', () => ({ default: { permissions, storage } }));

/** Starts the workspace's script afresh; the background answers the settings with the marks `on` or off. */
async function open(on: boolean) {
  const sent: { type: string }[] = [];
  vi.stubGlobal('chrome', {
    runtime: {
      getURL: (path: string) => `chrome-extension://psf-lens/${path}`,
      sendMessage: vi.fn(async (message: { type: string; patch?: { searchMarks?: boolean } }) => {
        sent.push(message);
        if (message.type === 'settings') return { ok: true, value: settingsView({ settings: { searchMarks: on } }) };
        if (message.type === 'save-settings') return { ok: true, value: settingsView({ settings: message.patch }) };
        return new Promise(() => {});
      }),
    },
    storage: { local: { get: vi.fn(async () => ({})) } },
    i18n: fakeBrowserI18n('en-GB'),
  });
  vi.resetModules();
  await import('../../../src/options/main.tsx');
  const toggle = (await screen.findByRole('checkbox', { name: /Mark rated products/ })) as HTMLInputElement;
  await waitFor(() => expect(toggle.disabled).toBe(false));
  return { sent, toggle };
}

beforeEach(() => {
  document.body.innerHTML = '<div id="app"></div>';
  permissions.contains.mockResolvedValue(false);
  permissions.request.mockResolvedValue(true);
  permissions.remove.mockResolvedValue(true);
});

afterEach(() => {
  const root = document.getElementById('app');
  if (root) render(null, root);
  vi.unstubAllGlobals();
  vi.clearAllMocks();
});

test('the workspace shows in #app and asks the browser whether it has the search engines’ hosts', async () => {
  await open(false);
  expect(document.getElementById('app')?.querySelector('h1')?.textContent).toBe('Settings');
  expect(permissions.contains).toHaveBeenCalledWith({ origins: searchOrigins() });
});

test('switching the marks on asks the browser for the hosts', async () => {
  const { toggle, sent } = await open(false);
  fireEvent.click(toggle);
  expect(permissions.request).toHaveBeenCalledWith({ origins: searchOrigins() });
  await screen.findByText(/Search result marks are on/);
  expect(sent.map((m) => m.type)).toContain('save-settings');
});

test('switching them off gives the hosts back; one the browser keeps is said so, not an error', async () => {
  permissions.contains.mockResolvedValue(true);
  permissions.remove.mockRejectedValue(new Error('You cannot remove required permissions.'));
  const { toggle } = await open(true);
  fireEvent.click(toggle);
  expect(
    await screen.findByText('Search result marks are off: nothing of PSF Lens runs on search pages.'),
  ).toBeTruthy();
  expect(permissions.remove).toHaveBeenCalledWith({ origins: searchOrigins() });
  expect(screen.queryByRole('alert')).toBeNull();
});

test('a page without the workspace’s root renders nothing', async () => {
  document.body.innerHTML = '';
  vi.stubGlobal('chrome', {
    runtime: { getURL: (path: string) => path, sendMessage: vi.fn(() => new Promise(() => {})) },
    storage: { local: { get: vi.fn(async () => ({})) } },
    i18n: fakeBrowserI18n('en-GB'),
  });
  vi.resetModules();
  await import('../../../src/options/main.tsx');
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(document.body.innerHTML).toBe('');
});

test('a dataset installed meanwhile (the records published under a new version) has the workspace read its library again', async () => {
  const { sent } = await open(false);
  const asked = () => sent.filter((m) => m.type === 'library').length;
  const before = asked();
  expect(before).toBeGreaterThan(0);
  for (const listener of storageListeners) listener({ settings: {} }, 'local');
  for (const listener of storageListeners) listener({ rulesVersion: {} }, 'session');
  expect(asked(), 'other keys and other areas ask nothing').toBe(before);
  for (const listener of storageListeners) listener({ rulesVersion: { newValue: '2099.01.01' } }, 'local');
  await waitFor(() => expect(asked()).toBe(before + 1));
});
