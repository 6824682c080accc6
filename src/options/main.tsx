import { render } from 'preact';
import browser from 'webextension-polyfill';
import { send } from '../shared/send.ts';
import type { WorkspaceApi } from './api.ts';
import { WorkspaceApp } from './app.tsx';
import './workspace.css';
import './controls.css';
import './library.css';
import './compare.css';
import './checklist.css';
import './org-editor.css';
import './questionnaire.css';

const api: WorkspaceApi = {
  library: () => send('library', {}),
  checklist: async (productId) => (await send('checklist', { productId })).states,
  updateAction: async (productId, actionId, patch) =>
    (await send('update-action', { productId, actionId, patch })).state,
  settings: () => send('settings', {}),
  saveSettings: (patch) => send('save-settings', { patch }),
  updateNow: () => send('update-now', {}),
  watchState: (productId) => send('watch-state', { productId }),
  setWatched: (productId, watched) => send('set-watched', { productId, watched }),
  importOrg: (name, text, replaces) => send('org-import', { name, text, ...(replaces ? { replaces } : {}) }),
  deleteOrg: async (id) => {
    await send('org-delete', { id });
  },
  orgRecords: () => send('org-records', {}),
  saveDraft: async (id, draft) => (await send('org-save-draft', { id, draft })).updatedAt,
  saveVersion: (id) => send('org-save-version', { id }),
  deleteRecord: async (id) => {
    await send('org-delete-record', { id });
  },
  restoreRecord: async (id) => {
    await send('org-restore-record', { id });
  },
  questionnaire: (productId, basis) => send('questionnaire', { productId, ...(basis ? { basis } : {}) }),
  importAnswers: (productId, text, basis) =>
    send('questionnaire-import', { productId, text, ...(basis ? { basis } : {}) }),
  requestHosts: (origins) => (origins.length ? browser.permissions.request({ origins }) : Promise.resolve(true)),
};

const root = document.getElementById('app');
if (root) render(<WorkspaceApp api={api} />, root);
