// @vitest-environment happy-dom
// The assessments written in PSF Lens, listed alone over a mock API: each row's name, vendor, state, last version
// and ratings counted (never a rating not captured), the ways to edit, question and delete it, and the empty,
// loading and error states.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { emptyDraft } from '../../../src/core/org-draft.ts';
import type { WorkspaceApi } from '../../../src/options/api.ts';
import { OrgWrittenList } from '../../../src/options/org-written-list.tsx';
import type { OrgRecordView } from '../../../src/shared/messages.ts';
import { acmeDraft } from '../helpers/org.ts';
import { recordOf } from './org-actions-fixture.tsx';
import { press } from '../helpers/keyboard.ts';

afterEach(cleanup);

const RATED: OrgRecordView = {
  ...recordOf(2),
  draft: acmeDraft({ D1: 'Strong', D2: 'Strong', D3: 'Partial', D5: 'Gap' }),
};
const UNTITLED: OrgRecordView = { ...recordOf(0), id: 'r-2', draft: emptyDraft('untitled', '2026-11-20') };

function show(records: OrgRecordView[] | Error) {
  const api = {
    orgRecords: vi.fn(async () => {
      if (records instanceof Error) throw records;
      return { kind: 'org-records', records, productIds: [] };
    }),
    deleteRecord: vi.fn(async (_id: string) => undefined),
    restoreRecord: vi.fn(async (_id: string) => undefined),
  };
  const onChanged = vi.fn();
  render(<OrgWrittenList api={api as unknown as WorkspaceApi} onChanged={onChanged} />);
  return { api, onChanged };
}

const rowText = (name: string) => screen.getByRole('listitem', { name }).textContent;

test('each row: name, vendor, state, last version, then the ratings counted and the domains not assessed', async () => {
  show([RATED, UNTITLED]);
  expect(screen.getByRole('status').textContent).toBe('Loading your assessments…');
  await screen.findByRole('heading', { name: 'Written in PSF Lens' });
  expect(rowText('Acme Agent')).toMatch(
    /^Acme Agent · Acme · saved · version 2 · 2 Strong · 1 Partial · 1 Gap · 4 not/,
  );
  expect(rowText('Untitled draft')).toMatch(
    /^Untitled draft · no vendor yet · draft, not saved as a version yet · 8 not assessedEdit/,
  );
  expect(screen.getByRole('link', { name: 'Write a new assessment' }).getAttribute('href')).toBe('#/organisation/new');
  expect(screen.getByRole('link', { name: 'Edit Untitled draft' }).getAttribute('href')).toBe(
    '#/organisation/edit/r-2',
  );
  // A questionnaire needs a version to ask about, and so does a page: the saved version is what it shows.
  expect(screen.getAllByRole('link', { name: 'Vendor questionnaire' })).toHaveLength(1);
  expect(screen.getAllByRole('link', { name: /^The page of / }).map((a) => a.getAttribute('href'))).toEqual([
    `#/product/${RATED.versions.at(-1)?.draft.id}`,
  ]);
  // Nothing deleted: no list of deleted ones, not even an empty one.
  expect(screen.queryByText(/^Deleted \(/)).toBeNull();
  expect(document.querySelector('details')).toBeNull();
});

test('a row changed since its last version says so', async () => {
  show([{ ...RATED, status: 'edited' }]);
  await screen.findByRole('heading', { name: 'Written in PSF Lens' });
  expect(rowText('Acme Agent')).toMatch(/^Acme Agent · Acme · changes not saved as a version yet · version 2 · /);
});

test('none written: says so, and still offers to write one', async () => {
  show([]);
  expect((await screen.findByText('No assessment written here yet.')).className).toBe('empty');
  expect(screen.getByRole('link', { name: 'Write a new assessment' })).toBeTruthy();
});

test('a list that cannot be read says why as an alert', async () => {
  show(new Error('The database is closed.'));
  expect((await screen.findByRole('alert')).textContent).toMatch(
    /^PSF Lens could not read your assessments: .*database/,
  );
});

test('a delete names what was deleted, a draft without a name as the draft, and undo restores it', async () => {
  const { api, onChanged } = show([RATED, UNTITLED]);
  fireEvent.click(await screen.findByRole('button', { name: 'Delete Acme Agent' }));
  expect(api.deleteRecord).toHaveBeenCalledWith('r-1');
  await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Deleted Acme Agent\. Undo$/));
  expect(onChanged).toHaveBeenCalledOnce();
  fireEvent.click(screen.getByRole('button', { name: 'Delete Untitled draft' }));
  await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Deleted the draft\. Undo$/));
  fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
  expect(api.restoreRecord).toHaveBeenCalledWith('r-2');
  await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
});

