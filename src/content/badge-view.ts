/**
 * The badge's contents inside its shadow root: the product and its ratings line, where the details are, a fold
 * button and a close button that asks before hiding PSF Lens on a site. Only trusted events act: a page script
 * can dispatch a click, not make a person click.
 */

import type { BadgeText } from '../shared/badge-text.ts';

export interface BadgeView {
  name: string;
  line: string;
  /** The badge's own words, in the reader's language. */
  text: BadgeText;
}

export interface BadgeActions {
  open(): void;
  hide(): void;
}

// Class names are short on purpose: they are shipped on every vendor page. b badge, m main, k mark, t text,
// n name, c counts, h hint, x control, z collapsed, q question, a answer.

/** Folds into a small pill after this long, so it never covers the page's own controls for long. */
export const COLLAPSE_AFTER_MS = 8000;
/** A confirmation that appears under a pointer already clicking (a double click, a decoy) ignores it this long. */
export const CONFIRM_GUARD_MS = 600;

/**
 * Words are drawn by the badge's CSS from `data-t` (generated content), never put in text nodes: Firefox's
 * window.find searches closed shadow roots and selects what it finds, and the selection then hands the page the
 * text node, its shadow root with it. Generated content is rendered and read out by screen readers, but a page
 * can neither find, select nor edit it.
 */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text) node.dataset.t = text;
  return node;
}

function button(className: string, text: string, label: string, act: () => void): HTMLButtonElement {
  // No type: the buttons have no form owner in their shadow tree, so the default (submit) submits nothing.
  const node = el('button', className, text);
  if (label) node.setAttribute('aria-label', label);
  node.addEventListener('click', (event) => event.isTrusted && act());
  return node;
}

export function buildBadge(
  root: ShadowRoot,
  view: BadgeView,
  site: string,
  signal: AbortSignal,
  actions: BadgeActions,
): void {
  const badge = el('aside', 'b');
  badge.setAttribute('aria-label', 'PSF Lens');
  const words = view.text;
  const text = el('span', 't');
  text.append(el('span', 'n', view.name), el('span', 'c', view.line), el('span', 'h', words.hint));
  // Named by its contents: "PSF", the product, its ratings and where the details are.
  const main = button('m', '', '', actions.open);
  const mark = el('span', 'k', 'PSF');
  mark.title = words.framework;

  main.append(mark, text);
  const fold = button('x', '', words.fold, () => setCollapsed(!badge.classList.contains('z')));
  const close = button('x close', '×', words.close.replace('{site}', site), () => ask(true));
  // The question is the container's own words (drawn first, before its two answers).
  const question = el('span', 'q', words.ask.replace('{site}', site));
  let askedAt = 0;
  const answer = (hide: boolean) => () => {
    if (hide && performance.now() - askedAt < CONFIRM_GUARD_MS) return;
    if (hide) actions.hide();
    else ask(false);
  };
  const keep = button('a', words.keep, '', answer(false));
  // The two answers as one: wrapped one by one, "Keep" went alone to a line of its own in a narrow window or a
  // longer language.
  const answers = el('span', 'q');
  answers.append(button('a', words.hide, '', answer(true)), keep);
  question.append(answers);
  badge.append(main, fold, close, question);
  root.append(badge);

  function ask(asking: boolean): void {
    askedAt = performance.now();
    badge.classList.toggle('ask', asking);
    (asking ? keep : close).focus();
  }

  // Folded, it still opens while a pointer or the keyboard focus is on it (CSS), so it never folds under a reader.
  function setCollapsed(collapsed: boolean): void {
    badge.classList.toggle('z', collapsed);
    fold.dataset.t = collapsed ? '›' : '‹';
    fold.setAttribute('aria-expanded', `${!collapsed}`);
  }
  setCollapsed(false);
  const timer = setTimeout(() => setCollapsed(true), COLLAPSE_AFTER_MS);
  badge.addEventListener('keydown', (event) => event.isTrusted && event.key === 'Escape' && ask(false));
  signal.addEventListener('abort', () => clearTimeout(timer));
}
