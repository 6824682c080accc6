// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { checklistItems } from '../../../src/core/checklist.ts';
import { actionsExport } from '../../../src/core/export.ts';
import { fakeApi, go, libraryOf, openAt, stateOf } from './workspace-fixture.tsx';
import { captureDownloads } from '../helpers/downloads.ts';
import { press } from '../helpers/keyboard.ts';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const library = libraryOf();
const sk = library.entries.find((e) => e.product.id === 'semantic-kernel');
const [injection, contentSafety, tokenBudget] = sk?.assessment?.domains.D1?.actions ?? [];
if (!injection || !contentSafety || !tokenBudget) throw new Error('test setup: Semantic Kernel has three D1 actions');

const rowOf = (text: string) => {
  const row = screen.getByText(text).closest('li');
  if (!row) throw new Error(`no row for ${text}`);
  return row;
};
const field = <T extends HTMLElement>(text: string, label: string) => within(rowOf(text)).getByLabelText(label) as T;
const progressLine = () => screen.getByText(/, of \d+ actions$/).textContent;

async function openChecklist(productId: string, api = fakeApi()) {
  await openAt(`#/checklist/${productId}`, api);
  expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/^Action checklist: /);
  await vi.waitFor(() => expect(screen.queryByText('Loading the checklist…')).toBeNull());
  return api;
}

