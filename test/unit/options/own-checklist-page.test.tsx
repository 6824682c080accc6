// @vitest-environment happy-dom
// The checklist of the organisation's own assessment, in the workspace over the real background: reached from the
// product page and from the comparison's findings, labelled as the organisation's, saved under its key, and
// exported with the organisation's credit, not PAI's.
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { actionsExport } from '../../../src/core/export.ts';
import { ownKey } from '../../../src/core/own-key.ts';
import { bundled } from '../helpers/dataset.ts';
import { captureDownloads } from '../helpers/downloads.ts';
import { fakeApi, go, openAt } from './workspace-fixture.tsx';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const ALLOWLIST = 'openai-codex-sites-plugins.d1.plugin-allowlist';
const KEY = ownKey('acme', 'acme-codex');

/** The workspace's API with the team's own review of OpenAI Codex imported (PAI's actions to start from). */
async function withOwnReview() {
  const api = fakeApi();
  await api.background.keeper.ensure();
  const own = bundled();
  const pai = own.assessments.find((a) => a.productId === 'openai-codex')!;
  own.products = own.products.filter((p) => p.id === 'openai-codex');
  own.assessments = [{ ...pai, id: 'acme-codex', title: 'Acme review of Codex', url: 'https://wiki.acme.example/c' }];
  const text = JSON.stringify(own);
  await api.background.handlers['org-import']({ type: 'org-import', name: 'acme.json', text }, { from: 'ui' });
  return api;
}

test('the product page leads to it, and it is the organisation’s: labelled, saved under its key, apart from PAI’s', async () => {
  const api = await withOwnReview();
  await openAt('#/product/openai-codex', api);
  const section = screen.getByRole('region', { name: "Your organisation's assessment: Acme review of Codex" });
  const track = within(section).getByRole('link', { name: 'Track its actions' });
  expect(track.getAttribute('href')).toBe(`#/checklist/${encodeURIComponent(KEY)}`);

  await go(track.getAttribute('href')!);
  const heading = await screen.findByRole('heading', {
    level: 1,
    name: "Action checklist: OpenAI Codex (your organisation's assessment)",
  });
  expect(heading).toBeTruthy();
  expect(document.title).toBe("Checklist: OpenAI Codex (your organisation's assessment) · PSF Lens workspace");
  expect(screen.getByText("Your organisation's assessment · from “acme.json” · not PAI's")).toBeTruthy();
  const from = await screen.findByRole('link', { name: /Acme review of Codex/ });
  expect(from.getAttribute('href')).toBe('https://wiki.acme.example/c');
  // The organisation's texts are in its own language, not marked as PAI's English.
  expect(from.querySelector('[lang]')).toBeNull();

  const row = (await screen.findAllByRole('listitem')).find((li) => li.id.includes(ALLOWLIST))!;
  expect(row.querySelector('.action-text')?.hasAttribute('lang')).toBe(false);
  fireEvent.change(within(row).getByLabelText('Status'), { target: { value: 'done' } });
  await vi.waitFor(async () => expect((await api.stored(KEY, ALLOWLIST))?.status).toBe('done'));
  expect(await api.stored('openai-codex', ALLOWLIST)).toBeUndefined();
});

