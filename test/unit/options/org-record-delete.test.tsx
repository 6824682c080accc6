// @vitest-environment happy-dom
// Deleting an assessment with undo, exporting its last version as a dataset file, and a failure of either said
// as an alert, on the actions bar rendered alone.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { draftsDataset } from '../../../src/core/org-draft.ts';
import { libraryOf } from './workspace-fixture.tsx';
import { recordOf, showActions } from './org-actions-fixture.tsx';
import { captureDownloads } from '../helpers/downloads.ts';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

test('delete drops the change not yet saved, deletes the record and says so to the page', async () => {
  const { api, autosave, on } = showActions({ record: recordOf(1) });
  fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
  expect(autosave.cancel).toHaveBeenCalledOnce();
  expect(api.deleteRecord).toHaveBeenCalledWith('r-1');
  await waitFor(() => expect(on.onDeleted).toHaveBeenCalledWith(true));
});

test('a delete that fails says why as an alert, and the record stays', async () => {
  const { api, on } = showActions({ record: recordOf(1) });
  api.deleteRecord.mockRejectedValueOnce(new Error('The database is closed.'));
  fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
  expect((await screen.findByRole('alert')).textContent).toMatch(/database/);
  expect(on.onDeleted).not.toHaveBeenCalled();
});

test('a deleted assessment says so and offers undo and the way back; undo restores it', async () => {
  const { api, on } = showActions({ record: recordOf(1), deleted: true });
  expect(screen.getByRole('status').textContent).toMatch(/^This assessment is deleted\.Undo/);
  expect(screen.queryByRole('button', { name: 'Save version' })).toBeNull();
  expect(screen.getByRole('link', { name: "Back to your organisation's assessments" }).getAttribute('href')).toBe(
    '#/organisation',
  );
  fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
  expect(api.restoreRecord).toHaveBeenCalledWith('r-1');
  await waitFor(() => expect(on.onChanged).toHaveBeenCalledOnce());
  expect(on.onDeleted).toHaveBeenCalledWith(false);
  expect(screen.queryByRole('alert')).toBeNull();
});

test('an undo that fails says why as an alert', async () => {
  const { api, on } = showActions({ record: recordOf(1), deleted: true });
  api.restoreRecord.mockRejectedValueOnce(new Error('The database is closed.'));
  fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
  expect((await screen.findByRole('alert')).textContent).toMatch(/database/);
  expect(on.onDeleted).not.toHaveBeenCalled();
});

test('export saves the last version as a dataset file named by the product, versioned by day and number', async () => {
  const { blobs, names } = captureDownloads();
  const record = recordOf(2);
  showActions({ record });
  fireEvent.click(screen.getByRole('button', { name: 'Export as a dataset file' }));
  expect(names).toEqual(['acme-agent-assessment.json']);
  const expected = draftsDataset([record.versions[1]!.draft], libraryOf().domains, {
    version: '2026.11.22.2',
    published: '2026-11-22',
    publisher: 'Your organisation',
  });
  expect(await blobs[0]!.text()).toBe(`${JSON.stringify(expected, null, 2)}\n`);
  expect(blobs[0]!.type).toMatch(/^application\/json/);
});
