/**
 * The content script, on vendor hosts only. Detection is pure and local: on a page that is not a rated
 * product's, nothing is sent and nothing is shown. This file only wires the watcher to the page's events.
 */
import browser from 'webextension-polyfill';
import type { CompiledRule } from '../core/detect.ts';
import { bareHost } from '../core/url.ts';
import { rulesKey } from '../shared/storage-keys.ts';
import { send } from '../shared/send.ts';
import { mountBadge } from './badge.ts';
import { createWatcher } from './watcher.ts';

/** The Navigation API, where the browser has it: it sees the page's own pushState calls. */
interface NavigationLike extends EventTarget {
  currentEntry: unknown;
}

const watcher = createWatcher(bareHost(location.hostname), document, {
  async rules(site) {
    const stored = await browser.storage.local.get(rulesKey(site));
    return stored[rulesKey(site)] as CompiledRule[] | undefined;
  },
  lookup: (url, { productId, confidence, via, reason }) =>
    send('lookup', { url, productId, detection: { confidence, via, reason } }),
  pageLeft: () => send('page-left', {}),
  mount: mountBadge,
  actions: {
    open: () => void send('open-details', {}).catch(() => watcher.stop()),
    hide: () => void send('hide-badge-here', {}).catch(() => watcher.stop()),
  },
});

const check = () => void watcher.check();
const options = { signal: watcher.stopped };
const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
if (navigation) {
  navigation.addEventListener('currententrychange', check, options);
} else {
  // No Navigation API: history.pushState from the page is invisible here, so look at the URL now and then.
  const timer = setInterval(check, 1000);
  watcher.stopped.addEventListener('abort', () => clearInterval(timer));
}
addEventListener('popstate', check, options);
addEventListener('pagehide', () => watcher.leave(), options);
addEventListener('pageshow', (event) => event.persisted && void watcher.check(true), options);
check();
