/**
 * The content script, on vendor hosts only: detect -> ask the background once -> mount the badge -> clean up.
 * Detection is pure and local: on a page that is not a rated product's, nothing is sent and nothing is shown.
 */
import browser from 'webextension-polyfill';
import { detect, type CompiledRule } from '../core/detect.ts';
import { bareHost } from '../core/url.ts';
import { rulesKey } from '../shared/rule-store.ts';
import { send } from '../shared/send.ts';
import { mountBadge } from './badge.ts';
import { readSignals } from './signals.ts';

/** The Navigation API, where the browser has it: it sees the page's own pushState calls. */
interface NavigationLike extends EventTarget {
  currentEntry: unknown;
}

const site = bareHost(location.hostname);
const teardown = new AbortController();
let page: AbortController | null = null;
let lastUrl = '';
let reported = false;

function stop(): void {
  page?.abort();
  teardown.abort();
}

/** Sends a message; a failure means PSF Lens was updated or removed under this page, so it bows out. */
async function ask<T>(request: () => Promise<T>): Promise<T | null> {
  try {
    return await request();
  } catch {
    stop();
    return null;
  }
}

async function check(): Promise<void> {
  const url = location.href.split('#')[0] ?? '';
  if (url === lastUrl || teardown.signal.aborted) return;
  lastUrl = url;
  page?.abort();
  const current = new AbortController();
  page = current;

  const stored = await ask(() => browser.storage.local.get(rulesKey(site)));
  const rules = stored?.[rulesKey(site)] as CompiledRule[] | undefined;
  if (!rules || current.signal.aborted) return;
  // Stored in match order already (see ruleEntries), so they index as they are.
  const found = detect({ byHost: new Map([[site, rules]]), ruleCount: rules.length }, url, () => readSignals(document));
  if (found.kind !== 'match') {
    if (reported) {
      reported = false;
      await ask(() => send('page-left', {}));
    }
    return;
  }
  const { productId, confidence, via, reason } = found;
  const reply = await ask(() => send('lookup', { productId, detection: { confidence, via, reason } }));
  reported = true;
  // A late answer for a page the user has already left must not land on the new one.
  if (!reply || current.signal.aborted) return;
  if ((reply.kind === 'found' || reply.kind === 'not-assessed') && reply.showBadge) {
    mountBadge(reply, site, current.signal, {
      open: () => void ask(() => send('open-details', {})),
      hide: () => void ask(() => send('hide-badge-here', {})),
    });
  }
}

const options = { signal: teardown.signal };
const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
if (navigation) {
  navigation.addEventListener('currententrychange', () => void check(), options);
} else {
  // No Navigation API: history.pushState from the page is invisible here, so look at the URL now and then.
  const timer = setInterval(() => void check(), 1000);
  teardown.signal.addEventListener('abort', () => clearInterval(timer));
}
addEventListener('popstate', () => void check(), options);
addEventListener('pagehide', () => page?.abort(), options);
addEventListener(
  'pageshow',
  (event) => {
    if (event.persisted) {
      lastUrl = '';
      void check();
    }
  },
  options,
);
void check();
