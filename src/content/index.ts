/**
 * The content script, on vendor hosts only (and injected by the background when a single-page app navigates into
 * a rated path of a shared host). Detection is pure and local, from this host's record in storage: on a page that
 * is not a rated product's, nothing is sent and nothing is shown. This file only wires the watcher to the page.
 */
import { bareHost } from '../core/url.ts';
import type { MessageType, RequestInput } from '../shared/protocol.ts';
import { mountBadge } from './badge.ts';
import { ext, type ChangeListener } from './ext.ts';
import { createWatcher } from './watcher.ts';

/** The Navigation API, where the browser has it: it sees the page's own pushState calls. */
interface NavigationLike extends EventTarget {
  currentEntry: unknown;
}

/** Set on this isolated world's global (never the page's): the script may be injected into a page twice. */
const RUNNING = 'psfLens';
const scope = globalThis as Record<string, unknown>;

function start(): void {
  // The reply is not awaited for anything the page shows; a rejection means PSF Lens went away under the page.
  // Async, so that the throw of a script orphaned by an update ("Extension context invalidated") is a rejection too.
  const send = async <K extends MessageType>(type: K, request: RequestInput<K>) =>
    ext.runtime.sendMessage({ ...request, type });
  const watcher = createWatcher(bareHost(location.hostname), document, {
    read: (keys) => ext.storage.local.get(keys),
    watch(listener) {
      const relay: ChangeListener = (changes, area) => area === 'local' && listener(changes);
      ext.storage.onChanged.addListener(relay);
      return () => ext.storage.onChanged.removeListener(relay);
    },
    tell: (report) => (report ? send('page-product', report) : send('page-left', {})),
    mount: mountBadge,
    actions: {
      open: () => void send('open-details', {}).catch(() => watcher.stop()),
      hide: () => void send('hide-badge-here', {}).catch(() => watcher.stop()),
    },
  });

  const check = () => void watcher.check();
  // Stryker disable next-line ObjectLiteral: a listener left on a stopped watcher calls what then does nothing.
  const options = { signal: watcher.stopped };
  const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
  // The Navigation API sees pushState, back and forward. Without it (older Firefox), pushState from the page
  // is invisible here, so look at the URL now and then, and at once on back and forward.
  if (navigation) {
    navigation.addEventListener('currententrychange', check, options);
  } else {
    const timer = setInterval(check, 1000);
    watcher.stopped.addEventListener('abort', () => clearInterval(timer));
    addEventListener('popstate', check, options);
  }
  // Page scripts can fire these too: only the browser's own (trusted) ones count.
  addEventListener('pagehide', (event) => event.isTrusted && watcher.leave(), options);
  addEventListener('pageshow', (event) => event.isTrusted && event.persisted && void watcher.check(true), options);
  check();
}

if (window === window.top && !Object.hasOwn(scope, RUNNING)) {
  // Stryker disable next-line BooleanLiteral: the guard asks whether the name is there, not what it holds.
  scope[RUNNING] = true;
  start();
}
