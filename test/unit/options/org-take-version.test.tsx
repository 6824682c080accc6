// @vitest-environment happy-dom
// An earlier version put back in the editor's form, over the real handlers: its content becomes the draft (saved as
// such, every version kept), a note says to save it as a version, and Undo gives back the draft it replaced.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { acmeDraft } from '../helpers/org.ts';
import { editRecord } from './org-editor-fixture.tsx';
import { fakeApi } from './workspace-fixture.tsx';

afterEach(cleanup);

test('a version put back in the form becomes the draft; Undo gives the replaced draft back', async () => {
  const api = fakeApi();
  await api.saveDraft('r1', acmeDraft({ D3: 'Gap' }));
  await api.saveVersion('r1');
  await api.saveDraft('r1', acmeDraft({ D3: 'Partial' }));
  await api.saveVersion('r1');
  await api.saveDraft('r1', acmeDraft({ D3: 'Strong' }));
  editRecord(api, 'r1');
  const d3 = async (rating: string) =>
    (within(await screen.findByRole('radiogroup', { name: /D3/ })).getByLabelText(rating) as HTMLInputElement).checked;
  const stored = async () => (await api.orgRecords()).records[0];
  expect(await d3('Strong')).toBe(true);

  fireEvent.click(await screen.findByRole('button', { name: 'Put version 1 back in the form' }));
  expect(await d3('Gap')).toBe(true);
  expect(screen.getByText(/^Version 1 is back in the form, as the draft/).getAttribute('role')).toBe('status');
  await waitFor(async () => expect((await stored())?.draft.domains.D3.rating).toBe('Gap'), { timeout: 3000 });
  expect((await stored())?.versions.map((v) => v.n)).toEqual([1, 2]);

  fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
  expect(await d3('Strong')).toBe(true);
  await waitFor(async () => expect((await stored())?.draft.domains.D3.rating).toBe('Strong'), { timeout: 3000 });
  expect(screen.queryByText(/^Version 1 is back in the form/)).toBeNull();
});
