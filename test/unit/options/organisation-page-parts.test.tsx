// @vitest-environment happy-dom
// The organisation page rendered alone: its frame, an import while it is checked and when it fails, the refusal's
// list capped at 50, and each kind of import (a file, the team's feed, the policy's, the ones written here) with
// the actions it allows.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { OrganisationPage } from '../../../src/options/organisation-page.tsx';
import type { OrgDatasetView } from '../../../src/shared/messages.ts';
import { bundled } from '../helpers/dataset.ts';
import { captureDownloads } from '../helpers/downloads.ts';
import { fakeApi } from './workspace-fixture.tsx';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const file = (name: string, text = '{}') => new File([text], name, { type: 'application/json' });
const imported = (id: string, more: Partial<OrgDatasetView> = {}): OrgDatasetView => ({
  id,
  name: `${id}.json`,
  importedAt: Date.UTC(2026, 10, 1),
  dataset: bundled(),
  ...more,
});

function page(organisation: OrgDatasetView[] = [], api = fakeApi()) {
  const onChanged = vi.fn();
  render(<OrganisationPage organisation={organisation} api={api} onChanged={onChanged} />);
  return { api, onChanged };
}
const chooseImport = (name: string) =>
  fireEvent.change(screen.getByLabelText('Import a dataset file (JSON)'), { target: { files: [file(name)] } });

test('the frame: title, a heading out of the Tab order, what the page is for, the imports under their own heading', () => {
  page();
  expect(document.title).toBe("Your organisation's assessments · PSF Lens workspace");
  const heading = screen.getByRole('heading', { level: 1 });
  expect(heading.textContent).toBe("Your organisation's assessments");
  expect(heading.tabIndex).toBe(-1);
  expect(screen.getByText(/^Your security team's own reviews:/).className).toBe('note');
  expect(screen.getByRole('heading', { level: 2, name: 'Imported and set by policy' })).toBeTruthy();
  expect(screen.getByText('Nothing imported yet.')).toBeTruthy();
});

test('while a file is checked the page says so; an import that cannot be made says why; no file, nothing', async () => {
  const api = fakeApi();
  let answer: (value: never) => void = () => {};
  api.importOrg.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve as never)));
  const { onChanged } = page([], api);
  fireEvent.change(screen.getByLabelText('Import a dataset file (JSON)'), { target: { files: [] } });
  expect(api.importOrg).not.toHaveBeenCalled();
  expect(screen.queryByText('Checking the file…')).toBeNull();
  chooseImport('acme.json');
  expect((await screen.findByText('Checking the file…')).getAttribute('role')).toBe('status');
  await waitFor(() => expect(api.importOrg).toHaveBeenCalled());
  answer({ kind: 'imported', id: 'acme', importedAt: 1, products: 2, assessments: 1 } as never);
  expect((await screen.findByText(/^Imported acme\.json/)).textContent).toBe(
    'Imported acme.json: 2 products, 1 assessment.',
  );
  expect(screen.queryByText('Checking the file…')).toBeNull();
  api.importOrg.mockRejectedValueOnce(new Error('storage is full'));
  chooseImport('acme2.json');
  const alert = await screen.findByRole('alert');
  expect(alert.className).toBe('error');
  expect(alert.textContent).toMatch(/storage is full/i);
  expect(onChanged).toHaveBeenCalledOnce();
});

test('a refusal lists at most 50 of its problems, and counts them all', async () => {
  const api = fakeApi();
  const issues = Array.from({ length: 60 }, (_, i) => ({ path: `$.products[${i}].id`, message: 'must be unique' }));
  api.importOrg.mockResolvedValueOnce({ kind: 'refused', issues });
  page([], api);
  chooseImport('big.json');
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toMatch(/^big\.json was not imported, and nothing changed: 60 problems\./);
  const items = within(alert).getAllByRole('listitem');
  expect(items).toHaveLength(50);
  expect(items[49]?.textContent).toBe('$.products[49].id: must be unique');
});

test('a replacement keeps the import’s own name and says it replaced it', async () => {
  const api = fakeApi();
  api.importOrg.mockResolvedValueOnce({ kind: 'imported', id: 'acme', importedAt: 1, products: 1, assessments: 1 });
  page([imported('acme', { name: 'Acme reviews' })], api);
  fireEvent.change(screen.getByLabelText('Replace with a new file'), { target: { files: [file('acme-v2.json')] } });
  expect(await screen.findByText('Replaced acme-v2.json: 1 product, 1 assessment.')).toBeTruthy();
  expect(api.importOrg).toHaveBeenCalledWith('Acme reviews', '{}', { replaces: 'acme' });
});

test("a feed's and a policy's imports are named so and can only be exported; written ones are not listed here", () => {
  const { blobs, names } = captureDownloads();
  page([
    imported('team', { feedUrl: 'https://feeds.acme.example/psf.json' }),
    imported('policy', { managed: true }),
    imported('written', { written: true }),
  ]);
  const feed = screen.getByRole('listitem', { name: 'team.json' });
  expect(within(feed).getByText("From your team's feed, feeds.acme.example")).toBeTruthy();
  const policy = screen.getByRole('listitem', { name: 'policy.json' });
  expect(within(policy).getByText("Set by your organisation's policy")).toBeTruthy();
  for (const item of [feed, policy]) {
    expect(
      within(item)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Export']);
    expect(within(item).queryByLabelText('Replace with a new file')).toBeNull();
    expect(item.textContent).not.toMatch(/imported /);
  }
  expect(screen.queryByRole('listitem', { name: 'written.json' })).toBeNull();
  fireEvent.click(within(feed).getByRole('button', { name: 'Export' }));
  expect(names).toEqual(['team.json']);
  return blobs[0]?.text().then((text) => expect(text).toBe(`${JSON.stringify(bundled(), null, 2)}\n`));
});

test('only written ones: nothing imported yet', () => {
  page([imported('written', { written: true })]);
  expect(screen.getByText('Nothing imported yet.')).toBeTruthy();
});

test('a delete the background refuses says why', async () => {
  const api = fakeApi();
  api.deleteOrg.mockRejectedValueOnce(new Error('storage is full'));
  const { onChanged } = page([imported('acme')], api);
  fireEvent.click(screen.getByRole('button', { name: 'Delete acme.json' }));
  expect((await screen.findByRole('alert')).textContent).toMatch(/storage is full/i);
  expect(onChanged).not.toHaveBeenCalled();
});
