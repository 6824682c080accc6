// @vitest-environment happy-dom
// The actions bar of one assessment: the save line and which actions are offered when (export, questionnaire and
// history once a version exists, delete once the record exists), and "Save version": the reason count when the
// form is not ready, the browser asked for exactly the product's sites during the click, then the sentence saying
// what was saved and where PSF Lens shows it.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { draftPatterns } from '../../../src/core/org-draft.ts';
import { sitesText } from '../../../src/options/org-record-actions.tsx';
import { DRAFT, recordOf, showActions } from './org-actions-fixture.tsx';

afterEach(cleanup);

const saveLine = () => document.querySelector('.save-line')!;
const offered = () => [...document.querySelectorAll('.org-buttons > *')].map((el) => el.textContent);

test('a new assessment offers only "Save version" and says changes are saved as typed', () => {
  showActions();
  expect(saveLine().textContent).toBe('Changes are saved as you type.');
  expect(saveLine().getAttribute('role')).toBe('status');
  expect(offered()).toEqual(['Save version']);
  expect(screen.queryByText(/History of your ratings/)).toBeNull();
});

test('a record not yet saved as a version can be deleted, and has no export, questionnaire or history', () => {
  showActions({ record: recordOf(0), state: { kind: 'pending' } });
  expect(saveLine().textContent).toBe('Saving the draft…');
  expect(offered()).toEqual(['Save version', 'Delete']);
  expect(screen.queryByText(/History of your ratings/)).toBeNull();
});

test('with versions: the last one named, its export, its questionnaire, delete and the history', () => {
  showActions({ record: recordOf(2), state: { kind: 'saved', at: Date.UTC(2026, 10, 22, 9, 5) } });
  expect(saveLine().textContent).toMatch(/^Draft saved at \d{1,2}:05(:00)?\b.* This is version 2\.$/);
  expect(offered()).toEqual(['Save version', 'Export as a dataset file', 'Vendor questionnaire', 'Delete']);
  const link = screen.getByRole('link', { name: 'Vendor questionnaire' });
  expect(link.getAttribute('href')).toBe('#/questionnaire/acme-agent?basis=organisation');
  expect(screen.getByText(/History of your ratings \(2 versions\)/)).toBeTruthy();
});

test('a draft changed since its last version says so; a draft that could not be saved says why', () => {
  showActions({ record: recordOf(3, 'edited'), state: { kind: 'error', message: 'Disk full.' } });
  expect(saveLine().textContent).toBe('The draft could not be saved: Disk full. Changed since version 3.');
});

test('"Save version" with problems in the form: the count as an alert, and no save and no permission asked', () => {
  const issues = [
    { field: 'assessor', problem: { kind: 'no-assessor' } },
    { field: 'date', problem: { kind: 'date' } },
  ] as const;
  const { api, on } = showActions({ check: { kind: 'not-ready', issues: [...issues] } });
  fireEvent.click(screen.getByRole('button', { name: 'Save version' }));
  expect(on.onAttempt).toHaveBeenCalledOnce();
  const alert = screen.getByRole('alert');
  expect(alert.textContent).toBe('2 things to fix first: each is said beside its field.');
  expect(alert.className).toBe('problem');
  expect(api.requestHosts).not.toHaveBeenCalled();
  expect(api.saveVersion).not.toHaveBeenCalled();
});

test('"Save version": the sites asked for in the click, the draft saved first, then what was saved and where', async () => {
  const { api, autosave, on } = showActions({ record: recordOf(1) });
  api.saveVersion.mockResolvedValueOnce({ kind: 'version-saved', n: 2, productId: DRAFT.id });
  fireEvent.click(screen.getByRole('button', { name: 'Save version' }));
  expect(api.requestHosts).toHaveBeenCalledWith(draftPatterns(DRAFT));
  const status = await screen.findByText(/^Saved as version 2\./);
  expect(status.textContent).toBe('Saved as version 2. PSF Lens shows it on acme.example.');
  expect([status.className, status.getAttribute('role')]).toEqual(['info', 'status']);
  expect(autosave.schedule).toHaveBeenCalledWith(DRAFT);
  expect(autosave.flush.mock.invocationCallOrder[0]).toBeLessThan(api.saveVersion.mock.invocationCallOrder[0]!);
  expect(api.saveVersion).toHaveBeenCalledWith('r-1');
  expect(on.onChanged).toHaveBeenCalledOnce();
});

test('a version already saved, with the sites refused: both sentences say so', async () => {
  const { api } = showActions({ record: recordOf(1) });
  api.requestHosts.mockRejectedValueOnce(new Error('No user gesture'));
  api.saveVersion.mockResolvedValueOnce({ kind: 'unchanged', n: 1 } as never);
  fireEvent.click(screen.getByRole('button', { name: 'Save version' }));
  await waitFor(() =>
    expect(document.querySelector('.info')?.textContent).toBe(
      'Version 1 is already this assessment. You did not allow PSF Lens on acme.example, so it will not show it ' +
        'there; save again to be asked again.',
    ),
  );
});

test('the background refuses the version: its reasons go to their fields, or a general one, or the error', async () => {
  const { api, on } = showActions();
  const issue = { field: 'name', problem: { kind: 'duplicate-product' } };
  api.saveVersion.mockResolvedValueOnce({ kind: 'not-ready', issues: [issue] } as never);
  fireEvent.click(screen.getByRole('button', { name: 'Save version' }));
  expect((await screen.findByRole('alert')).textContent).toBe('1 thing to fix first: it is said beside its field.');
  expect(on.onRefused).toHaveBeenLastCalledWith([issue]);
  api.saveVersion.mockResolvedValueOnce({ kind: 'not-ready', issues: [] } as never);
  fireEvent.click(screen.getByRole('button', { name: 'Save version' }));
  await waitFor(() =>
    expect(screen.getByRole('alert').textContent).toBe(
      'The version could not be saved: fix what the form says and save again.',
    ),
  );
  api.saveVersion.mockRejectedValueOnce(new Error('The database is closed.'));
  fireEvent.click(screen.getByRole('button', { name: 'Save version' }));
  await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/database/));
  expect(on.onChanged).not.toHaveBeenCalled();
});

test('a version saved after a refusal takes the refusal away from its field', async () => {
  const { api, on } = showActions();
  api.saveVersion.mockResolvedValueOnce({ kind: 'version-saved', n: 1, productId: 'acme-agent' } as never);
  fireEvent.click(screen.getByRole('button', { name: 'Save version' }));
  await waitFor(() => expect(on.onChanged).toHaveBeenCalled());
  expect(on.onRefused).toHaveBeenLastCalledWith([]);
});

test('the sites of host patterns as a person names them, without www. twins', () => {
  const patterns = ['https://acme.example/*', 'https://www.acme.example/*', 'https://github.com/acme/agent*'];
  expect(sitesText(patterns)).toBe('acme.example, github.com/acme/agent');
  expect(sitesText(['*://*.acme.example/*', 'https://a.www.example/*'])).toBe('*.acme.example, a.www.example');
});

test('a path is named once, as typed, without the lower-case twin its patterns add', () => {
  const draft = {
    ...DRAFT,
    sites: [
      { host: 'github.com', path: '/crewAIInc/crewAI' },
      { host: 'github.com', path: '/joaomdmoura/crewAI' },
    ],
  };
  expect(sitesText(draftPatterns(draft))).toBe('github.com/crewAIInc/crewAI, github.com/joaomdmoura/crewAI');
});