test('the comparison’s findings of the organisation’s column lead to its checklist', async () => {
  const api = await withOwnReview();
  await openAt(`#/compare?products=openai-codex,${encodeURIComponent(KEY)}`, api);
  fireEvent.click(screen.getByRole('button', { name: /OpenAI Codex \(your organisation's assessment\), D1/ }));
  expect(screen.getByRole('link', { name: 'Track these actions in the checklist' }).getAttribute('href')).toBe(
    `#/checklist/${encodeURIComponent(KEY)}`,
  );
});

test('once its file is deleted, its checklist’s link says the organisation’s assessment is gone, not a PAI product', async () => {
  const api = await withOwnReview();
  await api.background.handlers['org-delete']({ type: 'org-delete', id: 'acme' }, { from: 'ui' });
  await openAt(`#/checklist/${encodeURIComponent(KEY)}`, api);
  expect(await screen.findByRole('heading', { level: 1, name: 'Assessment not found' })).toBeTruthy();
  const said = screen.getByText(/is no longer there/);
  expect(said.textContent).toBe(
    "Your organisation's assessment acme-codex is no longer there: the file it came from was deleted, or replaced by a " +
      'version without it. So there is no checklist to show. The link may be old.',
  );
  expect(screen.queryByText(/PSF library/)).toBeNull();
});

test.each([
  ['shown again', document, 'visibilitychange'],
  ['its window focused again', window, 'focus'],
] as const)('a tab %s after the file was deleted in another shows the assessment gone', async (_, target, type) => {
  const api = await withOwnReview();
  await openAt(`#/compare?products=openai-codex,${encodeURIComponent(KEY)}`, api);
  expect(within(screen.getByRole('table')).getAllByRole('columnheader')).toHaveLength(3);
  // Another tab deletes the file; this one is shown again.
  await api.background.handlers['org-delete']({ type: 'org-delete', id: 'acme' }, { from: 'ui' });
  target.dispatchEvent(new Event(type));
  expect(await screen.findByText(/No longer among your organisation's assessments/)).toBeTruthy();
  expect(screen.queryByRole('table')).toBeNull();
});

test('its exports credit the organisation, not the PSF’s publisher', async () => {
  const api = await withOwnReview();
  const { blobs, names } = captureDownloads();
  await openAt(`#/checklist/${encodeURIComponent(KEY)}`, api);
  const exports = await screen.findByRole('group', { name: 'Export the checklist' });
  for (const label of ['Markdown', 'CSV', 'JSON'])
    fireEvent.click(within(exports).getByRole('button', { name: label }));
  expect(names).toEqual([
    'psf-actions-openai-codex-own-acme-codex.md',
    'psf-actions-openai-codex-own-acme-codex.csv',
    'psf-actions-openai-codex-own-acme-codex.json',
  ]);
  const md = await blobs[0]!.text();
  expect(md).toContain('From your organisation\'s assessment "Acme review of Codex": <https://wiki.acme.example/c>');
  expect(md).toContain(
    'Source: your organisation\'s own assessment, from "acme.json"; not the Production AI Institute\'s.',
  );
  expect(md).not.toContain('CC BY');
  const csv = await blobs[1]!.text();
  expect(csv.split('\r\n')[1]).toContain('your organisation\'s own assessment, from ""acme.json""');
  expect(csv).not.toContain('CC BY');
  const json = JSON.parse(await blobs[2]!.text());
  expect(json.assessedBy).toEqual({ organisation: 'acme.json' });
  expect(json.source).toBeUndefined();
  // PAI's checklist of the product still credits the PSF.
  const pai = bundled().assessments.find((a) => a.productId === 'openai-codex')!;
  const product = bundled().products.find((p) => p.id === 'openai-codex')!;
  const ds = bundled();
  expect(actionsExport({ product, assessment: pai }, [], ds.domains, ds, 'md')).toContain('CC BY');
});

test('a bookmark of an earlier version, naming a policy’s dataset by its place, opens its checklist as kept', async () => {
  const own = bundled();
  const pai = own.assessments.find((a) => a.productId === 'openai-codex')!;
  own.products = own.products.filter((p) => p.id === 'openai-codex');
  own.assessments = [{ ...pai, id: 'bank-codex', title: 'Bank review of Codex' }];
  const former = 'own:policy-1:bank-codex';
  const key = ownKey('policy_bank-policy', 'bank-codex');
  const api = fakeApi({
    managed: { organisationDatasets: [{ name: 'Bank policy', json: JSON.stringify(own) }] },
    states: [
      {
        productId: former,
        actionId: ALLOWLIST,
        assessmentId: 'bank-codex',
        domain: 'D1',
        text: 'Allow only approved plugins',
        status: 'in-progress',
        owner: 'Sam',
        due: '',
        notes: '',
        updatedAt: 1,
      },
    ],
  });
  await openAt(`#/checklist/${encodeURIComponent(former)}`, api);
  await screen.findByRole('heading', {
    level: 1,
    name: "Action checklist: OpenAI Codex (your organisation's assessment)",
  });
  const row = (await screen.findAllByRole('listitem')).find((li) => li.id.includes(ALLOWLIST))!;
  await vi.waitFor(() => expect((within(row).getByLabelText('Owner') as HTMLInputElement).value).toBe('Sam'));
  fireEvent.change(within(row).getByLabelText('Status'), { target: { value: 'done' } });
  await vi.waitFor(async () => expect((await api.stored(key, ALLOWLIST))?.status).toBe('done'));
  expect(await api.stored(key, ALLOWLIST)).toMatchObject({ owner: 'Sam' });
  expect(await api.stored(former, ALLOWLIST)).toBeUndefined();
});

test('a checklist kept after its file went is listed on the organisation page, opened, exported and deleted', async () => {
  const api = await withOwnReview();
  await api.updateAction(KEY, ALLOWLIST, { status: 'done', notes: 'Allowlist in place' });
  await api.background.handlers['org-delete']({ type: 'org-delete', id: 'acme' }, { from: 'ui' });
  await openAt('#/organisation', api);
  const link = await screen.findByRole('link', { name: 'acme-codex (from “acme”)' });
  expect(link.closest('p')?.textContent).toBe(
    "Your checklists of the organisation's assessments no longer loaded are kept: acme-codex (from “acme”).",
  );

  await go(link.getAttribute('href')!);
  await screen.findByRole('heading', {
    level: 1,
    name: "Action checklist: acme-codex (your organisation's assessment)",
  });
  expect((await screen.findByText(/is no longer loaded/)).textContent).toMatch(
    /^Your organisation's assessment acme-codex \(from “acme”\) is no longer loaded: /,
  );
  const row = (await screen.findAllByRole('listitem')).find((li) => li.id.includes(ALLOWLIST))!;
  expect(row.closest('section')?.classList.contains('retired')).toBe(true);
  expect(screen.queryByText(/current assessment no longer lists/)).toBeNull();
  expect((within(row).getByLabelText('Notes') as HTMLTextAreaElement).value).toBe('Allowlist in place');
  const { blobs, names } = captureDownloads();
  const exports = screen.getByRole('group', { name: 'Export the checklist' });
  fireEvent.click(within(exports).getByRole('button', { name: 'CSV' }));
  expect(names).toEqual(['psf-actions-acme-codex-own.csv']);
  const csv = await blobs[0]!.text();
  expect(csv).toContain('Allowlist in place');
  expect(csv).not.toContain('CC BY');

  fireEvent.click(screen.getByRole('button', { name: 'Delete this checklist…' }));
  const group = screen.getByRole('group', { name: /Delete what you recorded on these actions for good\?/ });
  fireEvent.click(within(group).getByRole('button', { name: 'Keep it' }));
  expect(await api.stored(KEY, ALLOWLIST)).toBeDefined();
  fireEvent.click(screen.getByRole('button', { name: 'Delete this checklist…' }));
  fireEvent.click(screen.getByRole('button', { name: 'Delete for good' }));
  const h = await screen.findByRole('heading', { level: 1, name: 'Deleted the checklist of acme-codex.' });
  // The pressed button went with the checklist: the keyboard is on what is said instead.
  await vi.waitFor(() => expect(document.activeElement).toBe(h));
  expect(await api.stored(KEY, ALLOWLIST)).toBeUndefined();
  await go('#/organisation');
  await screen.findByRole('heading', { level: 1, name: "Your organisation's assessments" });
  // Once the library is read again (the delete asked for it): no longer listed.
  await vi.waitFor(() => expect(screen.queryByText(/no longer loaded are kept/)).toBeNull());
});
