// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://openai.com/codex/"}
// The content script as the browser starts it (index.ts), over a stand-in `chrome` holding the published records:
// what it reads, what it tells the background, which navigations and page events it follows, and that a second
// copy of it in the same page does nothing.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { compileIndex } from '../../../src/core/detect.ts';
import { latestByProduct } from '../../../src/core/latest.ts';
import { hostRecords } from '../../../src/shared/rule-store.ts';
import { BADGE_TEXT_KEY } from '../../../src/shared/storage-keys.ts';
import { CONFIRM_GUARD_MS } from '../../../src/content/badge-view.ts';
import { publishedText } from '../helpers/badge-text.ts';
import { bundled } from '../helpers/dataset.ts';
import { standInPopover, trusted } from '../helpers/popover.ts';
import { entriesOf } from '../helpers/records.ts';

const dataset = bundled();
const STORED = {
  ...entriesOf(
    hostRecords(
      compileIndex(dataset.products, dataset.assessments),
      dataset.products,
      latestByProduct(dataset.assessments),
    ),
    'openai.com',
  ),
  [BADGE_TEXT_KEY]: publishedText('en'),
};

/** Every stand-in of the test: each script still running is stopped after it (see afterEach). */
const injected: { state: { gone: boolean } }[] = [];

type Listener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

/** `chrome` as the content script uses it; `reply` answers each message (a rejection: PSF Lens went away). */
function fakeChrome(reply: (message: { type: string }) => Promise<unknown> = async () => ({ ok: true })) {
  const listeners = new Set<Listener>();
  const sent: { type: string }[] = [];
  const state = { gone: false };
  const chrome = {
    runtime: {
      sendMessage: vi.fn(async (message: { type: string }) => {
        sent.push(message);
        return reply(message);
      }),
    },
    storage: {
      local: {
        get: vi.fn(async (keys: string[]) => {
          if (state.gone) throw new Error('Extension context invalidated.');
          return Object.fromEntries(keys.flatMap((k) => (k in STORED ? [[k, STORED[k as keyof typeof STORED]]] : [])));
        }),
      },
      onChanged: {
        addListener: (listener: Listener) => listeners.add(listener),
        removeListener: (listener: Listener) => listeners.delete(listener),
      },
    },
  };
  const fake = { chrome, sent, listeners, state, types: () => sent.map((m) => m.type) };
  injected.push(fake);
  return fake;
}

/** Starts the content script on this page, as the browser injects it. */
async function inject(fake: ReturnType<typeof fakeChrome>) {
  vi.stubGlobal('chrome', fake.chrome);
  vi.resetModules();
  await import('../../../src/content/index.ts');
}

