// @vitest-environment happy-dom
// @vitest-environment-options {"url": "chrome-extension://psf-lens/src/popup/index.html"}
// The popup as the browser opens it (main.tsx), over a stand-in `chrome`: which tab it asks about, what it sends
// the background for each thing the user does, its language, and what it shows when no tab or language answers.
import { screen, waitFor } from '@testing-library/preact';
import { render } from 'preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { TabView } from '../../../src/shared/messages.ts';
import { bundled, productOf } from '../helpers/dataset.ts';
import { fakeBrowserI18n, localeCatalog } from '../helpers/locale.ts';
import { launcherView, productView } from '../helpers/tab-view.ts';

const ORIGIN = 'chrome-extension://psf-lens/';

function codexView(): TabView {
  return { ...productView('openai-codex'), alternatives: [productOf(bundled(), 'openai-agents-sdk')] };
}

interface Options {
  /** The background's answer to each message (never: it does not answer). */
  answer?: (message: { type: string; productId?: string }) => unknown;
  tabs?: { id?: number }[];
  stored?: Record<string, unknown>;
  uiLanguage?: () => string;
}

/** Starts the popup's script afresh over a stand-in `chrome`; returns the messages it sends and its tab queries. */
async function open(search = '', options: Options = {}) {
  history.replaceState(null, '', `/src/popup/index.html${search}`);
  const sent: Record<string, unknown>[] = [];
  const queries: unknown[] = [];
  const i18n = fakeBrowserI18n('en-GB');
  const answer = options.answer ?? ((m) => (m.type === 'tab-view' ? codexView() : null));
  vi.stubGlobal('chrome', {
    runtime: {
      getURL: (path: string) => `${ORIGIN}${path}`,
      sendMessage: vi.fn(async (message: { type: string }) => {
        sent.push(message);
        const value = answer(message);
        return value === undefined ? new Promise(() => {}) : { ok: true, value };
      }),
    },
    tabs: {
      query: vi.fn(async (query: unknown) => (queries.push(query), options.tabs ?? [{ id: 42 }])),
    },
    storage: { local: { get: vi.fn(async () => options.stored ?? {}) } },
    i18n: { ...i18n, getUILanguage: options.uiLanguage ?? i18n.getUILanguage },
  });
  vi.resetModules();
  await import('../../../src/popup/main.tsx');
  return { sent, queries };
}

beforeEach(() => {
  document.documentElement.className = '';
  document.body.innerHTML = '<div id="app"></div>';
});

afterEach(() => {
  const root = document.getElementById('app');
  if (root) render(null, root);
  vi.unstubAllGlobals();
});

const heading = () => screen.findByRole('heading', { level: 1, name: 'OpenAI Codex' });

test('opened from the toolbar: the active tab of this window, its view, and no tab styling', async () => {
  const { sent, queries } = await open();
  await heading();
  expect(queries).toEqual([{ active: true, currentWindow: true }]);
  expect(sent).toEqual([{ type: 'tab-view', tabId: 42 }]);
  expect(document.documentElement.classList.contains('in-tab')).toBe(false);
});

test('opened in a tab for another tab (?tabId=): that tab, without asking which is active, styled as a page', async () => {
  const { sent, queries } = await open('?tabId=1207');
  await heading();
  expect(queries).toEqual([]);
  expect(sent).toEqual([{ type: 'tab-view', tabId: 1207 }]);
  expect(document.documentElement.classList.contains('in-tab')).toBe(true);
});

test.each(['?tabId=7x', '?tabId=x7', '?tabId=', '?tabId=-3'])(
  '%s is no tab id: the active tab instead',
  async (search) => {
    const { sent } = await open(search);
    await heading();
    expect(sent).toEqual([{ type: 'tab-view', tabId: 42 }]);
  },
);

test.each([[[]], [[{}]]])('no active tab (%j): the error, nothing sent', async (tabs) => {
  const { sent } = await open('', { tabs });
  expect((await screen.findByRole('alert')).textContent).toMatch(/^PSF Lens did not answer\./);
  expect(sent).toEqual([]);
});

test('choosing another product of the page asks for its view on the same tab', async () => {
  const { sent } = await open();
  await heading();
  (await screen.findByRole('button', { name: /OpenAI Agents SDK/ })).click();
  await waitFor(() => expect(sent).toHaveLength(2));
  expect(sent[1]).toEqual({ type: 'tab-view', tabId: 42, productId: 'openai-agents-sdk' });
});

test('the badge switch tells the background the site and the choice', async () => {
  const { sent } = await open();
  await heading();
  screen.getByRole('checkbox', { name: 'Show the badge on openai.com' }).click();
  await waitFor(() => expect(sent).toHaveLength(2));
  expect(sent[1]).toEqual({ type: 'set-site-hidden', site: 'openai.com', hidden: true });
});

test('off a rated page: the launcher, with links into the workspace', async () => {
  const launcher = launcherView();
  const { sent } = await open('', {
    answer: (m) => (m.type === 'tab-view' ? { kind: 'no-product', dataset: launcher.dataset } : launcher),
  });
  const link = await screen.findByRole('link', { name: /Open the workspace/ });
  expect(link.getAttribute('href')).toBe(`${ORIGIN}src/options/index.html#/library`);
  expect(sent).toEqual([{ type: 'tab-view', tabId: 42 }, { type: 'launcher' }]);
});

test('speaks the language the settings chose, from its catalog, before it shows anything', async () => {
  const catalogs: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => (catalogs.push(url), new Response(JSON.stringify(localeCatalog('de'))))),
  );
  await open('', { stored: { settings: { language: 'de' } }, answer: () => undefined });
  expect((await screen.findByRole('status')).textContent).toBe('Die Bewertung wird geladen…');
  expect(catalogs).toEqual([`${ORIGIN}_locales/en/messages.json`, `${ORIGIN}_locales/de/messages.json`]);
  expect(document.documentElement.lang).toBe('de');
});

test('no catalog can be read (PSF Lens replaced under the popup): the browser’s language, not message keys', async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
  );
  await open('', { stored: { settings: { language: 'de' } } });
  await heading();
  expect(screen.getByRole('checkbox', { name: 'Show the badge on openai.com' })).toBeTruthy();
  expect(document.documentElement.lang).toBe('en');
});

test('the browser’s i18n API failing still shows the assessment, not a blank popup', async () => {
  await open('', {
    uiLanguage: () => {
      throw new Error('i18n is gone');
    },
  });
  expect(await heading()).toBeTruthy();
});

test('a page without the popup’s root renders nothing and asks nothing', async () => {
  document.body.innerHTML = '';
  const { sent } = await open();
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(document.body.innerHTML).toBe('');
  expect(sent).toEqual([]);
});
