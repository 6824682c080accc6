import { render } from 'preact';
import browser from 'webextension-polyfill';
import { pageLanguage } from '../shared/page-language.ts';
import { send } from '../shared/send.ts';
import { WorkspaceApp } from './app.tsx';
import { workspaceApi } from './workspace-api.ts';
import type { WorkspaceApi } from './api.ts';
import { RULES_VERSION_KEY } from '../shared/storage-keys.ts';
import './workspace.css';
import './controls.css';
import './library.css';
import './compare.css';
import './checklist.css';
import './org-editor.css';
import './questionnaire.css';

const api: WorkspaceApi = {
  ...workspaceApi(send, {
    requestHosts: (origins) => (origins.length ? browser.permissions.request({ origins }) : Promise.resolve(true)),
    hasHosts: (origins) => browser.permissions.contains({ origins }),
    async removeHosts(origins) {
      // The end-to-end build requires the search engines' hosts, which cannot be removed; the store build can.
      // Stryker disable next-line ArrowFunction,BooleanLiteral: what a refusal answers is not read.
      await browser.permissions.remove({ origins }).catch(() => false);
    },
  }),
  // The badge's records are published again, under the new dataset's version, whenever a dataset is installed.
  onDatasetChanged(listener) {
    const changed = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && RULES_VERSION_KEY in changes) listener();
    };
    browser.storage.onChanged.addListener(changed);
    return () => browser.storage.onChanged.removeListener(changed);
  },
};

const root = document.getElementById('app');
// The page's language first (a local file, read in a few milliseconds), then the page; English if it cannot be read.
void pageLanguage()
  .catch(() => undefined)
  .then(() => root && render(<WorkspaceApp api={api} />, root));
