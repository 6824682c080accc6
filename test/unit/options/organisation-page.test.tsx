// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { OrganisationPage } from '../../../src/options/organisation-page.tsx';
import type { OrgDatasetView } from '../../../src/shared/messages.ts';
import { bundled } from '../helpers/dataset.ts';
import { watchEmptiedInputs } from '../helpers/file-inputs.ts';
import { fakeApi } from './workspace-fixture.tsx';
import { KeptOrganisation } from './org-kept.tsx';
import { press } from '../helpers/keyboard.ts';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });
const org: OrgDatasetView = { id: 'acme', name: 'acme.json', importedAt: Date.UTC(2026, 10, 1), dataset: bundled() };

test('a refused file lists every problem with its path, and nothing is reported as imported', async () => {
  const api = fakeApi();
  api.importOrg.mockResolvedValueOnce({
    kind: 'refused',
    issues: [{ path: '$.assessments[0].url', message: 'must be an https: link' }],
  });
  const onChanged = vi.fn();
  render(<OrganisationPage organisation={[]} api={api} onChanged={onChanged} />);
  fireEvent.change(screen.getByLabelText('Import a dataset file (JSON)'), {
    target: { files: [file('bad.json', '{}')] },
  });
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toMatch(
    /bad\.json was not imported, and nothing changed: 1 problem\..*\$\.assessments\[0\]\.url: This link must be an https:\/\/ address\./s,
  );
  expect(onChanged).not.toHaveBeenCalled();
  expect(screen.getByText('Nothing imported yet.')).toBeTruthy();
});

test('a good file is imported, named, and the library reloads', async () => {
  const api = fakeApi();
  api.importOrg.mockResolvedValueOnce({ kind: 'imported', id: 'acme', importedAt: 1, products: 1, assessments: 2 });
  const onChanged = vi.fn();
  render(<OrganisationPage organisation={[]} api={api} onChanged={onChanged} />);
  fireEvent.change(screen.getByLabelText('Import a dataset file (JSON)'), {
    target: { files: [file('acme.json', '{"x":1}')] },
  });
  expect(await screen.findByText('Imported acme.json: 1 product, 2 assessments.')).toBeTruthy();
  expect(api.importOrg).toHaveBeenCalledWith('acme.json', '{"x":1}', {});
  expect(onChanged).toHaveBeenCalledTimes(1);
});

test('a file saved in Windows-1252 by an editor reaches the import with its umlauts', async () => {
  const api = fakeApi();
  api.importOrg.mockResolvedValueOnce({ kind: 'imported', id: 'acme', importedAt: 1, products: 1, assessments: 1 });
  render(<OrganisationPage organisation={[]} api={api} onChanged={() => {}} />);
  const text = '{"publisher":"Sicherheitsprüfung Müller"}';
  fireEvent.change(screen.getByLabelText('Import a dataset file (JSON)'), {
    target: { files: [new File([Uint8Array.from(text, (c) => c.charCodeAt(0))], 'acme.json')] },
  });
  await screen.findByText('Imported acme.json: 1 product, 1 assessment.');
  expect(api.importOrg).toHaveBeenCalledWith('acme.json', text, {});
});

test('each import can be replaced in place and deleted', async () => {
  const api = fakeApi();
  api.importOrg.mockResolvedValueOnce({ kind: 'imported', id: 'acme', importedAt: 1, products: 16, assessments: 16 });
  const onChanged = vi.fn();
  render(<OrganisationPage organisation={[org]} api={api} onChanged={onChanged} />);
  const { version, products, assessments } = bundled();
  expect(screen.getByRole('listitem', { name: 'acme.json' }).textContent).toContain(
    `version ${version} · ${products.length} products, ${assessments.length} assessments`,
  );
  fireEvent.change(screen.getByLabelText('Replace with a new file'), {
    target: { files: [file('acme-v2.json', '{}')] },
  });
  await waitFor(() => expect(api.importOrg).toHaveBeenCalledWith('acme.json', '{}', { replaces: 'acme' }));
  fireEvent.click(screen.getByRole('button', { name: 'Delete acme.json' }));
  await waitFor(() => expect(api.deleteOrg).toHaveBeenCalledWith('acme'));
  expect((await screen.findByRole('status')).textContent).toBe('Deleted acme.json. Undo');
});

test('a deleted import comes back with Undo as it was, and the keyboard follows it', async () => {
  const api = fakeApi();
  await api.importOrg('acme.json', JSON.stringify(bundled()));
  const stored = async () => ((await api.library()) as { organisation?: OrgDatasetView[] }).organisation ?? [];
  const [before] = await stored();
  render(<KeptOrganisation api={api} />);
  await screen.findByRole('listitem', { name: 'acme.json' });
  press('Delete acme.json');
  const undo = await screen.findByRole('button', { name: 'Undo' });
  await waitFor(() => expect(document.activeElement).toBe(undo));
  expect(screen.getByRole('status').textContent).toBe('Deleted acme.json. Undo');
  await waitFor(() => expect(screen.getByText('Nothing imported yet.')).toBeTruthy());
  expect(await stored()).toEqual([]);
  press('Undo');
  const item = await screen.findByRole('listitem', { name: 'acme.json' });
  await waitFor(() => expect(document.activeElement).toBe(within(item).getAllByRole('button')[0]));
  expect(await stored()).toEqual([before]);
  expect(screen.queryByRole('status')).toBeNull();
});

test('an Undo the background refuses says why, and offers nothing it cannot do', async () => {
  const api = fakeApi();
  api.restoreOrg.mockRejectedValueOnce(new Error('storage is full'));
  render(<OrganisationPage organisation={[org]} api={api} onChanged={vi.fn()} />);
  fireEvent.click(screen.getByRole('button', { name: 'Delete acme.json' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
  expect((await screen.findByRole('alert')).textContent).toMatch(/storage is full/i);
  expect(api.restoreOrg).toHaveBeenCalledWith(org);
  cleanup();
  api.restoreOrg.mockResolvedValueOnce({ kind: 'refused', issues: [{ path: '$.version', message: 'is missing' }] });
  render(<OrganisationPage organisation={[org]} api={api} onChanged={vi.fn()} />);
  fireEvent.click(screen.getByRole('button', { name: 'Delete acme.json' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
  expect((await screen.findByRole('alert')).textContent).toMatch(/acme\.json.*\$\.version: is missing/s);
});

test('the same file chosen again after a refusal is read again: each file input is emptied once its file is taken', async () => {
  const emptied = watchEmptiedInputs();
  const api = fakeApi();
  api.importOrg.mockResolvedValue({ kind: 'refused', issues: [{ path: '$', message: 'must be an object' }] });
  render(<OrganisationPage organisation={[org]} api={api} onChanged={vi.fn()} />);
  const [importInput, replaceInput] = [
    screen.getByLabelText('Import a dataset file (JSON)'),
    screen.getByLabelText('Replace with a new file'),
  ];
  fireEvent.change(importInput, { target: { files: [file('bad.json', '[]')] } });
  await screen.findByRole('alert');
  expect(emptied(importInput)).toBe(true);
  expect(emptied(replaceInput)).toBe(false);
  fireEvent.change(replaceInput, { target: { files: [file('bad.json', '[]')] } });
  await waitFor(() => expect(api.importOrg).toHaveBeenCalledTimes(2));
  expect(emptied(replaceInput)).toBe(true);
});
