// Each thing the workspace asks becomes exactly one message to the background, with exactly the fields its request
// allows (an optional field is left out, not sent empty), and the page gets back the part of the reply it uses.
import { expect, test, vi } from 'vitest';
import type { OrgDraft } from '../../../src/core/org-draft.ts';
import type { HostAccess, WorkspaceApi } from '../../../src/options/api.ts';
import { workspaceApi, type Ask } from '../../../src/options/workspace-api.ts';

const hosts: HostAccess = {
  requestHosts: async () => true,
  hasHosts: async () => false,
  removeHosts: async () => {},
};

/** A reply the test recognises, whatever its shape. */
const REPLY = { kind: 'reply', states: ['s'], state: 'one state', updatedAt: 42 };
const draft = { name: 'Acme Agent' } as unknown as OrgDraft;

type Case = [string, (api: WorkspaceApi) => Promise<unknown>, string, Record<string, unknown>, unknown];

const CASES: Case[] = [
  ['library', (api) => api.library(), 'library', {}, REPLY],
  ['checklist', (api) => api.checklist('p'), 'checklist', { productId: 'p' }, ['s']],
  [
    'updateAction',
    (api) => api.updateAction('p', 'a', { status: 'done' }),
    'update-action',
    { productId: 'p', actionId: 'a', patch: { status: 'done' } },
    'one state',
  ],
  ['settings', (api) => api.settings(), 'settings', {}, REPLY],
  [
    'saveSettings',
    (api) => api.saveSettings({ badgeEnabled: false }),
    'save-settings',
    { patch: { badgeEnabled: false } },
    REPLY,
  ],
  ['updateNow', (api) => api.updateNow(), 'update-now', {}, REPLY],
  ['watchState', (api) => api.watchState('p'), 'watch-state', { productId: 'p' }, REPLY],
  ['setWatched', (api) => api.setWatched('p', true), 'set-watched', { productId: 'p', watched: true }, REPLY],
  ['importOrg, new', (api) => api.importOrg('n', 't'), 'org-import', { name: 'n', text: 't' }, REPLY],
  [
    'importOrg, replacing one',
    (api) => api.importOrg('n', 't', { replaces: 'o1' }),
    'org-import',
    { name: 'n', text: 't', replaces: 'o1' },
    REPLY,
  ],
  [
    'importOrg, beside an earlier version',
    (api) => api.importOrg('n', 't', { alongside: true }),
    'org-import',
    { name: 'n', text: 't', alongside: true },
    REPLY,
  ],
  ['deleteOrg', (api) => api.deleteOrg('o1'), 'org-delete', { id: 'o1' }, undefined],
  [
    'restoreOrg',
    (api) => api.restoreOrg({ id: 'o1', name: 'n', importedAt: 5, dataset: { version: '1' } as never }),
    'org-import',
    { name: 'n', text: '{"version":"1"}', restore: { id: 'o1', importedAt: 5 } },
    REPLY,
  ],
  [
    'revertOrg',
    (api) => api.revertOrg({ id: 'o1', name: 'n', importedAt: 5, dataset: { version: '1' } as never }, 9),
    'org-import',
    { name: 'n', text: '{"version":"1"}', replaces: 'o1', restore: { id: 'o1', importedAt: 5, over: 9 } },
    REPLY,
  ],
  ['orgRecords', (api) => api.orgRecords(), 'org-records', {}, REPLY],
  ['saveDraft', (api) => api.saveDraft('r1', draft), 'org-save-draft', { id: 'r1', draft }, 42],
  ['saveVersion', (api) => api.saveVersion('r1'), 'org-save-version', { id: 'r1' }, REPLY],
  ['deleteRecord', (api) => api.deleteRecord('r1'), 'org-delete-record', { id: 'r1' }, undefined],
  ['restoreRecord', (api) => api.restoreRecord('r1'), 'org-restore-record', { id: 'r1' }, undefined],
  ['keepMine', (api) => api.keepMine('r1'), 'org-keep-mine', { id: 'r1' }, undefined],
  ['questionnaire, PAI by default', (api) => api.questionnaire('p'), 'questionnaire', { productId: 'p' }, REPLY],
  [
    'questionnaire, organisation',
    (api) => api.questionnaire('p', 'organisation'),
    'questionnaire',
    { productId: 'p', basis: 'organisation' },
    REPLY,
  ],
  [
    'importAnswers',
    (api) => api.importAnswers('p', 'csv'),
    'questionnaire-import',
    { productId: 'p', text: 'csv' },
    REPLY,
  ],
  [
    'importAnswers, PAI',
    (api) => api.importAnswers('p', 'csv', 'pai'),
    'questionnaire-import',
    { productId: 'p', text: 'csv', basis: 'pai' },
    REPLY,
  ],
  ['undoAnswers', (api) => api.undoAnswers('p', 'i1'), 'questionnaire-undo', { productId: 'p', importId: 'i1' }, REPLY],
];

test.each(CASES)('%s', async (_, call, type, request, result) => {
  const ask = vi.fn(async () => REPLY);
  const api = workspaceApi(ask as unknown as Ask, hosts);
  await expect(call(api)).resolves.toEqual(result);
  expect(ask.mock.calls).toEqual([[type, request]]);
});

test('a refusal from the background reaches the page as it came', async () => {
  const api = workspaceApi((async () => Promise.reject(new Error('no answer to checklist'))) as Ask, hosts);
  await expect(api.checklist('p')).rejects.toThrow('no answer to checklist');
  await expect(api.deleteRecord('r1')).rejects.toThrow('no answer to checklist');
});

test('the browser’s permission calls are the ones given, untouched', () => {
  const api = workspaceApi(vi.fn() as unknown as Ask, hosts);
  expect(api.requestHosts).toBe(hosts.requestHosts);
  expect(api.hasHosts).toBe(hosts.hasHosts);
  expect(api.removeHosts).toBe(hosts.removeHosts);
});
