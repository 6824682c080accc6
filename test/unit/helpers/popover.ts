/**
 * happy-dom has no popover API: a stand-in for the top layer, enough to see that the badge asks for it and notices
 * when a page closes it. The real thing is checked end to end in Chromium and Firefox. Call in beforeEach; undone by
 * vi.restoreAllMocks (the prototype's methods stay, harmless without the spy).
 */
import { vi } from 'vitest';

export function standInPopover(): void {
  const open = new WeakSet<Element>();
  Object.assign(HTMLElement.prototype, {
    showPopover(this: HTMLElement) {
      open.add(this);
    },
    hidePopover(this: HTMLElement) {
      open.delete(this);
      this.dispatchEvent(Object.assign(new Event('toggle'), { newState: 'closed' }));
    },
  });
  const matches = Element.prototype.matches;
  vi.spyOn(Element.prototype, 'matches').mockImplementation(function (this: Element, selector: string) {
    return selector === ':popover-open' ? open.has(this) : matches.call(this, selector);
  });
}

/** An event as the browser makes it for a person (page scripts can only make untrusted ones). */
export function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}
