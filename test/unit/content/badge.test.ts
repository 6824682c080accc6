// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { COLLAPSE_AFTER_MS, mountBadge, type BadgeData } from '../../../src/content/badge.ts';

const TAG = 'psf-lens-badge';
const CODEX: BadgeData = { kind: 'found', name: 'OpenAI Codex', line: '1 Strong · 5 Partial · 2 Gap', showBadge: true };

/** Mounts a badge and hands back its closed shadow root, caught as attachShadow returns it. */
function mount(data: BadgeData = CODEX, site = 'openai.com') {
  const attach = vi.spyOn(Element.prototype, 'attachShadow');
  attach.mockClear(); // a second mount in one test re-uses the same spy
  const page = new AbortController();
  const actions = { open: vi.fn(), hide: vi.fn() };
  mountBadge(data, site, page.signal, actions);
  expect(attach).toHaveBeenCalledTimes(1);
  const root = attach.mock.results[0]?.value as ShadowRoot;
  const host = document.querySelector(TAG);
  if (!host || !root) throw new Error('no badge was mounted');
  const button = (selector: string) => {
    const found = root.querySelector<HTMLButtonElement>(selector);
    if (!found) throw new Error(`no ${selector} in the badge`);
    return found;
  };
  return {
    root,
    host,
    page,
    actions,
    attach,
    badge: root.querySelector('aside'),
    close: button('button.close'),
    fold: button('button.x:not(.close)'),
    main: button('button.m'),
  };
}

beforeEach(() => document.querySelectorAll(TAG).forEach((n) => n.remove()));
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('mountBadge', () => {
  test('renders into a closed shadow root, out of reach of the page', () => {
    const { attach, host, root } = mount();
    expect(attach.mock.calls[0]?.[0]).toEqual({ mode: 'closed' });
    expect(host.shadowRoot).toBeNull();
    expect(root.host).toBe(host);
    expect(document.body.textContent ?? '').not.toContain('OpenAI Codex');
  });

  test.each<[string, BadgeData]>([
    ['an assessment', CODEX],
    ['a partial assessment', { ...CODEX, name: 'GPT-4.1', line: '2 Strong · 6 not captured' }],
    ['no assessment', { ...CODEX, name: 'New Agent', line: 'no PSF assessment yet' }],
    [
      'a vendor home page',
      { ...CODEX, name: 'Anthropic: 2 rated products', line: 'Claude Sonnet 4.6 · Claude Opus 4.8' },
    ],
  ])('shows the name and the counts line for %s', (_what, data) => {
    const { root } = mount(data);
    expect(root.querySelector('.n')?.textContent).toBe(data.name);
    expect(root.querySelector('.c')?.textContent).toBe(data.line);
  });

  test('dataset text is shown as text, never parsed as HTML', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const innerHTML = vi.spyOn(Element.prototype, 'innerHTML', 'set');
    const { root } = mount({ ...CODEX, name: hostile, line: `${hostile} · 1 Gap` }, 'openai.com');
    expect(root.querySelector('.n')?.textContent).toBe(hostile);
    expect(root.querySelector('.c')?.textContent).toBe(`${hostile} · 1 Gap`);
    expect(root.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect(innerHTML).not.toHaveBeenCalled();
  });

  test('mounting again replaces the old badge instead of stacking a second one', () => {
    mount();
    mount({ ...CODEX, name: 'GPT-4.1' });
    expect(document.querySelectorAll(TAG)).toHaveLength(1);
  });

  test('the main button asks for the details', () => {
    const { main, actions } = mount();
    main.click();
    expect(actions.open).toHaveBeenCalledTimes(1);
    expect(actions.hide).not.toHaveBeenCalled();
  });

  test('the close button hides the badge on this site and removes it', () => {
    const { close, actions } = mount();
    expect(close.getAttribute('aria-label')).toContain('openai.com');
    close.click();
    expect(actions.hide).toHaveBeenCalledTimes(1);
    expect(actions.open).not.toHaveBeenCalled();
    expect(document.querySelector(TAG)).toBeNull();
  });

  test('aborting the page’s signal removes the badge', () => {
    const { page } = mount();
    expect(document.querySelector(TAG)).not.toBeNull();
    page.abort();
    expect(document.querySelector(TAG)).toBeNull();
  });
});

describe('folding', () => {
  beforeEach(() => vi.useFakeTimers());

  test(`folds by itself after COLLAPSE_AFTER_MS (${COLLAPSE_AFTER_MS} ms)`, () => {
    const { badge, fold } = mount();
    vi.advanceTimersByTime(COLLAPSE_AFTER_MS - 1);
    expect(badge?.classList.contains('z')).toBe(false);
    expect(fold.getAttribute('aria-expanded')).toBe('true');
    vi.advanceTimersByTime(1);
    expect(badge?.classList.contains('z')).toBe(true);
    expect(fold.getAttribute('aria-expanded')).toBe('false');
  });

  test('the fold button toggles it, and says so', () => {
    const { badge, fold } = mount();
    fold.click();
    expect(badge?.classList.contains('z')).toBe(true);
    expect(fold.getAttribute('aria-expanded')).toBe('false');
    fold.click();
    expect(badge?.classList.contains('z')).toBe(false);
    expect(fold.getAttribute('aria-expanded')).toBe('true');
  });

  test('a pointer over the badge holds it open; leaving starts the countdown again', () => {
    const { badge } = mount();
    badge?.dispatchEvent(new Event('pointerenter'));
    vi.advanceTimersByTime(COLLAPSE_AFTER_MS * 2);
    expect(badge?.classList.contains('z')).toBe(false);
    badge?.dispatchEvent(new Event('pointerleave'));
    vi.advanceTimersByTime(COLLAPSE_AFTER_MS);
    expect(badge?.classList.contains('z')).toBe(true);
  });

  test('an aborted badge does not fold later (its timer is cleared)', () => {
    const { badge, page } = mount();
    page.abort();
    vi.advanceTimersByTime(COLLAPSE_AFTER_MS);
    expect(badge?.classList.contains('z')).toBe(false);
  });
});
