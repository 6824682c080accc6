import { vi } from 'vitest';

/**
 * Watches which inputs a page empties (`value = ''`): a file input must be emptied once its file is taken, or a
 * browser does not report the same file chosen again. happy-dom reads a file input's value as empty either way,
 * so the setter's calls are what can tell.
 */
export function watchEmptiedInputs(): (input: HTMLElement) => boolean {
  const setter = vi.spyOn(HTMLInputElement.prototype, 'value', 'set');
  return (input) => setter.mock.contexts.some((context, i) => context === input && setter.mock.calls[i]?.[0] === '');
}
