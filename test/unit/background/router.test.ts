import { describe, expect, test, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { createHandlers } from '../../../src/background/handlers/index.ts';
import type { Deps, Handlers } from '../../../src/background/types.ts';
import { classifySender, route, type Self } from '../../../src/background/router.ts';
import { CONTENT_MESSAGES, UI_MESSAGES } from '../../../src/shared/protocol.ts';
import { emptyDraft } from '../../../src/core/org-draft.ts';
import { errorText } from '../../../src/shared/error-text.ts';
import { setTranslator, translator, type Locale } from '../../../src/shared/i18n.ts';
import { localeCatalog } from '../helpers/locale.ts';

const SELF: Self = { id: 'psflensid', origin: 'chrome-extension://psflensid/' };
const PAGE = 'https://openai.com/codex/';

/** A sender as the browser builds it; only the fields the router reads matter. */
function sender(fields: { id?: string; url?: string; tabId?: number; frameId?: number }): Runtime.MessageSender {
  const { tabId, ...rest } = fields;
  return {
    ...rest,
    ...(tabId === undefined ? {} : { tab: { id: tabId } as Runtime.MessageSender['tab'] }),
  };
}

const CONTENT = sender({ id: SELF.id, url: PAGE, tabId: 3, frameId: 0 });
const POPUP = sender({ id: SELF.id, url: `${SELF.origin}src/popup/index.html` });

describe('classifySender', () => {
  test.each([
    ['content script, top frame, https tab', CONTENT, { from: 'content', tabId: 3, pageUrl: PAGE }],
    [
      'content script, top frame, http tab',
      sender({ id: SELF.id, url: 'http://openai.com/codex/', tabId: 3, frameId: 0 }),
      { from: 'content', tabId: 3, pageUrl: 'http://openai.com/codex/' },
    ],
    ['the popup', POPUP, { from: 'ui' }],
    [
      'content script in the tab with id 0',
      sender({ id: SELF.id, url: PAGE, tabId: 0, frameId: 0 }),
      { from: 'content', tabId: 0, pageUrl: PAGE },
    ],
    [
      'the popup opened in a tab',
      sender({ id: SELF.id, url: `${SELF.origin}src/popup/index.html?tabId=3`, tabId: 9, frameId: 0 }),
      { from: 'ui' },
    ],
  ])('accepts %s', (_what, from, expected) => {
    expect(classifySender(from, SELF)).toEqual(expected);
  });

  test.each([
    ['another extension', sender({ id: 'otherextension', url: PAGE, tabId: 3, frameId: 0 })],
    ['another extension’s page', sender({ id: 'otherextension', url: 'chrome-extension://otherextension/page.html' })],
    ['no sender id', sender({ url: PAGE, tabId: 3, frameId: 0 })],
    ['a sub-frame', sender({ id: SELF.id, url: PAGE, tabId: 3, frameId: 2 })],
    ['no frame id', sender({ id: SELF.id, url: PAGE, tabId: 3 })],
    ['no tab', sender({ id: SELF.id, url: PAGE, frameId: 0 })],
    ['a tab id of -1 (no tab)', sender({ id: SELF.id, url: PAGE, tabId: -1, frameId: 0 })],
    ['a file: page', sender({ id: SELF.id, url: 'file:///home/me/page.html', tabId: 3, frameId: 0 })],
    ['a chrome: page', sender({ id: SELF.id, url: 'chrome://newtab/', tabId: 3, frameId: 0 })],
    ['a data: page', sender({ id: SELF.id, url: 'data:text/html,hi', tabId: 3, frameId: 0 })],
    [
      'a file: page that names https:// in its path',
      sender({ id: SELF.id, url: 'file:///https://x', tabId: 3, frameId: 0 }),
    ],
    ['an origin that only starts like ours', sender({ id: SELF.id, url: 'chrome-extension://psflensidx/page.html' })],
    ['no URL at all', sender({ id: SELF.id, tabId: 3, frameId: 0 })],
  ])('refuses %s', (_what, from) => {
    expect(classifySender(from, SELF)).toBeNull();
  });
});

function fakeHandlers(): Handlers {
  const ok = async () => ({ kind: 'ok' as const });
  return {
    'page-product': vi.fn(async () => ({ kind: 'recorded' as const })),
    'page-left': vi.fn(ok),
    'hide-badge-here': vi.fn(ok),
    'open-details': vi.fn(ok),
    'tab-view': vi.fn(async () => ({ kind: 'no-product' as const, dataset: null })),
    'set-site-hidden': vi.fn(ok),
    launcher: vi.fn(async () => ({ kind: 'no-dataset' as const, reason: 'none' })),
    library: vi.fn(async () => ({ kind: 'no-dataset' as const, reason: 'none' })),
    checklist: vi.fn(async () => ({ kind: 'checklist' as const, states: [] })),
    'checklist-delete': vi.fn(ok),
    'update-action': vi.fn(async () => {
      throw new Error('not in this test');
    }),
    settings: vi.fn(async () => {
      throw new Error('not in this test');
    }),
    'save-settings': vi.fn(async () => {
      throw new Error('not in this test');
    }),
    'update-now': vi.fn(async () => {
      throw new Error('not in this test');
    }),
    'watch-state': vi.fn(async () => ({ kind: 'watch' as const, watched: false, history: [] })),
    'set-watched': vi.fn(async () => ({ kind: 'watch' as const, watched: false, history: [] })),
    'org-import': vi.fn(async () => ({ kind: 'refused' as const, issues: [] })),
    'org-delete': vi.fn(ok),
    'org-records': vi.fn(async () => ({ kind: 'org-records' as const, records: [], productIds: [] })),
    'org-save-draft': vi.fn(async () => ({ kind: 'draft-saved' as const, updatedAt: 0 })),
    'org-save-version': vi.fn(async () => ({ kind: 'unchanged' as const, n: 1 })),
    'org-delete-record': vi.fn(ok),
    'org-restore-record': vi.fn(ok),
    'org-keep-mine': vi.fn(ok),
    questionnaire: vi.fn(async () => ({ kind: 'no-product' as const, productId: 'x' })),
    'questionnaire-import': vi.fn(async () => ({
      kind: 'unreadable' as const,
      problem: { kind: 'unclosed-quote' as const },
    })),
    'questionnaire-undo': vi.fn(async () => ({ kind: 'changed' as const })),
  };
}

const detection = { confidence: 'medium', via: 'signals', phrase: 'Codex' };
const LOOKUP = { type: 'page-product', url: PAGE, productIds: ['openai-codex'], detection };

describe('route', () => {
  test.each([
    ['an unknown type', { type: 'delete-everything' }],
    ['no type', { productId: 'openai-codex' }],
    ['an extra field', { type: 'page-left', extra: 1 }],
    ['an extra field inside detection', { ...LOOKUP, detection: { ...detection, html: '<b>' } }],
    ['a sentence in the detection (the popup words it)', { ...LOOKUP, detection: { ...detection, reason: 'matched' } }],
    ['a numeric phrase', { ...LOOKUP, detection: { ...detection, phrase: 4 } }],
    ['a report without url', { type: 'page-product', productIds: ['openai-codex'], detection }],
    ['a report with a javascript: url', { ...LOOKUP, url: 'javascript:alert(1)' }],
    ['a report about a plain-http page', { ...LOOKUP, url: 'http://openai.com/codex/' }],
    ['a report with an unknown confidence', { ...LOOKUP, detection: { ...detection, confidence: 'certain' } }],
    ['a numeric productId', { ...LOOKUP, productIds: [42] }],
    ['no productIds', { ...LOOKUP, productIds: [] }],
    ['a productId instead of productIds', { type: 'page-product', url: PAGE, productId: 'openai-codex', detection }],
    ['a string tabId', { type: 'tab-view', tabId: '3' }],
    ['a negative tabId', { type: 'tab-view', tabId: -1 }],
    ['a fractional tabId', { type: 'tab-view', tabId: 1.5 }],
    ['a numeric productId in tab-view', { type: 'tab-view', tabId: 3, productId: 7 }],
    ['a string boolean', { type: 'set-site-hidden', site: 'openai.com', hidden: 'yes' }],
    ['a site that is not a host name', { type: 'set-site-hidden', site: 'Evil Site!', hidden: true }],
    ['null', null],
    ['a bare string', 'lookup'],
    ['an array', [LOOKUP]],
    ['a draft that is not a draft', { type: 'org-save-draft', id: 'a', draft: { name: 'x' } }],
    ['a record id with a slash', { type: 'org-delete-record', id: '../x' }],
    ['a launcher request with a field', { type: 'launcher', query: 'lang' }],
    ['a questionnaire for an unknown basis', { type: 'questionnaire', productId: 'x', basis: 'vendor' }],
  ])('refuses %s with an error envelope, calling no handler', async (_what, message) => {
    const handlers = fakeHandlers();
    const from =
      message && typeof message === 'object' && 'type' in message && UI_MESSAGES.some((type) => type === message.type)
        ? POPUP
        : CONTENT;
    expect(await route(handlers, message, from, SELF)).toEqual({
      ok: false,
      error: expect.stringMatching(/^malformed message/),
    });
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
  });

  test.each([
    ['tab-view from a content script', { type: 'tab-view', tabId: 3 }, CONTENT],
    ['launcher from a content script', { type: 'launcher' }, CONTENT],
    ['set-site-hidden from a content script', { type: 'set-site-hidden', site: 'openai.com', hidden: true }, CONTENT],
    ['page-product from the popup', LOOKUP, POPUP],
    ['hide-badge-here from the popup', { type: 'hide-badge-here' }, POPUP],
    ['page-left from the popup', { type: 'page-left' }, POPUP],
    ['open-details from the popup', { type: 'open-details' }, POPUP],
    [
      'a draft from a content script',
      { type: 'org-save-draft', id: 'a', draft: emptyDraft('', '2026-11-29') },
      CONTENT,
    ],
    [
      'a questionnaire import from a content script',
      { type: 'questionnaire-import', productId: 'x', text: '' },
      CONTENT,
    ],
    [
      'an answers file undone from a content script',
      { type: 'questionnaire-undo', productId: 'x', importId: 'a' },
      CONTENT,
    ],
  ])('refuses %s', async (_what, message, from) => {
    const handlers = fakeHandlers();
    expect(await route(handlers, message, from, SELF)).toEqual({
      ok: false,
      error: expect.stringMatching(/not accepted from this sender/),
    });
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
  });

  test.each([null, 'lookup', [LOOKUP], 7])('refuses %j as not an object at all', async (message) => {
    expect(await route(fakeHandlers(), message, CONTENT, SELF)).toEqual({
      ok: false,
      error: 'malformed message: not an object',
    });
  });

  test('with some messages’ handlers only, another message is refused with the reason, and its schema is not read', async () => {
    const { 'page-product': report, launcher } = fakeHandlers();
    expect(await route({ 'page-product': report }, { type: 'launcher' }, POPUP, SELF)).toEqual({
      ok: false,
      error: 'launcher is not answered here',
    });
    // Malformed as well: refused as unanswered before its fields are checked.
    expect(await route({ launcher }, { type: 'page-product', url: 7 }, CONTENT, SELF)).toEqual({
      ok: false,
      error: 'page-product is not answered here',
    });
    expect(await route({ 'page-product': report }, LOOKUP, CONTENT, SELF)).toEqual({
      ok: true,
      value: { kind: 'recorded' },
    });
    expect(launcher).not.toHaveBeenCalled();
  });

  test('refuses any message from a refused sender', async () => {
    const handlers = fakeHandlers();
    expect(
      await route(handlers, LOOKUP, sender({ id: 'otherextension', url: PAGE, tabId: 3, frameId: 0 }), SELF),
    ).toEqual({ ok: false, error: 'sender refused' });
    expect(handlers['page-product']).not.toHaveBeenCalled();
  });

  test('refuses a report about another origin than the sender’s page', async () => {
    const handlers = fakeHandlers();
    expect(await route(handlers, { ...LOOKUP, url: 'https://github.com/openai/codex' }, CONTENT, SELF)).toEqual({
      ok: false,
      error: 'a report about another origin refused',
    });
    expect(handlers['page-product']).not.toHaveBeenCalled();
  });

  test('a sender whose own address is no URL cannot vouch for any origin', async () => {
    const handlers = fakeHandlers();
    const odd = sender({ id: SELF.id, url: 'https://exa mple.com/', tabId: 3, frameId: 0 });
    expect(await route(handlers, LOOKUP, odd, SELF)).toEqual({
      ok: false,
      error: 'a report about another origin refused',
    });
    expect(handlers['page-product']).not.toHaveBeenCalled();
  });

  // The schema only checks that url starts with http(s)://; the origin check then parses it with new URL().
  test.each(['https://', 'https://exa mple.com/', 'http://[::1'])(
    'a report whose url %j is not a URL gets an error envelope, not a thrown error',
    async (url) => {
      const handlers = fakeHandlers();
      await expect(route(handlers, { ...LOOKUP, url }, CONTENT, SELF)).resolves.toEqual({
        ok: false,
        error: expect.any(String),
      });
      expect(handlers['page-product']).not.toHaveBeenCalled();
    },
  );

  test('passes a well-formed message to its handler with the sender’s context and wraps the reply', async () => {
    const handlers = fakeHandlers();
    expect(await route(handlers, LOOKUP, CONTENT, SELF)).toEqual({ ok: true, value: { kind: 'recorded' } });
    expect(handlers['page-product']).toHaveBeenCalledWith(LOOKUP, { from: 'content', tabId: 3, pageUrl: PAGE });
    expect(await route(handlers, { type: 'tab-view', tabId: 3 }, POPUP, SELF)).toEqual({
      ok: true,
      value: { kind: 'no-product', dataset: null },
    });
    expect(
      await route(handlers, { type: 'tab-view', tabId: 3, productId: 'claude-opus-4-8' }, POPUP, SELF),
    ).toMatchObject({ ok: true });
    expect(handlers['tab-view']).toHaveBeenLastCalledWith(
      { type: 'tab-view', tabId: 3, productId: 'claude-opus-4-8' },
      { from: 'ui' },
    );
  });

  test.each([
    ['an Error', new Error('database closed'), 'database closed'],
    ['a string', 'plain failure', 'plain failure'],
  ])('wraps a handler that throws %s as {ok:false,error}', async (_what, thrown, error) => {
    const handlers = fakeHandlers();
    handlers['page-left'] = vi.fn(async () => Promise.reject(thrown));
    expect(await route(handlers, { type: 'page-left' }, CONTENT, SELF)).toEqual({ ok: false, error });
  });
});

test('every message has exactly one handler: CONTENT_MESSAGES ∪ UI_MESSAGES = the handlers’ keys', () => {
  const unused = () => Promise.reject(new Error('not used when creating handlers'));
  const deps = {
    db: unused,
    dataset: { ensure: unused, syncBundled: unused },
    hiddenSites: { get: unused, set: unused },
    recent: { get: unused, set: unused },
    tabs: { url: unused, getState: unused, setState: unused, clearState: unused },
    toolbar: unused,
    openDetails: unused,
  } as unknown as Deps;
  const declared = [...CONTENT_MESSAGES, ...UI_MESSAGES];
  expect(new Set(declared).size, 'a message type is declared for both content and UI').toBe(declared.length);
  expect(declared.sort()).toEqual(Object.keys(createHandlers(deps)).sort());
});

describe('a full storage', () => {
  test.each<[Locale, string]>([
    ['en', 'There was no room left in the browser to store it: free some disk space, then try again.'],
    [
      'de',
      'Im Browser war kein Platz mehr, um es zu speichern: Geben Sie Speicherplatz frei und versuchen Sie es dann erneut.',
    ],
    ['fr', 'Le navigateur n’avait plus de place pour l’enregistrer\u00a0: libérez de l’espace disque, puis réessayez.'],
  ])("crosses as a code, said in the page's language (%s), not in the browser's English", async (locale, text) => {
    const handlers = fakeHandlers();
    handlers['org-save-draft'] = vi.fn(async () => {
      throw new DOMException('The transaction was aborted, so the request cannot be fulfilled.', 'QuotaExceededError');
    });
    const draft = { type: 'org-save-draft', id: 'a', draft: emptyDraft('', '2026-11-29') };
    const reply = await route(handlers, draft, POPUP, SELF);
    expect(reply.ok).toBe(false);
    setTranslator(translator(locale, localeCatalog(locale), localeCatalog('en')));
    try {
      expect(errorText(new Error(reply.ok ? '' : reply.error))).toBe(text);
    } finally {
      setTranslator(translator('en', localeCatalog('en')));
    }
  });
});
