// @vitest-environment happy-dom
/** Each visit to an assessment's address shows that assessment, however the user moves between drafts. */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { WorkspaceApp } from '../../../src/options/app.tsx';
import { fakeApi, go, openAt } from './workspace-fixture.tsx';

afterEach(cleanup);

const productName = () => screen.getByLabelText('Product name') as HTMLInputElement;

/** Types a new draft's name and waits until it is stored and the address names it. */
async function newDraft(name: string, before: string) {
  await screen.findByRole('heading', { name: 'A new assessment' });
  expect(productName().value).toBe('');
  fireEvent.input(productName(), { target: { value: name } });
  await waitFor(() => expect(location.hash).toMatch(/^#\/organisation\/edit\/r-/), { timeout: 3000 });
  expect(location.hash).not.toBe(before);
  // The address names the draft at the first keystroke; the draft is stored after the typing pauses.
  await screen.findByText(/^Draft saved at/, undefined, { timeout: 3000 });
  return location.hash;
}

test('back and forward between two new drafts shows each its own', { timeout: 20_000 }, async () => {
  const api = fakeApi();
  await openAt('#/organisation/new', api);
  const alpha = await newDraft('Alpha Agent', '');
  await go('#/organisation/new');
  const beta = await newDraft('Beta Agent', alpha);
  await go(alpha);
  await waitFor(() => expect(productName().value).toBe('Alpha Agent'));
  await go(beta);
  await waitFor(() => expect(productName().value).toBe('Beta Agent'));
});

test('the address naming the new draft once stored is the same page: the form keeps what was just typed', async () => {
  await openAt('#/organisation/new');
  const alpha = await newDraft('Alpha Agent', '');
  fireEvent.input(productName(), { target: { value: 'Alpha Agent 2' } });
  // As a browser reports the address the draft now has: the page stays, with the typing not yet saved.
  dispatchEvent(new HashChangeEvent('hashchange'));
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect([location.hash, productName().value]).toEqual([alpha, 'Alpha Agent 2']);
});

test('from a blank new draft to a new draft of a rated product: the product’s draft', async () => {
  await openAt('#/organisation/new');
  await screen.findByRole('heading', { name: 'A new assessment' });
  await go('#/organisation/new?from=crewai');
  await waitFor(() => expect(productName().value).toBe('CrewAI'));
});

test('the workspace rendering again around a draft being typed leaves the form as it is', async () => {
  const api = fakeApi();
  const { rerender } = await openAt('#/organisation/new', api);
  await newDraft('Alpha Agent', '');
  fireEvent.input(productName(), { target: { value: 'Alpha Agent 2' } });
  rerender(<WorkspaceApp api={api} />);
  expect(productName().value).toBe('Alpha Agent 2');
});
