import { render } from 'preact';
import { send } from '../shared/send.ts';
import type { WorkspaceApi } from './api.ts';
import { WorkspaceApp } from './app.tsx';
import '../ui/components.css';
import './workspace.css';
import './controls.css';
import './library.css';
import './compare.css';
import './checklist.css';

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
};

const root = document.getElementById('app');
if (root) render(<WorkspaceApp api={api} />, root);
