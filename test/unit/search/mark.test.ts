// @vitest-environment happy-dom
/**
 * One search result mark: beside the link (never inside it), a button named by the product and its ratings, a
 * tooltip with the same words that Escape dismisses and a click pins, in a closed shadow root, gone when stopped.
 */
import { readFileSync } from 'node:fs';
import { afterEach, expect, test, vi } from 'vitest';
import { mountMark } from '../../../src/search/mark.ts';
import type { MarkView } from '../../../src/search/marker.ts';
import { publishedText } from '../helpers/badge-text.ts';

const VIEW: MarkView = { name: 'OpenAI Codex', line: '1 Strong · 5 Partial · 2 Gap', text: publishedText('en') };

/** The mark's closed shadow root, caught as it is attached (page scripts get null from the host). */
function mount(signal = new AbortController().signal, view = VIEW) {
  document.body.innerHTML = '<h3 id="h"><a href="https://openai.com/codex/">Codex | OpenAI</a></h3>';
  const attach = vi.spyOn(Element.prototype, 'attachShadow');
  const anchor = document.querySelector('a') as HTMLAnchorElement;
  mountMark(anchor, view, signal);
  const root = attach.mock.results[0]?.value as ShadowRoot;
  return { anchor, root, host: anchor.nextElementSibling as HTMLElement };
}

afterEach(() => vi.restoreAllMocks());

test('sits right after the link, outside it, in a closed shadow root', () => {
  const { anchor, root, host } = mount();
  expect(anchor.querySelector('*')).toBeNull();
  expect(host.parentElement?.id).toBe('h');
  expect(host.shadowRoot).toBeNull();
  expect(root.mode).toBe('closed');
});

test('a focusable button whose name carries the product and its ratings', () => {
  const { root } = mount();
  const button = root.querySelector('button');
  expect(button?.type).toBe('button');
  expect(button?.textContent).toBe('PSF');
  expect(button?.getAttribute('aria-label')).toBe('PSF assessment of OpenAI Codex: 1 Strong · 5 Partial · 2 Gap');
  expect(button?.tabIndex).toBe(0);
  const tip = root.querySelector('.t');
  expect(tip?.getAttribute('aria-hidden'), 'read once, from the label').toBe('true');
  expect(tip?.textContent).toContain('OpenAI Codex');
  expect(tip?.textContent).toContain('1 Strong · 5 Partial · 2 Gap');
  expect(tip?.querySelector('.s')?.textContent).toBe('Production Safety Framework · PSF Lens');
});

test.each([
  ['de', 'PSF-Bewertung von OpenAI Codex: 1 Strong · 5 Partial · 2 Gap'],
  ['fr', 'Évaluation PSF de OpenAI Codex\u00a0: 1 Strong · 5 Partial · 2 Gap'],
] as const)('%s: its own words are in the language the badge speaks', (locale, label) => {
  const text = publishedText(locale);
  const { root } = mount(undefined, { ...VIEW, text });
  expect(root.querySelector('button')?.getAttribute('aria-label')).toBe(label);
  expect(root.querySelector('.s')?.textContent).toBe(text.markSource);
});

test("a name holding a slot's or a replacement's pattern is said as it is", () => {
  const { root } = mount(undefined, { ...VIEW, name: 'Agent {line} $& $1' });
  expect(root.querySelector('button')?.getAttribute('aria-label')).toBe(
    'PSF assessment of Agent {line} $& $1: 1 Strong · 5 Partial · 2 Gap',
  );
});

test('Escape dismisses the tooltip until focus or the pointer leaves; a click pins it', () => {
  const { root } = mount();
  const button = root.querySelector('button') as HTMLButtonElement;
  const tip = root.querySelector('.t') as HTMLElement;
  button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
  expect(tip.classList.contains('x')).toBe(true);
  button.dispatchEvent(new Event('blur'));
  expect(tip.classList.contains('x')).toBe(false);
  const click = new MouseEvent('click', { bubbles: true, cancelable: true });
  button.dispatchEvent(click);
  expect(tip.classList.contains('p')).toBe(true);
  expect(click.defaultPrevented).toBe(true);
  button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
  expect(tip.classList.contains('p')).toBe(false);
});

test('only Escape dismisses; the pointer leaving shows it again; a click after Escape shows it too', () => {
  const { root } = mount();
  const button = root.querySelector('button') as HTMLButtonElement;
  const tip = root.querySelector('.t') as HTMLElement;
  button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
  expect(tip.classList.contains('x')).toBe(false);
  button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
  button.dispatchEvent(new Event('pointerleave'));
  expect(tip.classList.contains('x')).toBe(false);
  button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
  button.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
  expect([...tip.classList].sort()).toEqual(['p', 't']);
});

