/**
 * One mark beside a result link: a small "PSF" button in a closed shadow root (page CSS cannot restyle it, page
 * scripts cannot reach into it), named for assistive technology by the product and its ratings, which also show
 * in a tooltip on hover and on keyboard focus. Escape hides the tooltip; a click keeps it open until the next click
 * on it, a press elsewhere or Escape. Plain DOM and textContent only: dataset text is never parsed as markup. Its
 * own words are the badge's, published by the background in the reader's language (see shared/badge-text.ts).
 */
import type { MarkView } from './marker.ts';
import css from './mark.css?inline';

// Short class names, shipped on every marked result: m mark, t tooltip, n name, c counts, s source, p pinned,
// x dismissed, u shown above the mark.

/** The tooltip's distance from the window's edges and from its mark (mark.css), in CSS pixels. */
const EDGE = 8;
const GAP = 4;

function span(className: string, text: string): HTMLSpanElement {
  const node = document.createElement('span');
  node.className = className;
  node.textContent = text;
  return node;
}

export function mountMark(anchor: Element, view: MarkView, signal: AbortSignal): void {
  if (signal.aborted) return;
  const host = document.createElement('span');
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = css;

  const mark = document.createElement('button');
  mark.type = 'button';
  mark.className = 'm';
  mark.textContent = 'PSF';
  // Each slot filled once, by a function: a product name holding `{line}` or `$&` stays as it is.
  const label = view.text.mark.replace(/\{(name|line)\}/g, (_, slot: 'name' | 'line') => view[slot]);
  mark.setAttribute('aria-label', label);
  // The tooltip repeats the label for sighted users; assistive technology has it once, from the label.
  const tip = span('t', '');
  tip.setAttribute('aria-hidden', 'true');
  tip.append(span('n', view.name), span('c', view.line), span('s', view.text.markSource));

  /** Escape anywhere on the page dismisses it, until `signal` aborts. */
  const escapeOnPage = (signal: AbortSignal) =>
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Escape') dismiss();
      },
      { capture: true, signal },
    );

  // While pinned, the page is listened to as well: a press anywhere but on this mark (another mark included) or
  // Escape wherever the focus is closes it, so a pinned tooltip never stays over the results below it.
  let pinned: AbortController | undefined;
  const pin = (on: boolean) => {
    tip.classList.toggle('p', on);
    pinned?.abort();
    pinned = undefined;
    if (!on) return;
    pinned = new AbortController();
    document.addEventListener(
      'pointerdown',
      (event) => {
        if (!event.composedPath().includes(host)) pin(false);
      },
      { capture: true, signal: pinned.signal },
    );
    escapeOnPage(pinned.signal);
  };
  function dismiss() {
    tip.classList.add('x');
    pin(false);
  }

  // Placed as it shows: below the mark and from its start when there is room, else moved left (or right) into the
  // window and above the mark, so that a mark near the window's edge, or a narrow window, never cuts it off.
  const place = () => {
    tip.classList.remove('u');
    tip.style.left = '';
    tip.style.display = 'block';
    tip.style.visibility = 'hidden';
    const box = tip.getBoundingClientRect();
    tip.style.display = '';
    tip.style.visibility = '';
    const { clientWidth, clientHeight } = document.documentElement;
    let shift = Math.min(0, clientWidth - EDGE - box.right);
    shift = Math.max(shift, EDGE - box.left);
    if (shift) tip.style.left = `${shift}px`;
    const above = host.getBoundingClientRect().top - GAP - box.height;
    if (box.bottom > clientHeight - EDGE && above >= EDGE) tip.classList.add('u');
  };
  mark.addEventListener('pointerenter', place);
  mark.addEventListener('focus', place);

  mark.addEventListener('click', (event) => {
    event.preventDefault();
    place();
    pin(!tip.classList.contains('p'));
    tip.classList.remove('x');
  });
  mark.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') dismiss();
  });
  // Shown by the pointer alone, Escape hides it too wherever the focus is (a tooltip must be dismissable without
  // moving the pointer); the page is listened to only while the pointer is on the mark.
  let hovered: AbortController | undefined;
  const unhover = () => {
    hovered?.abort();
    hovered = undefined;
  };
  mark.addEventListener('pointerenter', () => {
    unhover();
    hovered = new AbortController();
    escapeOnPage(hovered.signal);
  });
  // Dismissed by Escape until the pointer or focus leaves: then hover or focus shows it again.
  const reset = () => tip.classList.remove('x');
  mark.addEventListener('blur', reset);
  mark.addEventListener('pointerleave', () => {
    unhover();
    reset();
  });

  root.append(style, mark, tip);
  anchor.after(host);
  // Stryker disable next-line ObjectLiteral,BooleanLiteral: a signal aborts once.
  signal.addEventListener(
    'abort',
    () => {
      host.remove();
      pin(false);
      unhover();
    },
    { once: true },
  );
}
