/** Pressing a button as from the keyboard: it has the focus when it is clicked, as it would after Tab and Enter. */
import { fireEvent, screen } from '@testing-library/preact';

export function press(name: string | RegExp): HTMLElement {
  const button = screen.getByRole('button', { name });
  button.focus();
  fireEvent.click(button);
  return button;
}
