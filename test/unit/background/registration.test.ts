/**
 * Content scripts registered at run time: a registration follows what is wanted (registered, left, replaced,
 * removed), one change at a time; and the search marks' registration exists only while the setting is on and
 * the search engines' hosts are granted.
 */
import { describe, expect, test } from 'vitest';
import { searchResultPatterns } from '../../../src/core/search-links.ts';
import { createRegistrations, type RegisteredScript, type SyncResult } from '../../../src/background/registration.ts';
import { SEARCH_MARKS_ID, searchMarks } from '../../../src/background/search-marks.ts';
import { fakeBrowser } from '../helpers/fake-browser.ts';

const script = (over: Partial<RegisteredScript> = {}): RegisteredScript => ({
  id: 'x',
  js: ['src/x.js'],
  matches: ['https://a.example/*'],
  runAt: 'document_idle',
  ...over,
});

function setup() {
  const { scripting } = fakeBrowser();
  return { scripting, registrations: createRegistrations(scripting) };
}

describe('createRegistrations', () => {
  test('registers, leaves an equal one alone, updates a changed one and removes it', async () => {
    const { scripting, registrations } = setup();
    expect(await registrations.sync('x', script())).toBe('registered');
    expect(await registrations.sync('x', script({ matches: ['https://a.example/*'] }))).toBe('unchanged');
    expect(await registrations.sync('x', script({ matches: ['https://b.example/*'] }))).toBe('updated');
    expect(scripting.registered.get('x')).toMatchObject({ matches: ['https://b.example/*'] });
    expect(await registrations.sync('x', null)).toBe('removed');
    expect(await registrations.sync('x', null)).toBe('unchanged');
    expect(scripting.registered.size).toBe(0);
  });

  test('a registration read back without runAt has the default, document_idle', async () => {
    const { scripting, registrations } = setup();
    const { runAt: _default, ...bare } = script();
    await scripting.registerContentScripts([bare as RegisteredScript]);
    expect(await registrations.sync('x', script())).toBe('unchanged');
  });

  test.each<[string, Partial<RegisteredScript>, SyncResult]>([
    ['its patterns in another order', { matches: ['https://b.example/*', 'https://a.example/*'] }, 'unchanged'],
    ['its files in another order', { js: ['src/y.js', 'src/x.js'] }, 'unchanged'],
    ['no runAt (the default, document_idle)', { runAt: undefined }, 'unchanged'],
    ['another file', { js: ['src/y.js', 'src/z.js'] }, 'updated'],
    ['a pattern fewer', { matches: ['https://a.example/*'] }, 'updated'],
    ['another time to run', { runAt: 'document_start' }, 'updated'],
  ])('a registration read back and wanted with %s: %s', async (_, wanted, result) => {
    const { scripting, registrations } = setup();
    const current = script({ js: ['src/x.js', 'src/y.js'], matches: ['https://a.example/*', 'https://b.example/*'] });
    await scripting.registerContentScripts([current]);
    expect(await registrations.sync('x', { ...current, ...wanted })).toBe(result);
  });

  test('changes arriving together are applied one at a time: never a duplicate id', async () => {
    const { scripting, registrations } = setup();
    const results = await Promise.all([
      registrations.sync('x', script()),
      registrations.sync('x', script()),
      registrations.sync('x', null),
      registrations.sync('x', script({ js: ['src/y.js'] })),
    ]);
    expect(results).toEqual(['registered', 'unchanged', 'removed', 'registered']);
    expect(scripting.registered.get('x')).toMatchObject({ js: ['src/y.js'] });
  });

  test('a failure is reported to its caller and does not block the next change', async () => {
    const { scripting, registrations } = setup();
    const failing = { ...scripting, registerContentScripts: () => Promise.reject(new Error('no host')) };
    const broken = createRegistrations(failing);
    await expect(broken.sync('x', script())).rejects.toThrow('no host');
    expect(await broken.sync('x', null)).toBe('unchanged');
    expect(await registrations.sync('other', script({ id: 'other' }))).toBe('registered');
  });

  test('refuses a registration under another id', async () => {
    await expect(setup().registrations.sync('x', script({ id: 'y' }))).rejects.toThrow('registration y synced as x');
  });
});

describe('search marks', () => {
  function marks(wanted: boolean, access: boolean) {
    const { scripting, registrations } = setup();
    const state = { wanted, access };
    const api = searchMarks({
      wanted: async () => state.wanted,
      hasAccess: async () => state.access,
      registrations,
      file: 'src/search/search.js',
    });
    return { scripting, state, api };
  }

  test.each([
    ['off (the default), hosts not granted', false, false],
    ['off, hosts granted', false, true],
    ['on, hosts not granted (or withdrawn in the browser)', true, false],
  ])('%s: nothing is registered', async (_name, wanted, access) => {
    const { scripting, api } = marks(wanted, access);
    await api.reconcile();
    expect(scripting.registered.size).toBe(0);
  });

  test('on and granted: one script on the engines’ result pages; switched off: gone', async () => {
    const { scripting, state, api } = marks(true, true);
    expect(await api.reconcile()).toBe('registered');
    expect([...scripting.registered.values()]).toEqual([
      { id: SEARCH_MARKS_ID, js: ['src/search/search.js'], matches: searchResultPatterns(), runAt: 'document_idle' },
    ]);
    state.wanted = false;
    expect(await api.reconcile()).toBe('removed');
    expect(scripting.registered.size).toBe(0);
  });

  test('a host withdrawn while on removes the registration', async () => {
    const { scripting, state, api } = marks(true, true);
    await api.reconcile();
    state.access = false;
    expect(await api.reconcile()).toBe('removed');
    expect(scripting.registered.size).toBe(0);
  });
});
