// @vitest-environment happy-dom
// A product an update removes from the PSF data: its checklist, with everything the user recorded, is still a page
// of the workspace, reached from the product's address, and still editable.
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { bundled, bundledWithout } from '../helpers/dataset.ts';
import { fakeApi, openAt, stateOf } from './workspace-fixture.tsx';

afterEach(cleanup);

const sk = bundled().assessments.find((a) => a.productId === 'semantic-kernel');
const action = sk?.domains.D1?.actions[0];
if (!action) throw new Error('test setup: Semantic Kernel has a D1 action');

/** The workspace over a background whose feed removed Semantic Kernel after the user had worked on its checklist. */
async function afterRemoval() {
  const api = fakeApi({
    states: [
      stateOf('semantic-kernel', action!.id, {
        status: 'in-progress',
        owner: 'Ana',
        notes: 'Half done',
        text: action!.text,
        assessmentId: sk!.id,
      }),
    ],
  });
  await api.checklist('semantic-kernel');
  await api.background.keeper.installFeed(
    bundledWithout('semantic-kernel', '2026.12.01'),
    'https://feed.example/psf.json',
  );
  return api;
}

test('its checklist keeps every state and note, says why its actions are retired, and still saves', async () => {
  const api = await afterRemoval();
  await openAt('#/checklist/semantic-kernel', api);
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Action checklist: Semantic Kernel');
  await vi.waitFor(() =>
    expect(screen.getByText(/^Semantic Kernel is no longer in the PSF data, so none of its actions/)).toBeTruthy(),
  );
  const row = screen.getByText(action!.text).closest('li')!;
  expect((within(row).getByLabelText('Owner') as HTMLInputElement).value).toBe('Ana');
  expect((within(row).getByLabelText('Notes') as HTMLTextAreaElement).value).toBe('Half done');
  fireEvent.change(within(row).getByLabelText('Status'), { target: { value: 'done' } });
  await vi.waitFor(async () =>
    expect(await api.stored('semantic-kernel', action!.id)).toMatchObject({ status: 'done', notes: 'Half done' }),
  );
});

test('its page says it left the PSF data and links to the checklist kept', async () => {
  const api = await afterRemoval();
  await openAt('#/product/semantic-kernel', api);
  await screen.findByText(/^Semantic Kernel is no longer in the PSF data, so there is no assessment to show\./);
  expect(screen.getByRole('link', { name: 'Your checklist of its actions is kept.' }).getAttribute('href')).toBe(
    '#/checklist/semantic-kernel',
  );
});

test('the library names it, linked to its checklist', async () => {
  const api = await afterRemoval();
  await openAt('#/library', api);
  const note = await screen.findByText(/^Your checklists of products no longer in the PSF data are kept:/);
  expect(note.textContent).toBe('Your checklists of products no longer in the PSF data are kept: Semantic Kernel.');
  expect(within(note).getByRole('link', { name: 'Semantic Kernel' }).getAttribute('href')).toBe(
    '#/checklist/semantic-kernel',
  );
});

test('its page shows the rating history kept, down to the update that removed it', async () => {
  const api = await afterRemoval();
  await openAt('#/product/semantic-kernel', api);
  const history = await screen.findByRole('region', { name: 'Rating history' });
  expect(history.textContent).toContain('version 2026.12.01 (feed)');
  // The last entry is the removal: each rating Semantic Kernel had, to none.
  const removal = [...history.querySelectorAll('ol > li')].at(-1)!;
  const had = Object.entries(sk!.ratings).filter(([, rating]) => rating !== null);
  expect([...removal.querySelectorAll('li')].map((li) => li.textContent)).toEqual(
    had.map(([domain, rating]) => expect.stringMatching(new RegExp(`^${domain} .*: ${rating} → not captured$`))),
  );
});
