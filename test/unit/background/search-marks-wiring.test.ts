// The search marks through the background's real wiring (index.ts on an in-memory browser): off after install,
// registered when the user switches them on with the hosts granted, unregistered when switched off or when a host
// is withdrawn in the browser's settings.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { searchOrigins } from '../../../src/core/search-links.ts';
import { SEARCH_MARKS_ID } from '../../../src/background/search-marks.ts';
import { EXTENSION_ID, fakeBrowser, ORIGIN } from '../helpers/fake-browser.ts';

let fake: ReturnType<typeof fakeBrowser>;
const settle = () => new Promise((done) => setTimeout(done, 30));

beforeEach(async () => {
  fake = fakeBrowser();
  vi.resetModules();
  vi.doMock('webextension-polyfill', () => ({ default: fake.browser }));
  vi.stubGlobal('fetch', fake.fetch);
  await import('../../../src/background/index.ts');
  await settle();
});
afterEach(() => {
  vi.doUnmock('webextension-polyfill');
  vi.unstubAllGlobals();
});

/** The settings page's save, as the workspace sends it. */
async function save(patch: Record<string, unknown>) {
  const [reply] =
    (await fake.events
      .get('runtime.onMessage')
      ?.fire({ type: 'save-settings', patch }, { id: EXTENSION_ID, url: `${ORIGIN}src/options/index.html` })) ?? [];
  expect(reply).toMatchObject({ ok: true, value: { settings: patch } });
}

const grant = async () => {
  for (const origin of searchOrigins()) fake.granted.add(origin);
  await fake.events.get('permissions.onAdded')?.fire({ origins: searchOrigins() });
};

test('after install nothing is registered for search pages', () => {
  expect(fake.scripting.registered.size).toBe(0);
});

test('switched on with the hosts granted: registered by the time the save answers; switched off: gone', async () => {
  await grant();
  expect(fake.scripting.registered.size, 'granted alone does not switch them on').toBe(0);
  await save({ searchMarks: true });
  expect([...fake.scripting.registered.keys()]).toEqual([SEARCH_MARKS_ID]);
  await save({ searchMarks: false });
  expect(fake.scripting.registered.size).toBe(0);
});

test('a host withdrawn in the browser removes the registration; granted again, it comes back', async () => {
  await grant();
  await save({ searchMarks: true });
  fake.granted.delete('https://www.bing.com/*');
  await fake.events.get('permissions.onRemoved')?.fire({ origins: ['https://www.bing.com/*'] });
  await settle();
  expect(fake.scripting.registered.size).toBe(0);
  await grant();
  await settle();
  expect([...fake.scripting.registered.keys()]).toEqual([SEARCH_MARKS_ID]);
});

/** A new worker on the stored settings and grants, without the registrations (as an update leaves them). */
async function newWorker() {
  const stored = await fake.local.get('settings');
  const granted = [...fake.granted];
  fake = fakeBrowser();
  await fake.local.set(stored);
  for (const origin of granted) fake.granted.add(origin);
  vi.resetModules();
  vi.doMock('webextension-polyfill', () => ({ default: fake.browser }));
  await import('../../../src/background/index.ts');
  await settle();
}

test.each([
  ['an update', 'runtime.onInstalled', { reason: 'update' }],
  ['an install', 'runtime.onInstalled', { reason: 'install' }],
  ['the browser starting', 'runtime.onStartup', undefined],
])('with the marks on and granted, %s registers them again', async (_moment, event, details) => {
  await grant();
  await save({ searchMarks: true });
  await newWorker();
  await fake.events.get(event)?.fire(details);
  await settle();
  expect([...fake.scripting.registered.keys()]).toEqual([SEARCH_MARKS_ID]);
});

test('a worker woken by a page leaves the registrations alone: they persist, and are kept in line on changes', async () => {
  await grant();
  await save({ searchMarks: true });
  await newWorker();
  expect(fake.calls.filter((c) => c.path.startsWith('scripting.') || c.path.startsWith('permissions.'))).toEqual([]);
  expect(fake.scripting.registered.size).toBe(0);
});
