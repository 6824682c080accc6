// @vitest-environment happy-dom
/**
 * The workspace around its pages: the title and heading of a library that could not load or has no dataset, a new
 * API's library, the organisation page with nothing imported, and a questionnaire's basis from its address.
 */
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { WorkspaceApp } from '../../../src/options/app.tsx';
import { fakeApi, libraryOf, openAt } from './workspace-fixture.tsx';

afterEach(cleanup);

test('a library that could not load: its heading, and the title says error', async () => {
  history.replaceState(null, '', '#/library');
  const api = fakeApi();
  api.library.mockRejectedValueOnce(new Error('no answer'));
  render(<WorkspaceApp api={api} />);
  await screen.findByRole('alert');
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Could not load the library');
  expect(document.title).toBe('Error · PSF Lens workspace');
});

test('no usable dataset: its heading, and the title says error', async () => {
  history.replaceState(null, '', '#/library');
  render(<WorkspaceApp api={fakeApi({ dataset: JSON.stringify({ format: 'unknown' }) })} />);
  await screen.findByRole('alert');
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('No PSF dataset');
  expect(document.title).toBe('Error · PSF Lens workspace');
});

test('given another API, the workspace reads that one’s library', async () => {
  history.replaceState(null, '', '#/library');
  const first = fakeApi();
  const { rerender } = render(<WorkspaceApp api={first} />);
  await screen.findByText(/PSF data of/);
  const other = fakeApi({ dataset: JSON.stringify({ format: 'unknown' }) });
  rerender(<WorkspaceApp api={other} />);
  expect(await screen.findByRole('heading', { level: 1, name: 'No PSF dataset' })).toBeTruthy();
});

test('a library with no organisation assessments: the organisation page says nothing is imported', async () => {
  const api = fakeApi();
  api.library.mockResolvedValue(libraryOf());
  await openAt('#/organisation', api);
  expect(await screen.findByText('Nothing imported yet.')).toBeTruthy();
});

test('a questionnaire asks on the basis its address names', async () => {
  const api = fakeApi();
  await openAt('#/questionnaire/crewai?basis=organisation', api);
  await waitFor(() => expect(api.questionnaire).toHaveBeenCalledWith('crewai', 'organisation'));
  expect(api.questionnaire).not.toHaveBeenCalledWith('crewai', undefined);
});
