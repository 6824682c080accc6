import { render } from 'preact';
import { ext } from '../shared/ext.ts';
import { pageLanguage } from '../shared/page-language.ts';
import { send } from '../shared/send.ts';
import './popup.css';
import { PopupApp, type PopupApi } from './app.tsx';

/** `?tabId=<id>` opens the popup for a given tab in a normal tab (for screenshots, tests and the badge). */
async function targetTab(): Promise<number> {
  // No parameter reads as "null", which is no tab id either.
  const param = String(new URLSearchParams(location.search).get('tabId'));
  if (/^\d+$/.test(param)) return Number(param);
  const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
  // Stryker disable next-line OptionalChaining,StringLiteral: no tab and a tab without an id end in the one error.
  if (tab?.id === undefined) throw new Error('no active tab');
  return tab.id;
}

const api: PopupApi = {
  load: async (productId) => send('tab-view', { tabId: await targetTab(), ...(productId ? { productId } : {}) }),
  setSiteHidden: async (site, hidden) => {
    await send('set-site-hidden', { site, hidden });
  },
  launcher: () => send('launcher', {}),
  workspaceHref: (path) => `${ext.runtime.getURL('src/options/index.html')}#${path}`,
};

if (new URLSearchParams(location.search).has('tabId')) document.documentElement.classList.add('in-tab');
const root = document.getElementById('app');
// The page's language first (a local file, read in a few milliseconds), then the page; English if it cannot be read.
void pageLanguage()
  .catch(() => undefined)
  .then(() => root && render(<PopupApp api={api} />, root));
