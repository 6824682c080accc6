// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { MAX_MOUNTS, mountBadge, type BadgeView } from '../../../src/content/badge.ts';
import { COLLAPSE_AFTER_MS, CONFIRM_GUARD_MS } from '../../../src/content/badge-view.ts';
import { publishedText } from '../helpers/badge-text.ts';
import { standInPopover, trusted } from '../helpers/popover.ts';
import { readFileSync } from 'node:fs';

const EN = publishedText('en');
const CODEX: BadgeView = { name: 'OpenAI Codex', line: '1 Strong · 5 Partial · 2 Gap', text: EN };

beforeEach(standInPopover);
const pages: AbortController[] = [];
afterEach(() => {
  for (const page of pages.splice(0)) page.abort();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const click = (node: Element) => node.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
const hosts = () => [...document.documentElement.children].filter((n) => n.localName === 'div');
/** The words the badge's CSS draws for an element and what it holds (from `data-t`; the badge has no text nodes). */
const words = (node: Element) =>
  [node, ...node.querySelectorAll('[data-t]')]
    .map((n) => (n as HTMLElement).dataset.t ?? '')
    .filter(Boolean)
    .join(' ');

/** Mounts a badge and hands back its closed shadow root, caught as attachShadow returns it. */
function mount(view: BadgeView = CODEX, site = 'openai.com') {
  const attach = vi.spyOn(Element.prototype, 'attachShadow');
  attach.mockClear();
  const page = new AbortController();
  pages.push(page);
  const actions = { open: vi.fn(), hide: vi.fn() };
  mountBadge(view, site, page.signal, actions);
  const root = attach.mock.results.at(-1)?.value as ShadowRoot;
  const host = root.host as HTMLElement;
  const get = <T extends Element = HTMLButtonElement>(selector: string) => {
    const found = root.querySelector<T>(selector);
    if (!found) throw new Error(`no ${selector} in the badge`);
    return found;
  };
  const [hide, keep] = root.querySelectorAll<HTMLButtonElement>('.q button');
  if (!hide || !keep) throw new Error('no confirmation buttons');
  return { root, host, page, actions, attach, get, badge: get<HTMLElement>('aside'), hide, keep };
}

describe('the host', () => {
  test('a plain div with a closed shadow root in the top layer: no custom element a page could define', () => {
    const { attach, host, root } = mount();
    expect(host.localName).toBe('div');
    expect(host.localName).not.toContain('-');
    expect(attach.mock.calls[0]?.[0]).toEqual({ mode: 'closed' });
    expect(host.shadowRoot).toBeNull();
    expect(host.popover).toBe('manual');
    expect(host.matches(':popover-open')).toBe(true);
    expect(host.parentNode).toBe(document.documentElement);
    expect(root.adoptedStyleSheets.length, 'styles as a constructed sheet, which a page CSP cannot block').toBe(1);
    expect(document.body.textContent ?? '').not.toContain('OpenAI Codex');
  });

  test('a host already replaced or removed that still hears its toggle does nothing', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { page, host } = mount();
    page.abort();
    const thrown: unknown[] = [];
    window.addEventListener('error', (event) => thrown.push(event.error), { once: true });
    host.dispatchEvent(new Event('toggle'));
    await new Promise((r) => setTimeout(r, 0));
    expect(thrown).toEqual([]);
    expect(errors).not.toHaveBeenCalled();
    expect(hosts()).toEqual([]);
  });

  test('aborting the page’s signal removes it', () => {
    const { page, host } = mount();
    page.abort();
    expect(host.isConnected).toBe(false);
    expect(hosts()).toEqual([]);
  });

  test('a page that removes it gets it back, a bounded number of times, then PSF Lens stops fighting', async () => {
    mount();
    for (let round = 1; round <= MAX_MOUNTS + 3; round++) {
      for (const host of hosts()) host.remove();
      await new Promise((r) => setTimeout(r, 0));
    }
    expect(hosts()).toEqual([]);
    const attach = vi.mocked(Element.prototype.attachShadow);
    expect(attach).toHaveBeenCalledTimes(MAX_MOUNTS);
  });

  test('what a page does elsewhere in its document leaves it alone', async () => {
    const { host } = mount();
    document.documentElement.append(document.createElement('footer'));
    host.setAttribute('data-page', 'x');
    await new Promise((r) => setTimeout(r, 0));
    expect(hosts()).toEqual([host]);
    expect(vi.mocked(Element.prototype.attachShadow)).toHaveBeenCalledTimes(1);
    document.querySelector('html > footer')?.remove();
  });

  test('a page that closes the popover gets it shown again', async () => {
    const { host } = mount();
    host.hidePopover();
    await new Promise((r) => setTimeout(r, 0));
    const [again] = hosts();
    expect(again).toBeDefined();
    expect(again?.matches(':popover-open')).toBe(true);
  });
});

describe('the parts and their styles', () => {
  test('the region is named PSF Lens; buttons drawing a sign carry a label, the others are named by their words', () => {
    const { badge, get, hide, keep } = mount();
    expect(badge.localName).toBe('aside');
    expect(badge.getAttribute('aria-label')).toBe('PSF Lens');
    const close = get('.close');
    const fold = get('.x:not(.close)');
    expect(words(close)).toBe('\u00D7');
    expect(close.getAttribute('aria-label')).toBe(EN.close.replace('{site}', 'openai.com'));
    expect(fold.getAttribute('aria-label')).toBe(EN.fold);
    for (const named of [get('.m'), hide, keep]) expect(named.hasAttribute('aria-label'), named.className).toBe(false);
    expect([words(hide), words(keep)]).toEqual([EN.hide, EN.keep]);
  });

  test('every class in the badge is one its stylesheet styles, and every class the sheet styles is in the badge', () => {
    const { root, badge } = mount();
    badge.classList.add('ask', 'z');
    const used = new Set([...root.querySelectorAll('[class]')].flatMap((e) => [...e.classList]));
    const css = readFileSync('src/content/badge.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const styled = new Set([...css.matchAll(/\.([a-z][\w-]*)/g)].map(([, name]) => name));
    expect(used).toEqual(styled);
    // Each part has the one class its look hangs on.
    const parts = ['.b', '.m', '.k', '.t', '.n', '.c', '.h', '.x', '.close', '.q', '.a'];
    for (const part of parts) expect(root.querySelector(part), part).not.toBeNull();
    expect(root.querySelectorAll('.q .a')).toHaveLength(2);
    expect(root.querySelectorAll('.m > .t')).toHaveLength(1);
  });
});

describe('the contents', () => {
  test.each<[string, BadgeView]>([
    ['an assessment', CODEX],
    ['a partial assessment', { name: 'GPT-4.1', line: '2 of 8 domains rated: 2 Strong', text: EN }],
    [
      'a vendor home page',
      { name: 'Anthropic: 2 rated products', line: 'Claude Sonnet 4.6 · Claude Opus 4.8', text: EN },
    ],
  ])('the name, the line and where the details are, for %s', (_what, view) => {
    const { get } = mount(view);
    expect(words(get('.n'))).toBe(view.name);
    expect(words(get('.c'))).toBe(view.line);
    expect(words(get('.h'))).toMatch(/toolbar/);
    expect(get('.k').title).toBe('Production Safety Framework');
  });

  test('no text node a page could find, select or edit: every word is drawn by CSS from data-t', () => {
    const { root } = mount();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    expect(walker.nextNode()).toBeNull();
    expect(words(root.querySelector('aside')!)).toMatch(/^PSF OpenAI Codex 1 Strong · 5 Partial · 2 Gap Details/);
  });

  test.each([
    [
      'de',
      'PSF Lens auf openai.com ausblenden…',
      'PSF Lens auf openai.com ausblenden? Ausblenden Behalten',
      'PSF-Badge einklappen',
    ],
    [
      'fr',
      'Masquer PSF Lens sur openai.com…',
      'Masquer PSF Lens sur openai.com\u00a0? Masquer Garder',
      'Replier le badge PSF',
    ],
  ] as const)('in %s: its words and its controls’ names, the site in them', (locale, close, question, fold) => {
    const text = publishedText(locale);
    const { get, root } = mount({ ...CODEX, text });
    expect(words(get('.h'))).toBe(text.hint);
    expect(get('.close').getAttribute('aria-label')).toBe(close);
    expect(get('.x:not(.close)').getAttribute('aria-label')).toBe(fold);
    expect(words(root.querySelector('.q')!)).toBe(question);
    expect(get('.k').title).toBe('Production Safety Framework');
  });

  test('dataset text is shown as text, never parsed as HTML', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const innerHTML = vi.spyOn(Element.prototype, 'innerHTML', 'set');
    const { get, root } = mount({ name: hostile, line: `${hostile} · 1 Gap`, text: EN });
    expect(words(get('.n'))).toBe(hostile);
    expect(root.querySelector('img')).toBeNull();
    expect(innerHTML).not.toHaveBeenCalled();
  });
});

describe('only a person acts on it', () => {
  test('a trusted click on the badge asks for the details; a scripted one does nothing', () => {
    const { get, actions } = mount();
    get('.m').click(); // as a page script would: untrusted
    get('.m').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(actions.open).not.toHaveBeenCalled();
    click(get('.m'));
    expect(actions.open).toHaveBeenCalledTimes(1);
  });

  test('the close button asks first; "Keep" keeps it; "Hide" hides it on this site', () => {
    const now = vi.spyOn(performance, 'now').mockReturnValue(1000);
    const { get, badge, hide, keep, actions, host } = mount();
    click(get('.close'));
    expect(badge.classList.contains('ask')).toBe(true);
    expect(words(badge)).toContain('Hide PSF Lens on openai.com?');
    click(keep);
    expect(badge.classList.contains('ask')).toBe(false);
    click(get('.close'));
    now.mockReturnValue(1000 + CONFIRM_GUARD_MS);
    click(hide);
    expect(actions.hide).toHaveBeenCalledTimes(1);
    expect(host.isConnected).toBe(false);
  });

  test('one click cannot hide it: "Hide" ignores a click that comes right after the question appeared', () => {
    const now = vi.spyOn(performance, 'now').mockReturnValue(1000);
    const { get, hide, actions, host } = mount();
    click(get('.close'));
    now.mockReturnValue(1000 + CONFIRM_GUARD_MS - 1);
    click(hide);
    expect(actions.hide).not.toHaveBeenCalled();
    expect(host.isConnected).toBe(true);
  });

  test('scripted clicks cannot hide it, even through the confirmation', () => {
    vi.spyOn(performance, 'now').mockReturnValue(1000);
    const { get, hide, actions, badge } = mount();
    get('.close').click();
    expect(badge.classList.contains('ask')).toBe(false);
    click(get('.close'));
    vi.mocked(performance.now).mockReturnValue(99_999);
    hide.click();
    expect(actions.hide).not.toHaveBeenCalled();
  });

  test('Escape answers the question with "keep"', () => {
    const { get, badge } = mount();
    click(get('.close'));
    badge.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(badge.classList.contains('ask'), 'a scripted Escape does nothing').toBe(true);
    badge.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(badge.classList.contains('ask')).toBe(false);
  });

  test('only Escape answers the question: another key keeps it asked', () => {
    const { get, badge } = mount();
    click(get('.close'));
    badge.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    expect(badge.classList.contains('ask')).toBe(true);
  });

  test('every control is a button, reachable by the keyboard, with a name', () => {
    const { root } = mount();
    const buttons = [...root.querySelectorAll('button')];
    expect(buttons.length).toBe(5);
    for (const button of buttons) {
      expect(button.form, 'no form it could submit').toBeNull();
      expect(button.getAttribute('aria-label') ?? words(button), 'a name, from a label or its words').toBeTruthy();
      expect(button.tabIndex).toBe(0);
    }
  });
});

describe('folding', () => {
  beforeEach(() => vi.useFakeTimers());

  test(`folds by itself after COLLAPSE_AFTER_MS (${COLLAPSE_AFTER_MS} ms), and the fold button says so`, () => {
    const { badge, get } = mount();
    const fold = get('.x:not(.close)');
    vi.advanceTimersByTime(COLLAPSE_AFTER_MS - 1);
    expect(fold.getAttribute('aria-expanded')).toBe('true');
    vi.advanceTimersByTime(1);
    expect(badge.classList.contains('z')).toBe(true);
    expect(fold.getAttribute('aria-expanded')).toBe('false');
    expect(words(fold), 'it points to where the badge opens').toBe('\u203A');
    click(fold);
    expect(badge.classList.contains('z')).toBe(false);
    expect(words(fold)).toBe('\u2039');
  });

  test('an aborted badge does not fold later (its timer is cleared)', () => {
    const { badge, page } = mount();
    page.abort();
    vi.advanceTimersByTime(COLLAPSE_AFTER_MS);
    expect(badge.classList.contains('z')).toBe(false);
  });
});
