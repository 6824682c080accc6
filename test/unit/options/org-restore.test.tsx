// @vitest-environment happy-dom
// Restoring a deleted assessment whose product a newer one has taken: refused with the reason beside the list,
// which stays, so the user can delete the newer one and restore.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { WorkspaceApp } from '../../../src/options/app.tsx';
import { acmeDraft } from '../helpers/org.ts';
import { fakeApi } from './workspace-fixture.tsx';

afterEach(cleanup);

test('a restore that would give one product two assessments is refused, said, and the list stays', async () => {
  const api = fakeApi();
  await api.saveDraft('r1', acmeDraft({ D3: 'Partial' }));
  await api.saveVersion('r1');
  await api.deleteRecord('r1');
  await api.saveDraft('r2', acmeDraft({ D3: 'Gap' }));
  await api.saveVersion('r2');

  history.replaceState(null, '', '#/organisation');
  render(<WorkspaceApp api={api} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Restore Acme Agent' }));
  const alert = await screen.findByText(/Another of your assessments now covers Acme Agent: delete it first/);
  expect(alert.getAttribute('role')).toBe('alert');
  expect(screen.getByRole('heading', { name: 'Written in PSF Lens' })).toBeTruthy();
  const records = (await api.orgRecords()).records;
  expect(records.filter((r) => r.deletedAt === undefined).map((r) => r.id)).toEqual(['r2']);

  await api.deleteRecord('r2');
  cleanup();
  render(<WorkspaceApp api={api} />);
  const restore = await screen.findAllByRole('button', { name: 'Restore Acme Agent' });
  fireEvent.click(restore[0]!);
  await waitFor(async () =>
    expect((await api.orgRecords()).records.filter((r) => r.deletedAt === undefined).length).toBe(1),
  );
});
