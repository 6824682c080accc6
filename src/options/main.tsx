import { render } from 'preact';
import browser from 'webextension-polyfill';
import { send } from '../shared/send.ts';
import { WorkspaceApp } from './app.tsx';
import { workspaceApi } from './workspace-api.ts';
import './workspace.css';
import './controls.css';
import './library.css';
import './compare.css';
import './checklist.css';
import './org-editor.css';
import './questionnaire.css';

const api = workspaceApi(send, (origins) =>
  origins.length ? browser.permissions.request({ origins }) : Promise.resolve(true),
);

const root = document.getElementById('app');
if (root) render(<WorkspaceApp api={api} />, root);
