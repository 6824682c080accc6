/**
 * The workspace's API as messages to the background, one line per message. `ask` is `send` in the extension;
 * tests pass the background's own router, so the pages' tests run the real handlers behind the real mapping.
 */
import type { MessageType, Reply, RequestInput } from '../shared/protocol.ts';
import type { HostAccess, WorkspaceApi } from './api.ts';

export type Ask = <K extends MessageType>(type: K, request: RequestInput<K>) => Promise<Reply<K>>;

export function workspaceApi(ask: Ask, hosts: HostAccess): WorkspaceApi {
  return {
    ...hosts,
    library: () => ask('library', {}),
    checklist: async (productId) => (await ask('checklist', { productId })).states,
    updateAction: async (productId, actionId, patch) =>
      (await ask('update-action', { productId, actionId, patch })).state,
    settings: () => ask('settings', {}),
    saveSettings: (patch) => ask('save-settings', { patch }),
    updateNow: () => ask('update-now', {}),
    watchState: (productId) => ask('watch-state', { productId }),
    setWatched: (productId, watched) => ask('set-watched', { productId, watched }),
    importOrg: (name, text, how = {}) =>
      ask('org-import', {
        name,
        text,
        ...(how.replaces ? { replaces: how.replaces } : {}),
        ...(how.alongside ? { alongside: true as const } : {}),
      }),
    deleteChecklist: async (productId) => {
      await ask('checklist-delete', { productId });
    },
    deleteOrg: async (id) => {
      await ask('org-delete', { id });
    },
    restoreOrg: ({ id, name, importedAt, dataset }) =>
      ask('org-import', { name, text: JSON.stringify(dataset), restore: { id, importedAt } }),
    revertOrg: ({ id, name, importedAt, dataset }, over) =>
      ask('org-import', { name, text: JSON.stringify(dataset), replaces: id, restore: { id, importedAt, over } }),
    orgRecords: () => ask('org-records', {}),
    saveDraft: async (id, draft, since) =>
      (await ask('org-save-draft', { id, draft, ...(since === undefined ? {} : { since }) })).updatedAt,
    saveVersion: (id) => ask('org-save-version', { id }),
    deleteRecord: async (id) => {
      await ask('org-delete-record', { id });
    },
    restoreRecord: async (id) => {
      await ask('org-restore-record', { id });
    },
    keepMine: async (id) => {
      await ask('org-keep-mine', { id });
    },
    questionnaire: (productId, basis) => ask('questionnaire', { productId, ...(basis ? { basis } : {}) }),
    importAnswers: (productId, text, basis) =>
      ask('questionnaire-import', { productId, text, ...(basis ? { basis } : {}) }),
    undoAnswers: (productId, importId) => ask('questionnaire-undo', { productId, importId }),
  };
}
