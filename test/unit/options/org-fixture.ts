/**
 * The workspace's API over the real background handlers and a fake-indexeddb database, as main.tsx wires it
 * to messages: what the organisation pages do is what the background stores. `name` reopens the same database
 * (a closed tab or a restarted browser).
 */
import { vi } from 'vitest';
import type { Context } from '../../../src/background/types.ts';
import type { WorkspaceApi } from '../../../src/options/api.ts';
import { testBackground } from '../helpers/deps.ts';
import { fakeApi } from './workspace-fixture.tsx';

const UI: Context = { from: 'ui' };

export async function orgApi(name?: string) {
  const bg = testBackground(name ? { name } : {});
  await bg.keeper.ensure();
  const h = bg.handlers;
  const requestHosts = vi.fn(async (_origins: string[]) => true);
  const api: WorkspaceApi = {
    ...fakeApi(),
    library: () => h.library({ type: 'library' }, UI),
    orgRecords: () => h['org-records']({ type: 'org-records' }, UI),
    saveDraft: async (id, draft) => (await h['org-save-draft']({ type: 'org-save-draft', id, draft }, UI)).updatedAt,
    saveVersion: (id) => h['org-save-version']({ type: 'org-save-version', id }, UI),
    deleteRecord: async (id) => void (await h['org-delete-record']({ type: 'org-delete-record', id }, UI)),
    restoreRecord: async (id) => void (await h['org-restore-record']({ type: 'org-restore-record', id }, UI)),
    questionnaire: (productId, basis) => h.questionnaire({ type: 'questionnaire', productId, basis }, UI),
    importAnswers: (productId, text, basis) =>
      h['questionnaire-import']({ type: 'questionnaire-import', productId, text, basis }, UI),
    requestHosts,
  };
  return { api, requestHosts, name: bg.name, handlers: h };
}