test('the keyboard follows a delete to its Undo, and an undo or a restore to the assessment given back', async () => {
  const gone: OrgRecordView = { ...UNTITLED, id: 'r-3', deletedAt: Date.UTC(2026, 10, 20) };
  const records = [RATED, UNTITLED, gone];
  const { api } = show(records);
  // The background's part: a delete marks the record, a restore unmarks it.
  const mark = (id: string, deletedAt?: number) => {
    const i = records.findIndex((r) => r.id === id);
    const { deletedAt: _, ...record } = records[i]!;
    records[i] = deletedAt === undefined ? record : { ...record, deletedAt };
  };
  api.deleteRecord.mockImplementation(async (id: string) => (mark(id, Date.UTC(2026, 10, 30)), undefined));
  api.restoreRecord.mockImplementation(async (id: string) => (mark(id), undefined));
  await screen.findByRole('button', { name: 'Delete Acme Agent' });
  press('Delete Acme Agent');
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' })));
  fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Edit Acme Agent' })));
  fireEvent.click(screen.getByRole('button', { name: 'Restore Untitled draft' }));
  await waitFor(() => expect(document.activeElement?.getAttribute('href')).toBe('#/organisation/edit/r-3'));
  // A refused delete leaves the keyboard where it was.
  api.deleteRecord.mockRejectedValueOnce(new Error('The database is closed.'));
  const again = press('Delete Acme Agent');
  expect((await screen.findByRole('alert')).textContent).toMatch(/database/);
  expect(document.activeElement).toBe(again);
});

test('deleted ones wait apart, counted, each with Restore; a refused restore says why and the list stays', async () => {
  const gone: OrgRecordView = { ...UNTITLED, deletedAt: Date.UTC(2026, 10, 20) };
  const { api, onChanged } = show([RATED, gone]);
  const summary = await screen.findByText('Deleted (1), kept 30 days');
  expect(summary.closest('details')?.open).toBe(false);
  expect(screen.queryByRole('listitem', { name: 'Untitled draft' })).toBeNull();
  api.restoreRecord.mockRejectedValueOnce(new Error('Acme Agent already has an assessment.'));
  fireEvent.click(screen.getByRole('button', { name: 'Restore Untitled draft' }));
  expect(api.restoreRecord).toHaveBeenCalledWith('r-2');
  expect((await screen.findByRole('alert')).textContent).toMatch(/already has an assessment/);
  expect(onChanged).not.toHaveBeenCalled();
  expect(rowText('Acme Agent')).toMatch(/^Acme Agent/);
});

test('a row whose team feed differs says so; its questionnaire asks about the saved product', async () => {
  const differing: OrgRecordView = {
    ...RATED,
    status: 'edited',
    conflict: { feedVersion: '2026.11.2', differences: ['D1'], feedDraft: RATED.draft },
  };
  show([differing]);
  await screen.findByRole('heading', { name: 'Written in PSF Lens' });
  expect(rowText('Acme Agent')).toMatch(/changes not saved as a version yet · version 2 · .* · the team feed differs/);
  expect(screen.getByRole('link', { name: 'Vendor questionnaire' }).getAttribute('href')).toBe(
    `#/questionnaire/${RATED.draft.id}?basis=organisation`,
  );
});
