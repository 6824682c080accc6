/**
 * The in-page badge: a closed shadow root that page scripts cannot reach and page CSS cannot restyle.
 * Plain DOM and textContent only (no HTML strings): dataset text is never parsed as markup.
 */
import type { LookupReply } from '../shared/messages.ts';
import css from './badge.css?inline';

export type BadgeData = Extract<LookupReply, { kind: 'found' }>;

export interface BadgeActions {
  open(): void;
  hide(): void;
}

// Class names are short on purpose: they are shipped on every vendor page. b badge, m main, k mark, t text,
// n name, c counts, x control, z collapsed.

/** Folds into a small pill after this long, so it never covers the page's own controls for long. */
export const COLLAPSE_AFTER_MS = 8000;
const TAG = 'psf-lens-badge';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function mountBadge(data: BadgeData, site: string, signal: AbortSignal, actions: BadgeActions): void {
  if (signal.aborted) return;
  document.querySelectorAll(TAG).forEach((stale) => stale.remove());
  const host = document.createElement(TAG);
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = css;

  const badge = el('aside', 'b');
  badge.setAttribute('aria-label', 'PSF Lens');
  const main = el('button', 'm');
  main.type = 'button';
  const text = el('span', 't');
  text.append(el('span', 'n', data.name), el('span', 'c', data.line));
  main.append(el('span', 'k', 'PSF'), text);
  const fold = el('button', 'x', '‹');
  const close = el('button', 'x close', '×');
  close.setAttribute('aria-label', `Hide PSF badge on ${site}`);
  close.title = `Hide on ${site}`;
  badge.append(main, fold, close);
  root.append(style, badge);

  const setCollapsed = (collapsed: boolean) => {
    badge.classList.toggle('z', collapsed);
    fold.textContent = collapsed ? '›' : '‹';
    fold.setAttribute('aria-label', collapsed ? 'Expand PSF badge' : 'Collapse PSF badge');
    fold.setAttribute('aria-expanded', `${!collapsed}`);
  };
  setCollapsed(false);
  let timer = setTimeout(() => setCollapsed(true), COLLAPSE_AFTER_MS);
  const hold = () => clearTimeout(timer);
  const release = () => {
    clearTimeout(timer);
    timer = setTimeout(() => setCollapsed(true), COLLAPSE_AFTER_MS);
  };
  badge.addEventListener('pointerenter', hold);
  badge.addEventListener('pointerleave', release);
  badge.addEventListener('focusin', hold);
  badge.addEventListener('focusout', release);
  main.addEventListener('click', actions.open);
  fold.addEventListener('click', () => setCollapsed(!badge.classList.contains('z')));
  close.addEventListener('click', () => {
    host.remove();
    actions.hide();
  });

  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    host.remove();
  });
  document.documentElement.append(host);
}