describe('#/checklist/<id>', () => {
  test('a link to one action focuses that action’s row, ready to set its status', async () => {
    const view = vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(() => {});
    await openAt(`#/checklist/semantic-kernel?action=${encodeURIComponent(contentSafety.id)}`);
    await vi.waitFor(() => expect(screen.queryByText('Loading the checklist…')).toBeNull());
    await vi.waitFor(() => expect(document.activeElement).toBe(field(contentSafety.text, 'Status')));
    expect(view).toHaveBeenCalledTimes(1);
  });

  test('every action grouped by domain, with the saved states', async () => {
    const api = fakeApi({
      states: [
        stateOf('semantic-kernel', contentSafety.id, {
          status: 'done',
          owner: 'Ana',
          due: '2026-12-01',
          notes: 'Live in prod',
        }),
      ],
    });
    await openChecklist('semantic-kernel', api);
    expect(api.checklist).toHaveBeenCalledWith('semantic-kernel');
    const group = screen.getByRole('region', { name: 'D1 Input Governance' });
    expect(within(group).getAllByRole('listitem')).toHaveLength(3);
    expect(field<HTMLSelectElement>(contentSafety.text, 'Status').value).toBe('done');
    expect(field<HTMLInputElement>(contentSafety.text, 'Owner').value).toBe('Ana');
    expect(field<HTMLInputElement>(contentSafety.text, 'Due').value).toBe('2026-12-01');
    expect(field<HTMLTextAreaElement>(contentSafety.text, 'Notes').value).toBe('Live in prod');
    expect(field<HTMLSelectElement>(injection.text, 'Status').value).toBe('todo');
    expect(progressLine()).toBe('1 done · 0 in progress · 2 to do · 0 not applicable, of 3 actions');
    expect(document.title).toBe('Checklist: Semantic Kernel · PSF Lens workspace');
  });

  test('the eight domains of OpenAI Codex, each under its own heading', async () => {
    await openChecklist('openai-codex');
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings.filter((h) => /^D\d /.test(h ?? ''))).toEqual(library.domains.map((d) => `${d.id} ${d.name}`));
    expect(progressLine()).toBe('0 done · 0 in progress · 27 to do · 0 not applicable, of 27 actions');
  });

  test('a status change saves at once with just that field, and the progress follows the returned state', async () => {
    const api = await openChecklist('semantic-kernel');
    fireEvent.change(field(tokenBudget.text, 'Status'), { target: { value: 'in-progress' } });
    expect(api.updateAction).toHaveBeenCalledWith('semantic-kernel', tokenBudget.id, { status: 'in-progress' });
    expect(await within(rowOf(tokenBudget.text)).findByText('Saved')).toBeTruthy();
    expect(progressLine()).toBe('0 done · 1 in progress · 2 to do · 0 not applicable, of 3 actions');
    fireEvent.change(field(tokenBudget.text, 'Due'), { target: { value: '2027-01-31' } });
    expect(api.updateAction).toHaveBeenLastCalledWith('semantic-kernel', tokenBudget.id, { due: '2027-01-31' });
  });

  test('what the background returns is what the page then holds', async () => {
    const api = fakeApi();
    api.updateAction.mockImplementationOnce(async (productId, actionId) =>
      stateOf(productId, actionId, { status: 'not-applicable', updatedAt: 5000 }),
    );
    await openChecklist('semantic-kernel', api);
    fireEvent.change(field(injection.text, 'Status'), { target: { value: 'done' } });
    await within(rowOf(injection.text)).findByText('Saved');
    expect(progressLine()).toBe('0 done · 0 in progress · 2 to do · 1 not applicable, of 3 actions');
  });

  test('owner saves on blur, notes after a pause in typing; an unchanged field is not saved again', async () => {
    const api = await openChecklist('semantic-kernel');
    const owner = field<HTMLInputElement>(injection.text, 'Owner');
    fireEvent.input(owner, { target: { value: 'Priya' } });
    expect(api.updateAction).not.toHaveBeenCalled();
    fireEvent.blur(owner);
    expect(api.updateAction).toHaveBeenCalledWith('semantic-kernel', injection.id, { owner: 'Priya' });
    fireEvent.blur(owner);
    expect(api.updateAction).toHaveBeenCalledTimes(1);
    fireEvent.input(field(injection.text, 'Notes'), { target: { value: 'Ticket SEC-12' } });
    expect(api.updateAction).toHaveBeenCalledTimes(1);
    await vi.waitFor(
      () =>
        expect(api.updateAction).toHaveBeenLastCalledWith('semantic-kernel', injection.id, { notes: 'Ticket SEC-12' }),
      { timeout: 2000 },
    );
    await vi.waitFor(async () =>
      expect(await api.stored('semantic-kernel', injection.id)).toMatchObject({
        owner: 'Priya',
        notes: 'Ticket SEC-12',
      }),
    );
  });

  test('leaving the page saves what is still waiting for its pause', async () => {
    const api = await openChecklist('semantic-kernel');
    fireEvent.input(field(tokenBudget.text, 'Notes'), { target: { value: 'Budget agreed with finance' } });
    expect(api.updateAction).not.toHaveBeenCalled();
    await go('#/library');
    await screen.findByRole('heading', { level: 1, name: 'Library' });
    await vi.waitFor(
      () =>
        expect(api.updateAction).toHaveBeenCalledWith('semantic-kernel', tokenBudget.id, {
          notes: 'Budget agreed with finance',
        }),
      { timeout: 300 },
    );
  });

  test('a failed save shows the error, keeps what was typed, and "Try again" saves it', async () => {
    const api = fakeApi();
    api.updateAction.mockRejectedValueOnce(new Error('storage is full'));
    await openChecklist('semantic-kernel', api);
    const owner = field<HTMLInputElement>(contentSafety.text, 'Owner');
    fireEvent.input(owner, { target: { value: 'Jonas' } });
    fireEvent.blur(owner);
    const alert = await within(rowOf(contentSafety.text)).findByRole('alert');
    expect(alert.textContent).toContain('Not saved. Storage is full. What you entered is still here.');
    expect(field<HTMLInputElement>(contentSafety.text, 'Owner').value).toBe('Jonas');
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(api.updateAction).toHaveBeenLastCalledWith('semantic-kernel', contentSafety.id, {
      status: 'todo',
      due: '',
      owner: 'Jonas',
      notes: '',
    });
    expect(await within(rowOf(contentSafety.text)).findByText('Saved')).toBeTruthy();
    expect(within(rowOf(contentSafety.text)).queryByRole('alert')).toBeNull();
  });

  test('a failed status change keeps the chosen status on screen', async () => {
    const api = fakeApi();
    api.updateAction.mockRejectedValueOnce(new Error('no answer to update-action'));
    await openChecklist('semantic-kernel', api);
    fireEvent.change(field(injection.text, 'Status'), { target: { value: 'done' } });
    await within(rowOf(injection.text)).findByRole('alert');
    expect(field<HTMLSelectElement>(injection.text, 'Status').value).toBe('done');
    expect(progressLine()).toBe('0 done · 0 in progress · 3 to do · 0 not applicable, of 3 actions');
  });

  test('after a failed save, the next save of the row carries what the failure left unsaved', async () => {
    const api = fakeApi();
    api.updateAction.mockRejectedValueOnce(new Error('storage is full'));
    await openChecklist('semantic-kernel', api);
    fireEvent.change(field(injection.text, 'Status'), { target: { value: 'done' } });
    await within(rowOf(injection.text)).findByRole('alert');
    const owner = field<HTMLInputElement>(injection.text, 'Owner');
    fireEvent.input(owner, { target: { value: 'Priya' } });
    fireEvent.blur(owner);
    expect(api.updateAction).toHaveBeenLastCalledWith('semantic-kernel', injection.id, {
      status: 'done',
      due: '',
      owner: 'Priya',
      notes: '',
    });
    expect(await within(rowOf(injection.text)).findByText('Saved')).toBeTruthy();
    expect(await api.stored('semantic-kernel', injection.id)).toMatchObject({ status: 'done', owner: 'Priya' });
    expect(progressLine()).toBe('1 done · 0 in progress · 2 to do · 0 not applicable, of 3 actions');
    fireEvent.change(field(injection.text, 'Due'), { target: { value: '2027-03-01' } });
    expect(api.updateAction).toHaveBeenLastCalledWith('semantic-kernel', injection.id, { due: '2027-03-01' });
  });

  test('retired actions have their own labelled section, stay editable, and are not counted', async () => {
    const retired = stateOf('semantic-kernel', 'semantic-kernel.d2.old-output-check', {
      status: 'in-progress',
      text: 'Check outputs against the old schema.',
      domain: 'D2',
      notes: 'Half done',
    });
    const api = fakeApi({ states: [retired] });
    await openChecklist('semantic-kernel', api);
    const section = screen.getByRole('region', { name: 'Retired: no longer in the assessment' });
    const row = within(section).getByText('Check outputs against the old schema.').closest('li') as HTMLElement;
    expect(row.textContent).toContain('D2 Output Validation');
    expect((within(row).getByLabelText('Notes') as HTMLTextAreaElement).value).toBe('Half done');
    expect((within(row).getByLabelText('Status') as HTMLSelectElement).disabled).toBe(false);
    expect(within(screen.getByRole('region', { name: 'D1 Input Governance' })).queryByText(retired.text)).toBeNull();
    expect(progressLine()).toBe('0 done · 0 in progress · 3 to do · 0 not applicable, of 3 actions');
    fireEvent.change(within(row).getByLabelText('Status'), { target: { value: 'not-applicable' } });
    expect(api.updateAction).toHaveBeenCalledWith('semantic-kernel', retired.actionId, { status: 'not-applicable' });
  });

  test('no captured actions: a clear empty state linking to the full assessment', async () => {
    await openChecklist('crewai');
    expect(screen.getByText(/captured no practitioner actions/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Read the full assessment' }).getAttribute('href')).toBe(
      '#/product/crewai',
    );
    expect(screen.queryByText(/, of \d+ actions$/)).toBeNull();
    expect(screen.queryByRole('group', { name: 'Export the checklist' })).toBeNull();
  });

  test('exports the checklist with its states', async () => {
    const states = [
      stateOf('semantic-kernel', tokenBudget.id, { status: 'done', owner: 'Li', text: tokenBudget.text }),
    ];
    const { blobs, names } = captureDownloads();
    await openChecklist('semantic-kernel', fakeApi({ states }));
    const exports = screen.getByRole('group', { name: 'Export the checklist' });
    for (const label of ['Markdown', 'CSV', 'JSON'])
      fireEvent.click(within(exports).getByRole('button', { name: label }));
    expect(names).toEqual([
      'psf-actions-semantic-kernel.md',
      'psf-actions-semantic-kernel.csv',
      'psf-actions-semantic-kernel.json',
    ]);
    const items = checklistItems(sk?.assessment ?? null, states);
    const entry = { product: sk?.product ?? library.entries[0]!.product, assessment: sk?.assessment ?? null };
    expect(await blobs[1]?.text()).toBe(
      `\uFEFF${actionsExport(entry, items, library.domains, library.dataset, 'csv')}`,
    );
    expect(await blobs[0]?.text()).toContain('- [x] **D1 Input Governance:**');
  });

  test('while loading, the heading is already there; a failed load shows the reason and retries', async () => {
    const api = fakeApi();
    api.checklist.mockRejectedValueOnce(new Error('database closed'));
    await openAt('#/checklist/semantic-kernel', api);
    expect(screen.getByRole('heading', { level: 1, name: 'Action checklist: Semantic Kernel' })).toBeTruthy();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Semantic Kernel. Database closed.');
    press('Try again');
    const heading = screen.getByRole('heading', { level: 1, name: 'Action checklist: Semantic Kernel' });
    expect(document.activeElement).toBe(heading);
    expect(await screen.findByRole('region', { name: 'D1 Input Governance' })).toBeTruthy();
    expect(document.activeElement).toBe(heading);
  });

  test('an unknown product: not found, and no checklist request', async () => {
    const api = fakeApi();
    await openAt('#/checklist/nope', api);
    expect(screen.getByRole('heading', { level: 1, name: 'Product not found' })).toBeTruthy();
    expect(api.checklist).not.toHaveBeenCalled();
  });
});
