/** The handlers' dependencies over an in-memory browser (fake-browser.ts), loaded afresh for each test. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { vi } from 'vitest';
import type { BrowserDeps } from '../../../src/background/browser-deps.ts';
import { fakeBrowser } from './fake-browser.ts';

/** A build whose manifest lists the content script, as crxjs writes it. */
export const MANIFEST = {
  version: '1.2.3',
  content_scripts: [{ js: ['assets/content.js'], run_at: 'document_idle', matches: ['https://openai.com/*'] }],
};

export interface StartOptions {
  manifest?: Record<string, unknown>;
  /** Browser members by path, in place of the fake's own (see fakeBrowser). */
  overrides?: Record<string, unknown>;
  /** In place of the fetch of PSF Lens's own package (`packaged`, the fake's). */
  fetch?: (url: string, packaged: (url: string) => Promise<Response>) => Promise<Response>;
}

/** Undo with `stopBrowserDeps` after each test. */
export async function startBrowserDeps(options: StartOptions = {}) {
  const fake = fakeBrowser(options.manifest ?? MANIFEST, options.overrides);
  vi.stubGlobal('indexedDB', new IDBFactory());
  vi.resetModules();
  vi.doMock('webextension-polyfill', () => ({ default: fake.browser }));
  const { fetch = (url, packaged) => packaged(url) } = options;
  vi.stubGlobal('fetch', (url: string) => fetch(url, fake.fetch));
  const { browserDeps } = await import('../../../src/background/browser-deps.ts');
  const deps: BrowserDeps = browserDeps();
  return { fake, deps, called: (path: string) => fake.calls.filter((c) => c.path === path).map((c) => c.args) };
}

export function stopBrowserDeps(): void {
  vi.doUnmock('webextension-polyfill');
  vi.unstubAllGlobals();
}