test('the tooltip says the name, the ratings and the source, nothing more', () => {
  const { root } = mount();
  const tip = root.querySelector('.t') as HTMLElement;
  expect([...tip.children].map((c) => c.textContent)).toEqual([VIEW.name, VIEW.line, VIEW.text.markSource]);
  expect(tip.textContent).toBe(`${VIEW.name}${VIEW.line}${VIEW.text.markSource}`);
});

test('every class in the mark is one its stylesheet styles, and every class the sheet styles is in it', () => {
  const { root } = mount();
  const tip = root.querySelector('.t') as HTMLElement;
  tip.classList.add('p', 'x', 'u');
  const used = new Set([...root.querySelectorAll('[class]')].flatMap((e) => [...e.classList]));
  const css = readFileSync('src/search/mark.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const styled = new Set([...css.matchAll(/\.([a-z][\w-]*)/g)].map(([, name]) => name));
  expect(used).toEqual(styled);
  expect(root.querySelector('button')?.className).toBe('m');
  expect([...tip.children].map((c) => c.className)).toEqual(['n', 'c', 's']);
});

test('the words are text, never markup', () => {
  document.body.innerHTML = '<h2><a href="https://x.example/">x</a></h2>';
  const attach = vi.spyOn(Element.prototype, 'attachShadow');
  mountMark(
    document.querySelector('a') as Element,
    { name: '<img src=x onerror=alert(1)>', line: '<b>1</b>', text: VIEW.text },
    new AbortController().signal,
  );
  const root = attach.mock.results[0]?.value as ShadowRoot;
  expect(root.querySelector('img, b')).toBeNull();
  expect(root.querySelector('.n')?.textContent).toBe('<img src=x onerror=alert(1)>');
});

test('removed when its page stops marking; never mounted on a stopped one', () => {
  const controller = new AbortController();
  const { anchor } = mount(controller.signal);
  expect(anchor.nextElementSibling).not.toBeNull();
  controller.abort();
  expect(anchor.nextElementSibling).toBeNull();
  mountMark(anchor, VIEW, controller.signal);
  expect(anchor.nextElementSibling).toBeNull();
});

test('a pinned tooltip closes when the user clicks elsewhere on the page or presses Escape there', () => {
  const { root, host } = mount();
  const button = root.querySelector('button') as HTMLButtonElement;
  const tip = root.querySelector('.t') as HTMLElement;
  const pin = () => button.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
  const press = (target: EventTarget) =>
    target.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
  pin();
  press(button);
  expect(tip.classList.contains('p'), 'a press on the mark itself leaves it to the click').toBe(true);
  press(document.body);
  expect(tip.classList.contains('p'), 'a press elsewhere closes it').toBe(false);
  pin();
  document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  expect(tip.classList.contains('p'), 'Escape with the focus elsewhere closes it').toBe(false);
  expect(host.isConnected).toBe(true);
});

test('shown by the pointer alone, Escape hides it wherever the focus is; the pointer gone, the page is let go', () => {
  const add = vi.spyOn(document, 'addEventListener');
  const { root } = mount();
  const button = root.querySelector('button') as HTMLButtonElement;
  const tip = root.querySelector('.t') as HTMLElement;
  button.dispatchEvent(new PointerEvent('pointerenter'));
  document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  expect(tip.classList.contains('x'), 'Escape with the focus elsewhere hides it').toBe(true);
  button.dispatchEvent(new PointerEvent('pointerleave'));
  expect(tip.classList.contains('x'), 'the pointer back on it shows it again').toBe(false);
  const signals = add.mock.calls.map(([, , options]) => (options as AddEventListenerOptions).signal);
  expect(signals.length).toBeGreaterThan(0);
  expect(
    signals.every((s) => s?.aborted),
    'the pointer gone: the listener is gone',
  ).toBe(true);
  add.mockRestore();
});

test('a tooltip that is not pinned listens to nothing outside its mark', () => {
  const add = vi.spyOn(document, 'addEventListener');
  const controller = new AbortController();
  const { root } = mount(controller.signal);
  expect(add).not.toHaveBeenCalled();
  const button = root.querySelector('button') as HTMLButtonElement;
  button.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
  expect(add).toHaveBeenCalled();
  const signals = add.mock.calls.map(([, , options]) => (options as AddEventListenerOptions).signal);
  button.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
  expect(
    signals.every((s) => s?.aborted),
    'unpinned: the listeners are gone',
  ).toBe(true);
  button.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
  const pinned = add.mock.calls.slice(signals.length).map(([, , o]) => (o as AddEventListenerOptions).signal);
  controller.abort();
  expect(
    pinned.every((s) => s?.aborted),
    'stopped: the listeners are gone',
  ).toBe(true);
});
