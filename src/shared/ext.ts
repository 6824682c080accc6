/**
 * The browser's own extension API, without webextension-polyfill, for the extension pages. In Manifest V3 both
 * Chrome's `chrome` and Firefox's `browser` return promises for what these pages call (runtime.sendMessage,
 * runtime.getURL, tabs.query, storage, i18n.getUILanguage), and the polyfill would cost the popup a third of its size budget.
 */
import type { Browser } from 'webextension-polyfill';

type Ext = Pick<Browser, 'runtime' | 'tabs' | 'storage' | 'i18n'>;
const scope = globalThis as unknown as { browser?: Ext; chrome?: Ext };

export const ext: Ext = (scope.browser ?? scope.chrome) as Ext;
