/**
 * The browser's extension API for the background, without webextension-polyfill: under Manifest V3 Chromium's
 * `chrome` returns promises for every call the background makes, as Firefox's `browser` does. The polyfill cost the
 * service worker about 40 KB of heap for all of its life (measured after GC through the DevTools protocol). The one
 * difference it papered over is answered where messages are: a listener answers through `sendResponse`.
 */
import type { Browser } from 'webextension-polyfill';

const scope = globalThis as unknown as { browser?: Browser; chrome?: Browser };

export const browser: Browser = (scope.browser ?? scope.chrome) as Browser;
