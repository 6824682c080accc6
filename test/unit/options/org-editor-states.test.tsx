// @vitest-environment happy-dom
// The assessment editor rendered alone over the real handlers: a new one for a site, one being loaded, one that
// cannot be read or is gone, its titles and headings, the address it is given once it is stored, and the reasons
// beside the fields: only where the user typed, until a save is tried.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { OrgEditorPage } from '../../../src/options/org-editor-page.tsx';
import { acmeDraft } from '../helpers/org.ts';
import { fakeApi, libraryOf } from './workspace-fixture.tsx';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const library = libraryOf();
type Route = Parameters<typeof OrgEditorPage>[0]['route'];

function editor(route: Omit<Route, 'kind'>, api = fakeApi()) {
  const onRecordId = vi.fn<(id: string) => void>();
  const onLibraryChanged = vi.fn<() => void>();
  render(
    <OrgEditorPage
      library={library}
      api={api}
      route={{ kind: 'org-edit', ...route }}
      onRecordId={onRecordId}
      onLibraryChanged={onLibraryChanged}
    />,
  );
  return { api, onRecordId, onLibraryChanged };
}
const type = (label: string | RegExp, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
const reasonOf = (label: string | RegExp) => {
  const field = screen.getByLabelText(label);
  // The reason is the first element the field's aria-describedby names (a hint, if any, comes after).
  const id = field.getAttribute('aria-describedby')?.split(' ')[0];
  return field.getAttribute('aria-invalid') === 'true' && id ? document.getElementById(id)?.textContent : null;
};

test('a new assessment for a site: the site filled in, the frame, and the address named at the first change', () => {
  const { onRecordId } = editor({ recordId: null, site: 'acme.example' });
  expect(screen.getByDisplayValue('acme.example')).toBeTruthy();
  expect(document.title).toBe('A new assessment · PSF Lens workspace');
  const heading = screen.getByRole('heading', { level: 1 });
  expect(heading.textContent).toBe('A new assessment');
  expect(heading.tabIndex).toBe(-1);
  expect(screen.getByRole('link', { name: '← Your organisation' }).getAttribute('href')).toBe('#/organisation');
  expect(screen.queryByText(/^Started from PAI's assessment/)).toBeNull();
  expect(onRecordId).not.toHaveBeenCalled();
  type('Product name', 'Acme Agent');
  expect(onRecordId).toHaveBeenCalledWith(expect.stringMatching(/^r-[a-z0-9]+-[a-z0-9]+$/));
  expect(document.title).toBe('Assessing Acme Agent · PSF Lens workspace');
  expect(heading.textContent).toBe('Your assessment of Acme Agent');
});

test('a new assessment for no site starts with none', () => {
  editor({ recordId: null });
  expect(screen.queryByDisplayValue('acme.example')).toBeNull();
  expect((screen.getAllByLabelText(/^Site 1/)[0] as HTMLInputElement | undefined)?.value ?? '').toBe('');
});

test('reasons show where the user typed, not on untouched fields, until a save is tried', async () => {
  editor({ recordId: null, site: 'acme.example' });
  expect(reasonOf(/^Assessor/)).toBeNull();
  type(/^Assessor/, '   ');
  expect(reasonOf(/^Assessor/)).toBeNull(); // spaces are not text
  type(/^Assessor/, 'x'.repeat(121));
  expect(reasonOf(/^Assessor/)).toMatch(/^The assessor is longer than 120 characters/);
  type(/^Assessor/, '');
  expect(reasonOf(/^Assessor/)).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: 'Save version' }));
  await waitFor(() => expect(reasonOf(/^Assessor/)).toBe('Name the assessor: a person or a team.'));
});

test('a refused Save version takes the keyboard to the first field to fix, which names its reason', async () => {
  editor({ recordId: null, site: 'acme.example' });
  type('Product name', 'Acme Agent');
  fireEvent.click(screen.getByRole('button', { name: 'Save version' }));
  const vendor = screen.getByLabelText('Vendor', { exact: true });
  await waitFor(() => expect(document.activeElement).toBe(vendor));
  expect(reasonOf('Vendor')).toBeTruthy();
});

test('a new form says nothing wrong before the user types: not even of its one empty site line', async () => {
  editor({ recordId: null });
  expect(document.querySelectorAll('.field-problem')).toHaveLength(0);
  expect(screen.queryByText(/Add at least one site/)).toBeNull();
  // An empty line added to a domain is not text either.
  fireEvent.click(screen.getAllByRole('button', { name: 'Add an action' })[0]!);
  expect(document.querySelectorAll('.field-problem')).toHaveLength(0);
  // A path alone is a site begun, in any of the lines: the sites then say what they lack.
  fireEvent.click(screen.getByRole('button', { name: 'Add a site' }));
  type('Site 2: path', '/docs');
  expect(screen.getByText('Add at least one site (a host name) where the product lives.')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Remove Site 2' }));
  expect(screen.queryByText(/Add at least one site/)).toBeNull();
  type('Site 1: path', '/agent');
  expect(screen.getByText('Add at least one site (a host name) where the product lives.')).toBeTruthy();
  type('Site 1: host', 'acme.example');
  expect(screen.queryByText(/Add at least one site/)).toBeNull();
  type('Site 1: host', '');
  type('Site 1: path', ' ');
  expect(screen.queryByText(/Add at least one site/)).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: 'Save version' }));
  await waitFor(() =>
    expect(screen.getByText('Add at least one site (a host name) where the product lives.')).toBeTruthy(),
  );
});

test("an action's reason shows once it has text: its words count, not its id", () => {
  editor({ recordId: null, site: 'acme.example' });
  const add = screen.getAllByRole('button', { name: 'Add an action' })[0]!;
  fireEvent.click(add);
  fireEvent.click(add);
  const [first, second] = screen.getAllByLabelText(/^Action [12]$/);
  expect(first!.getAttribute('aria-invalid')).toBeNull();
  fireEvent.input(second!, { target: { value: 'x'.repeat(2001) } });
  expect(reasonOf(/^Action 2$/)).toMatch(/longer than/);
  expect(reasonOf(/^Action 1$/)).toBeNull();
});

test('one being edited: loading, then its draft, and its address is never renamed', async () => {
  const api = fakeApi();
  await api.saveDraft('r-1', acmeDraft({ D1: 'Strong' }));
  const { onRecordId } = editor({ recordId: 'r-1' }, api);
  expect(screen.getByRole('status').textContent).toBe('Loading the assessment…');
  expect(((await screen.findByLabelText('Product name')) as HTMLInputElement).value).toBe('Acme Agent');
  type('Product name', 'Acme Agent 2');
  expect(onRecordId).not.toHaveBeenCalled();
});

test('one that cannot be read says why; one that is gone says so and where to look', async () => {
  const api = fakeApi();
  api.orgRecords.mockRejectedValueOnce(new Error('The database is closed.'));
  editor({ recordId: 'r-1' }, api);
  expect((await screen.findByRole('alert')).textContent).toMatch(
    /^PSF Lens could not read this assessment: .*database is closed/,
  );
  cleanup();
  editor({ recordId: 'r-nothing' });
  const heading = await screen.findByRole('heading', { level: 1, name: 'Assessment not found' });
  expect(heading.tabIndex).toBe(-1);
  expect(screen.getByRole('link', { name: "Your organisation's list" }).getAttribute('href')).toBe('#/organisation');
  expect(screen.queryByLabelText('Product name')).toBeNull();
});
