// @vitest-environment happy-dom
/**
 * Where the keyboard is after the address changes: at the new page's heading after a move to another page, but
 * left where it is while the user refines the library's search or the comparison, and left alone on first load.
 */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { fakeApi, go, openAt } from './workspace-fixture.tsx';

afterEach(cleanup);

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

test('the first page opened leaves focus alone; the content is a target for the skip link only', async () => {
  await openAt('#/welcome');
  await settle();
  expect(document.activeElement).toBe(document.body);
  expect(screen.getByRole('main').getAttribute('tabindex')).toBe('-1');
});

test('from one product to another, focus moves to the new product’s heading', async () => {
  await openAt('#/product/dspy');
  await screen.findByRole('heading', { level: 1, name: 'DSPy' });
  await go('#/product/crewai');
  const heading = await screen.findByRole('heading', { level: 1, name: 'CrewAI' });
  await waitFor(() => expect(document.activeElement).toBe(heading));
});

test('typing in the library’s search keeps focus in the search box', async () => {
  await openAt('#/library');
  const search = screen.getByRole('searchbox');
  search.focus();
  fireEvent.input(search, { target: { value: 'crew' } });
  await waitFor(() => expect(screen.queryByRole('link', { name: 'DSPy' })).toBeNull());
  expect(location.hash).toBe('#/library?q=crew');
  await settle();
  expect(document.activeElement).toBe(search);
});

test('removing a product from the comparison does not send focus to the heading', async () => {
  await openAt('#/compare?products=dspy,crewai,haystack');
  const heading = screen.getByRole('heading', { level: 1 });
  fireEvent.click(screen.getByRole('button', { name: 'Remove CrewAI from the comparison' }));
  await waitFor(() => expect(screen.queryByRole('button', { name: /^Remove CrewAI/ })).toBeNull());
  expect(location.hash).toBe('#/compare?products=dspy,haystack');
  await settle();
  expect(document.activeElement).not.toBe(heading);
});

test('a page with no heading yet (still loading): focus goes to its content, not left behind', async () => {
  const api = fakeApi();
  api.orgRecords.mockReturnValue(new Promise(() => {}));
  await openAt('#/library', api);
  screen.getByRole('link', { name: 'Your organisation' }).focus();
  await go('#/organisation/edit/r-1');
  await screen.findByText('Loading the assessment…');
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('main')));
});

test('to a checklist still loading: the focus given to its heading stays there once the actions arrive', async () => {
  const api = fakeApi();
  let answer: (value: Awaited<ReturnType<typeof api.checklist>>) => void = () => {};
  api.checklist.mockReturnValueOnce(new Promise((resolve) => (answer = resolve)));
  await openAt('#/library', api);
  await go('#/checklist/semantic-kernel');
  const heading = await screen.findByRole('heading', { level: 1, name: 'Action checklist: Semantic Kernel' });
  await waitFor(() => expect(document.activeElement).toBe(heading));
  expect(screen.getByRole('status').textContent).toBe('Loading the checklist…');
  answer([]);
  await screen.findByRole('region', { name: 'D1 Input Governance' });
  expect(screen.getByRole('heading', { level: 1 })).toBe(heading);
  expect(document.activeElement).toBe(heading);
});

/** The settings page opened from the library, its settings held back until `release`; resolves with the focus on its loading heading. */
async function settingsHeldBack() {
  const api = fakeApi();
  const settings = api.settings.getMockImplementation()!;
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  api.settings.mockImplementationOnce(async () => (await held, settings()));
  await openAt('#/library', api);
  await go('#/settings');
  const loading = await screen.findByRole('heading', { level: 1, name: 'Loading the settings…' });
  await waitFor(() => expect(document.activeElement).toBe(loading));
  return release;
}

test('to a page whose loading heading gives way to its own: the focus follows to the new heading', async () => {
  const release = await settingsHeldBack();
  release();
  const heading = await screen.findByRole('heading', { level: 1, name: 'Settings' });
  await waitFor(() => expect(document.activeElement).toBe(heading));
});

test('once the user has moved on, a page that changes leaves the focus where the user put it', async () => {
  const release = await settingsHeldBack();
  const skip = screen.getByRole('link', { name: 'Skip to the content' });
  skip.focus();
  expect(document.activeElement).toBe(skip);
  release();
  await screen.findByRole('heading', { level: 1, name: 'Settings' });
  await settle();
  expect(document.activeElement).toBe(skip);
});
