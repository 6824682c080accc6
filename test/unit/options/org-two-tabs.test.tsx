// @vitest-environment happy-dom
// One assessment open in two tabs over the real handlers: a tab that saves after the other does not write over the
// other's typing unasked; it says so, nothing stored changes, Save version saves nothing, and the user picks which
// version stays, in either direction.
import { cleanup, fireEvent, render, waitFor, within } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import type { OrgDraft } from '../../../src/core/org-draft.ts';
import { OrgEditorPage } from '../../../src/options/org-editor-page.tsx';
import { acmeDraft } from '../helpers/org.ts';
import { fakeApi, libraryOf } from './workspace-fixture.tsx';

afterEach(cleanup);

const library = libraryOf();

/** An editor of record r1 in a container of its own, as a second tab would hold it. */
function tab(api: ReturnType<typeof fakeApi>) {
  const container = document.body.appendChild(document.createElement('div'));
  render(
    <OrgEditorPage
      library={library}
      api={api}
      route={{ kind: 'org-edit', recordId: 'r1' }}
      onRecordId={() => {}}
      onLibraryChanged={() => {}}
    />,
    { container },
  );
  const view = within(container);
  const field = async (label: string) => (await view.findByLabelText(label, { exact: true })) as HTMLInputElement;
  return {
    view,
    field,
    type: async (label: string, value: string) => fireEvent.input(await field(label), { target: { value } }),
    saved: () => view.findByText(/^Draft saved at /, {}, { timeout: 3000 }),
  };
}

/** Two tabs on record r1; the second has saved "Acme Corp" as the vendor since the first read the draft. */
async function savedInB() {
  const api = fakeApi();
  await api.saveDraft('r1', acmeDraft({ D3: 'Gap' }));
  const a = tab(api);
  const b = tab(api);
  await a.field('Vendor');
  await b.field('Vendor');
  await b.type('Vendor', 'Acme Corp');
  await b.saved();
  return { api, a, b };
}

async function twoTabs() {
  const { api, a, b } = await savedInB();
  await a.type('Product name', 'Acme Agent Pro');
  await a.view.findByRole('alert', {}, { timeout: 3000 });
  const stored = async (): Promise<OrgDraft | undefined> =>
    (await api.orgRecords()).records.find((r) => r.id === 'r1')?.draft;
  return { api, a, b, stored };
}

test('the later tab does not write over the other: it says so, and no version is made of the other’s draft', async () => {
  const { api, a, stored } = await twoTabs();
  expect(a.view.getByRole('alert').textContent).toMatch(/saved in another tab or window after this page opened it/);
  expect(a.view.getByRole('status').textContent).toMatch(/changed in another tab or window meanwhile/);
  expect(await stored()).toMatchObject({ name: 'Acme Agent', vendor: 'Acme Corp' });
  // What the user typed is still in the form.
  expect((await a.field('Product name')).value).toBe('Acme Agent Pro');

  fireEvent.click(a.view.getByRole('button', { name: 'Save version' }));
  await a.view.findByText(/^No version was saved: the draft could not be stored first/);
  expect((await api.orgRecords()).records[0]?.versions).toEqual([]);
});

test('Show the other version puts the other tab’s draft in the form, and later typing is saved over it', async () => {
  const { a, stored } = await twoTabs();
  fireEvent.click(a.view.getByRole('button', { name: 'Show the other version' }));
  await waitFor(async () => expect((await a.field('Vendor')).value).toBe('Acme Corp'));
  expect((await a.field('Product name')).value).toBe('Acme Agent');
  expect(a.view.queryByRole('alert')).toBeNull();
  await a.saved();
  await a.type('Category', 'Coding agent');
  await waitFor(async () => expect(await stored()).toMatchObject({ vendor: 'Acme Corp', category: 'Coding agent' }), {
    timeout: 3000,
  });
});

test('Keep mine stores this tab’s draft over the other', async () => {
  const { a, stored } = await twoTabs();
  fireEvent.click(a.view.getByRole('button', { name: 'Keep mine' }));
  await waitFor(async () => expect(await stored()).toMatchObject({ name: 'Acme Agent Pro', vendor: 'Acme' }), {
    timeout: 3000,
  });
  expect(a.view.queryByRole('alert')).toBeNull();
});

/** The user comes back to a tab (happy-dom's document is always visible: the event is what the browser sends). */
const comeBack = () => document.dispatchEvent(new Event('visibilitychange'));

test('a tab the user comes back to shows the draft another tab saved meanwhile, when nothing typed here waits', async () => {
  const { api, a } = await savedInB();
  comeBack();
  await waitFor(async () => expect((await a.field('Vendor')).value).toBe('Acme Corp'));
  // And typing there afterwards is saved over it, with no conflict to settle.
  await a.type('Category', 'Coding agent');
  await a.saved();
  expect(a.view.queryByRole('alert')).toBeNull();
  expect((await api.orgRecords()).records[0]?.draft).toMatchObject({ vendor: 'Acme Corp', category: 'Coding agent' });
});

test('a tab whose own typing could not be saved keeps it when the user comes back', async () => {
  const { a } = await twoTabs();
  comeBack();
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect((await a.field('Product name')).value).toBe('Acme Agent Pro');
  expect((await a.field('Vendor')).value).toBe('Acme');
  expect(a.view.getByRole('alert').textContent).toMatch(/saved in another tab or window/);
});
