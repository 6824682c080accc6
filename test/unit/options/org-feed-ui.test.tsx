// @vitest-environment happy-dom
// The organisation's team feed in the workspace: its own address and key on #/settings, and a difference from an
// assessment written here shown on the form, with the user's choice, never applied silently.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { writeOrgFeed } from '../../../src/background/db-org.ts';
import { draftsDataset } from '../../../src/core/org-draft.ts';
import { WorkspaceApp } from '../../../src/options/app.tsx';
import { bundled } from '../helpers/dataset.ts';
import { acmeDraft } from '../helpers/org.ts';
import { fakeApi } from './workspace-fixture.tsx';
import { press } from '../helpers/keyboard.ts';

afterEach(cleanup);

const KEY = 'lVxxTEHYqWUD+vkvEZwWExf0zsRX0osKOXLIzKAdWaw=';

async function open(hash: string, api: ReturnType<typeof fakeApi>) {
  history.replaceState(null, '', hash);
  render(<WorkspaceApp api={api} />);
}

test('#/settings saves the organisation feed’s own address and key', async () => {
  const api = fakeApi();
  await open('#/settings', api);
  await screen.findByRole('heading', { name: "Your organisation's feed" });
  fireEvent.input(screen.getByLabelText(/Organisation feed URL/), {
    target: { value: ' https://team.example/org.json ' },
  });
  fireEvent.input(screen.getByLabelText(/Organisation feed public key/), { target: { value: KEY } });
  fireEvent.click(screen.getByRole('button', { name: 'Save the organisation feed' }));
  await waitFor(() =>
    expect(api.saveSettings).toHaveBeenCalledWith({
      orgFeedUrl: 'https://team.example/org.json',
      orgFeedPublicKey: KEY,
    }),
  );
  expect((await api.settings()).settings).toMatchObject({ orgFeedUrl: 'https://team.example/org.json' });
});

/** The user's saved assessment rates D3 Partial; the team feed's copy of the same product rates it Gap. */
async function savedAndTeam(api: ReturnType<typeof fakeApi>) {
  await api.saveDraft('r1', acmeDraft({ D3: 'Partial' }));
  await api.saveVersion('r1');
  const team = draftsDataset([acmeDraft({ D3: 'Gap' })], bundled().domains, {
    version: '2026.11.25',
    published: '2026-11-25',
    publisher: 'Acme Bank',
  });
  await writeOrgFeed(await api.background.db(), {
    key: 'feed',
    url: 'https://team.example/org.json',
    loadedAt: 1,
    dataset: team,
  });
}

test('the team feed differs from the assessment written here: both kept, the user decides', async () => {
  const api = fakeApi();
  await savedAndTeam(api);

  await open('#/organisation/edit/r1', api);
  const conflict = await screen.findByRole('region', { name: 'The team feed differs' });
  expect(conflict.textContent).toMatch(/version 2026\.11\.25.*D3 rating.*Nothing was changed here/s);
  expect((screen.getAllByRole('radio', { name: 'Partial' })[2] as HTMLInputElement).checked).toBe(true);

  press("Take the team's version into this draft");
  expect((screen.getAllByRole('radio', { name: 'Gap' })[2] as HTMLInputElement).checked).toBe(true);
  // The note said nothing was changed here: it goes once the draft is the team's, and the keyboard is on the next step.
  await waitFor(() => expect(screen.queryByRole('region', { name: 'The team feed differs' })).toBeNull());
  expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Save version' }));
  // Taken into the draft only: the saved version is the user's until they save again.
  const [record] = (await api.orgRecords()).records;
  expect(record?.draft.domains.D3.rating).toBe('Gap');
  expect(record?.versions.map((v) => v.draft.domains.D3.rating)).toEqual(['Partial']);

  cleanup();
  await open('#/organisation/edit/r1', api);
  await waitFor(() => expect(screen.queryByRole('region', { name: 'The team feed differs' })).toBeNull(), {
    timeout: 5000,
  });
});

test('keep mine: the team’s current version stops showing as a difference', async () => {
  const api = fakeApi();
  await savedAndTeam(api);
  await open('#/organisation/edit/r1', api);
  await screen.findByRole('region', { name: 'The team feed differs' });
  press('Keep mine');
  await waitFor(() => expect(screen.queryByRole('region', { name: 'The team feed differs' })).toBeNull());
  expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Save version' }));
  expect((screen.getAllByRole('radio', { name: 'Partial' })[2] as HTMLInputElement).checked).toBe(true);
});