const badges = () => [...document.documentElement.children].filter((e) => e.hasAttribute('popover'));
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  standInPopover();
  history.replaceState({}, '', '/codex/');
  delete (globalThis as Record<string, unknown>).psfLens;
  for (const badge of badges()) badge.remove();
});
afterEach(async () => {
  // A script stops when its storage is gone: each is made to read once more, as at a navigation.
  for (const fake of injected.splice(0)) fake.state.gone = true;
  history.pushState({}, '', `/gone-${Math.random()}`);
  window.dispatchEvent(new PopStateEvent('popstate'));
  (globalThis as { navigation?: EventTarget }).navigation?.dispatchEvent(new Event('currententrychange'));
  await settle();
  vi.unstubAllGlobals();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

test('on a rated page: one storage read, the badge in the page, and the product told to the background', async () => {
  const fake = fakeChrome();
  await inject(fake);
  await vi.waitFor(() => expect(fake.types()).toEqual(['page-product']));
  expect(fake.chrome.storage.local.get).toHaveBeenCalledTimes(1);
  expect(fake.sent[0]).toMatchObject({ url: 'https://openai.com/codex/', productIds: ['openai-codex'] });
  expect(badges()).toHaveLength(1);
});

test('a second copy injected into the same page does nothing', async () => {
  const first = fakeChrome();
  await inject(first);
  await vi.waitFor(() => expect(first.types()).toEqual(['page-product']));
  const second = fakeChrome();
  await inject(second);
  await settle();
  expect(second.chrome.storage.local.get).not.toHaveBeenCalled();
  expect(badges()).toHaveLength(1);
});

test('without the Navigation API, an address changed by the page is seen within a second, and back at once', async () => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  const fake = fakeChrome();
  await inject(fake);
  await vi.waitFor(() => expect(fake.types()).toEqual(['page-product']));
  history.pushState({}, '', '/careers');
  await vi.advanceTimersByTimeAsync(1000);
  await vi.waitFor(() => expect(fake.types()).toEqual(['page-product', 'page-left']));
  expect(badges()).toHaveLength(0);
  history.replaceState({}, '', '/codex/');
  window.dispatchEvent(new PopStateEvent('popstate'));
  await vi.waitFor(() => expect(fake.types()).toEqual(['page-product', 'page-left', 'page-product']));
});

test('with the Navigation API, its entry changes are followed', async () => {
  const navigation = new EventTarget();
  vi.stubGlobal('navigation', navigation);
  const fake = fakeChrome();
  await inject(fake);
  await vi.waitFor(() => expect(fake.types()).toEqual(['page-product']));
  history.pushState({}, '', '/careers');
  navigation.dispatchEvent(new Event('currententrychange'));
  await vi.waitFor(() => expect(fake.types()).toEqual(['page-product', 'page-left']));
});

test('only the browser’s own pagehide and pageshow count', async () => {
  const fake = fakeChrome();
  await inject(fake);
  await vi.waitFor(() => expect(badges()).toHaveLength(1));
  window.dispatchEvent(new Event('pagehide'));
  expect(badges()).toHaveLength(1);
  window.dispatchEvent(trusted(new Event('pagehide')));
  expect(badges()).toHaveLength(0);
  window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
  await settle();
  expect(badges()).toHaveLength(0);
  window.dispatchEvent(trusted(new Event('pageshow')));
  await settle();
  expect(badges()).toHaveLength(0);
  const restored = trusted(new Event('pageshow'));
  Object.defineProperty(restored, 'persisted', { value: true });
  window.dispatchEvent(restored);
  await vi.waitFor(() => expect(badges()).toHaveLength(1));
});

test('storage changes of another area than local are not the records', async () => {
  const fake = fakeChrome();
  await inject(fake);
  await vi.waitFor(() => expect(badges()).toHaveLength(1));
  const hidden = { hiddenSites: { newValue: ['openai.com'] } };
  for (const listener of fake.listeners) listener(hidden, 'sync');
  await settle();
  expect(badges()).toHaveLength(1);
  for (const listener of fake.listeners) listener(hidden, 'local');
  await vi.waitFor(() => expect(badges()).toHaveLength(0));
});

test('a message refused because PSF Lens went away stops the script: it reads and tells nothing more', async () => {
  const fake = fakeChrome(async () => Promise.reject(new Error('Extension context invalidated.')));
  await inject(fake);
  await vi.waitFor(() => expect(fake.types()).toEqual(['page-product']));
  await vi.waitFor(() => expect(badges()).toHaveLength(0));
  history.pushState({}, '', '/index/gpt-4-1/');
  window.dispatchEvent(new PopStateEvent('popstate'));
  await settle();
  expect(fake.chrome.storage.local.get).toHaveBeenCalledTimes(1);
  expect(fake.types()).toEqual(['page-product']);
});

/** The badge's closed shadow root, caught as it is made. */
function catchRoot() {
  const attach = vi.spyOn(Element.prototype, 'attachShadow');
  return () => attach.mock.results.at(-1)?.value as ShadowRoot;
}
const press = (node: Element | null | undefined) =>
  node?.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));

test('the badge asks the background for the details, and to hide PSF Lens on this site', async () => {
  const root = catchRoot();
  const fake = fakeChrome();
  await inject(fake);
  await vi.waitFor(() => expect(badges()).toHaveLength(1));
  press(root().querySelector('.m'));
  await vi.waitFor(() => expect(fake.types()).toEqual(['page-product', 'open-details']));
  const now = vi.spyOn(performance, 'now');
  now.mockReturnValue(1000);
  press(root().querySelector('.close'));
  now.mockReturnValue(1000 + CONFIRM_GUARD_MS);
  press(root().querySelector('.q .a'));
  await vi.waitFor(() => expect(fake.types()).toEqual(['page-product', 'open-details', 'hide-badge-here']));
});

test.each(['open-details', 'hide-badge-here'])('%s refused: PSF Lens went away, and the script stops', async (type) => {
  const root = catchRoot();
  const fake = fakeChrome(async (message) => {
    if (message.type === type) throw new Error('Extension context invalidated.');
    return { ok: true };
  });
  await inject(fake);
  await vi.waitFor(() => expect(badges()).toHaveLength(1));
  const now = vi.spyOn(performance, 'now');
  now.mockReturnValue(1000);
  if (type === 'open-details') press(root().querySelector('.m'));
  else {
    press(root().querySelector('.close'));
    now.mockReturnValue(1000 + CONFIRM_GUARD_MS);
    press(root().querySelector('.q .a'));
  }
  await vi.waitFor(() => expect(fake.listeners.size, 'no storage listener left').toBe(0));
  expect(badges()).toHaveLength(0);
});

test('stopped, it leaves no timer and no storage listener behind', async () => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  const fake = fakeChrome(async () => Promise.reject(new Error('Extension context invalidated.')));
  await inject(fake);
  await vi.waitFor(() => expect(fake.types()).toEqual(['page-product']));
  await vi.waitFor(() => expect(badges()).toHaveLength(0));
  expect(vi.getTimerCount()).toBe(0);
  expect(fake.listeners.size).toBe(0);
});

test('in a frame it does nothing: the badge is the top page’s', async () => {
  vi.spyOn(window, 'top', 'get').mockReturnValue({} as Window);
  const fake = fakeChrome();
  await inject(fake);
  await settle();
  expect(fake.chrome.storage.local.get).not.toHaveBeenCalled();
  expect(badges()).toHaveLength(0);
});
