// @vitest-environment happy-dom
/**
 * The data line the workspace's frame shows follows the dataset installed while the workspace was open (a feed's
 * scheduled check), once a page learns of it: never one version above and another on the settings page below.
 */
import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { bundled } from '../helpers/dataset.ts';
import { fakeApi, go, openAt } from './workspace-fixture.tsx';

afterEach(cleanup);

const FEED = 'https://feed.example/psf-dataset.json';

test('a dataset a feed installed while the library was open shows in the frame once the settings page has it', async () => {
  const api = fakeApi();
  await openAt('#/library', api);
  const header = screen.getByRole('banner');
  expect(header.textContent).toContain(`bundled (version ${bundled().version})`);
  // The feed's alarm installs a newer dataset: the open page is not told.
  await api.background.keeper.installFeed({ ...bundled(), version: '2099.01.01', published: '2099-01-01' }, FEED);
  await go('#/settings');
  await screen.findByRole('heading', { level: 1, name: 'Settings' });
  const settingsLine = await screen.findByText(/PSF data of 2099-01-01/, { selector: 'main p' });
  expect(settingsLine.textContent).toContain('version 2099.01.01');
  await waitFor(() => expect(within(header).getByText(/PSF data of/).textContent).toContain('version 2099.01.01'));
  expect(screen.getByRole('contentinfo').textContent).not.toContain(bundled().version);
}, 15_000);

test('told a dataset was installed, any open page and the frame follow it in place', async () => {
  const api = fakeApi();
  const listeners = new Set<() => void>();
  const watched = {
    ...api,
    onDatasetChanged: (listener: () => void) => (listeners.add(listener), () => void listeners.delete(listener)),
  };
  await openAt('#/product/langchain', watched);
  await screen.findByRole('heading', { level: 1, name: 'LangChain / LangGraph' });
  await api.background.keeper.installFeed({ ...bundled(), version: '2099.01.01', published: '2099-01-01' }, FEED);
  expect(listeners.size).toBe(1);
  for (const listener of listeners) listener();
  const header = document.querySelector<HTMLElement>('header.top')!;
  await waitFor(() => expect(within(header).getByText(/PSF data of/).textContent).toContain('version 2099.01.01'));
  // In place: the page stays as it was, with no loading state in between.
  expect(screen.getByRole('heading', { level: 1, name: 'LangChain / LangGraph' })).toBeTruthy();
});

test('an unchanged dataset loads the library once', async () => {
  const api = fakeApi();
  await openAt('#/library', api);
  await go('#/settings');
  await screen.findByText(/Last feed check/);
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(api.library).toHaveBeenCalledTimes(1);
});
