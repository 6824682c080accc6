// @vitest-environment happy-dom
// Writing an assessment in the workspace, over the real handlers: the reason beside the field, the draft kept as
// typed and there again in a new tab, a version saved only when the rules pass (asking for exactly the product's
// sites), delete with undo, and the vendor's answers read back beside the questions.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { WorkspaceApp } from '../../../src/options/app.tsx';
import { CSV_HEADER } from '../../../src/core/questionnaire.ts';
import { watchEmptiedInputs } from '../helpers/file-inputs.ts';
import { orgApi } from './org-fixture.ts';
import { press } from '../helpers/keyboard.ts';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function open(hash: string, api: Awaited<ReturnType<typeof orgApi>>['api']) {
  history.replaceState(null, '', hash);
  render(<WorkspaceApp api={api} />);
  await screen.findByText(/PSF data of/);
}

const type = (label: string | RegExp, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });

test('a new assessment: reasons beside the fields, kept as typed, saved as a version when the rules pass', async () => {
  const { api, requestHosts, name } = await orgApi();
  await open('#/organisation/new', api);
  await screen.findByRole('heading', { name: 'A new assessment' });
  type('Product name', 'Acme Agent');
  type('Vendor', 'Acme');
  type('Site 1: host', 'https://acme.example/agent');
  const host = screen.getByLabelText('Site 1: host');
  expect(host.getAttribute('aria-invalid')).toBe('true');
  const reason = document.getElementById(host.getAttribute('aria-describedby') ?? '');
  expect(reason?.textContent).toMatch(/no https:\/\/, no www\., no path/);
  type('Site 1: host', 'acme.example');
  expect(screen.getByLabelText('Site 1: host').getAttribute('aria-invalid')).toBeNull();
  fireEvent.click(screen.getAllByRole('radio', { name: 'Gap' })[2]!);

  // Saved as typed: the address names the draft, and the background holds it.
  await waitFor(() => expect(location.hash).toMatch(/^#\/organisation\/edit\/r-/), { timeout: 3000 });
  await waitFor(() => expect(document.querySelector('.save-line')?.textContent).toMatch(/Draft saved at/), {
    timeout: 3000,
  });

  fireEvent.click(screen.getByRole('button', { name: 'Save version' }));
  expect(await screen.findByText(/thing.? to fix first/)).toBeTruthy();
  expect(screen.getByText(/Name the assessor/)).toBeTruthy();
  expect(requestHosts).not.toHaveBeenCalled();

  type(/^Assessor/, 'Security team');
  fireEvent.click(screen.getByRole('button', { name: 'Save version' }));
  expect(
    await screen.findByText(/Saved as version 1\. PSF Lens shows it on acme\.example/, undefined, { timeout: 5000 }),
  ).toBeTruthy();
  expect(requestHosts).toHaveBeenCalledWith(['https://acme.example/*', 'https://www.acme.example/*']);

  // A new tab (a restarted browser: the same database) shows the same assessment.
  const recordHash = location.hash;
  cleanup();
  const again = await orgApi(name);
  await open(recordHash, again.api);
  expect(((await screen.findByLabelText('Product name')) as HTMLInputElement).value).toBe('Acme Agent');
  expect((screen.getAllByRole('radio', { name: 'Gap' })[2] as HTMLInputElement).checked).toBe(true);
  expect(screen.getByText(/History of your ratings \(1 version\)/)).toBeTruthy();
});

test('from a PAI assessment: a starting point, labelled; delete and undo on the organisation page', async () => {
  const { api } = await orgApi();
  await open('#/organisation/new?from=langchain', api);
  expect(((await screen.findByLabelText('Product name')) as HTMLInputElement).value).toBe('LangChain / LangGraph');
  expect(screen.getByText(/Started from PAI's assessment/)).toBeTruthy();
  type(/^Assessor/, 'Risk office');
  fireEvent.click(screen.getByRole('button', { name: 'Save version' }));
  await screen.findByText(/Saved as version 1/, undefined, { timeout: 5000 });

  cleanup();
  await open('#/organisation', api);
  const item = await screen.findByRole('listitem', { name: 'LangChain / LangGraph' });
  expect(item.textContent).toMatch(/saved · version 1/);
  fireEvent.click(within(item).getByRole('button', { name: /Delete/ }));
  await waitFor(() => expect(screen.queryByRole('listitem', { name: 'LangChain / LangGraph' })).toBeNull());
  fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
  expect(await screen.findByRole('listitem', { name: 'LangChain / LangGraph' })).toBeTruthy();
});

/** A new assessment from LangChain's, saved as version 1, then deleted on its own page. */
async function savedThenDeleted() {
  const { api } = await orgApi();
  await open('#/organisation/new?from=langchain', api);
  type(/^Assessor/, 'Risk office');
  fireEvent.click(screen.getByRole('button', { name: 'Save version' }));
  await screen.findByText(/Saved as version 1/, undefined, { timeout: 5000 });
  // As from the keyboard: the button has the focus when it is pressed.
  await screen.findByRole('button', { name: 'Delete' });
  press('Delete');
  await screen.findByText('This assessment is deleted.');
  return api;
}

test('deleted from its own page: no form to edit until Undo, which gives it back as it was', async () => {
  const api = await savedThenDeleted();
  expect(screen.queryByRole('form')).toBeNull();
  expect(screen.queryByLabelText('Product name')).toBeNull();
  // The pressed Delete is gone: the keyboard is on the Undo that takes it back, not on the page's body.
  const undo = screen.getByRole('button', { name: 'Undo' });
  await waitFor(() => expect(document.activeElement).toBe(undo));
  fireEvent.click(undo);
  expect(((await screen.findByLabelText(/^Assessor/)) as HTMLInputElement).value).toBe('Risk office');
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete' })));
  expect(screen.queryByText('This assessment is deleted.')).toBeNull();
  type(/^Assessor/, 'Risk office, EMEA');
  await waitFor(async () => expect((await api.orgRecords()).records[0]?.draft.assessor).toBe('Risk office, EMEA'), {
    timeout: 3000,
  });
});

test('an Undo the background refuses says why, and the assessment stays deleted', async () => {
  const api = await savedThenDeleted();
  api.restoreRecord.mockRejectedValueOnce(new Error('storage is full'));
  fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
  expect((await screen.findByRole('alert')).textContent).toMatch(/Storage is full/);
  expect(screen.getByText('This assessment is deleted.')).toBeTruthy();
  expect(screen.queryByLabelText('Product name')).toBeNull();
});

test('the questionnaire: answers read back beside their questions, a bad row refused with its reason', async () => {
  const { api } = await orgApi();
  await open('#/questionnaire/langchain', api);
  await screen.findByRole('heading', { name: /Questionnaire for LangChain/ });
  expect(screen.queryByRole('heading', { name: /D4 Observability/ })).toBeNull(); // Strong: not asked
  const csv = [
    CSV_HEADER.join(','),
    'langchain,D3-1,,,,,,We keep prompts 30 days,https://langchain.example/dpa',
    'langchain,D3-2,,,,,,Isolated,javascript:alert(1)',
  ].join('\r\n');
  const emptied = watchEmptiedInputs();
  const answers = screen.getByLabelText(/Read the vendor's answers/);
  fireEvent.change(answers, { target: { files: [new File([csv], 'answers.csv', { type: 'text/csv' })] } });
  expect((await screen.findByText(/1 answer read/)).textContent).toMatch(/1 row not taken/);
  expect(emptied(answers)).toBe(true); // the same file, corrected, can be chosen again
  expect(screen.getByText(/Row 3 was not taken: evidence "javascript:alert\(1\)" is not an https link/)).toBeTruthy();
  await waitFor(() => expect(screen.getByLabelText('Answer to D3-1').textContent).toMatch(/We keep prompts 30 days/));
  expect(screen.getByLabelText('Answer to D3-2').textContent).toMatch(/not received yet/);
});
