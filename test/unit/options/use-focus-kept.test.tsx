// @vitest-environment happy-dom
// A control disabled while its change is saved gets the focus back once the save is done, and a focus target named
// before it is shown takes the focus once it is. The browser's part, the focus fixup that moves the focus of a control
// just disabled to the body (Chromium 156 does, at its next rendering update, when the save outlasts a frame;
// happy-dom never does), is played here by `fixup`.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, expect, test } from 'vitest';
import { useFocusKept, useFocusWhenShown } from '../../../src/options/use-focus-kept.ts';

afterEach(cleanup);

let finish: () => void = () => {};

function Toggle() {
  const [busy, setBusy] = useState(false);
  const [on, setOn] = useState(false);
  useFocusKept(busy);
  return (
    <>
      <label>
        <input
          type="checkbox"
          checked={on}
          disabled={busy}
          onChange={(e) => {
            const next = e.currentTarget.checked;
            setBusy(true);
            finish = () => (setOn(next), setBusy(false));
          }}
        />
        Watch
      </label>
      <button type="button">Elsewhere</button>
    </>
  );
}

/** The browser's focus fixup: the focus of a control just disabled goes to the body (happy-dom blurs no disabled one). */
function fixup(control: HTMLInputElement) {
  control.disabled = false;
  control.blur();
  control.disabled = true;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

test('the control disabled while saving has the focus again once it is enabled', async () => {
  render(<Toggle />);
  const box = screen.getByRole('checkbox', { name: 'Watch' }) as HTMLInputElement;
  box.focus();
  fireEvent.click(box);
  await settle();
  expect(box.disabled).toBe(true);
  fixup(box);
  expect(document.activeElement).toBe(document.body);
  finish();
  await settle();
  expect(box.disabled).toBe(false);
  expect(box.checked).toBe(true);
  expect(document.activeElement).toBe(box);
});

test('focus the user put elsewhere meanwhile stays there', async () => {
  render(<Toggle />);
  const box = screen.getByRole('checkbox', { name: 'Watch' });
  box.focus();
  fireEvent.click(box);
  await settle();
  const elsewhere = screen.getByRole('button', { name: 'Elsewhere' });
  elsewhere.focus();
  finish();
  await settle();
  expect(document.activeElement).toBe(elsewhere);
});

test('nothing is focused that had no focus before the save', async () => {
  render(<Toggle />);
  const box = screen.getByRole('checkbox', { name: 'Watch' });
  fireEvent.click(box);
  await settle();
  finish();
  await settle();
  expect(document.activeElement).toBe(document.body);
});

function LateTarget() {
  const [shown, setShown] = useState(false);
  const focusWhenShown = useFocusWhenShown();
  return (
    <>
      <button type="button" onClick={() => focusWhenShown(() => document.getElementById('late'))}>
        Name it
      </button>
      <button type="button" onClick={() => setShown(!shown)}>
        Show it
      </button>
      {shown && <input id="late" aria-label="Late" />}
    </>
  );
}

test('a focus target named before it is shown takes the focus once it is, then is forgotten', async () => {
  render(<LateTarget />);
  fireEvent.click(screen.getByRole('button', { name: 'Name it' }));
  await settle();
  expect(document.activeElement).toBe(document.body);
  fireEvent.click(screen.getByRole('button', { name: 'Show it' }));
  await settle();
  const late = screen.getByRole('textbox', { name: 'Late' });
  expect(document.activeElement).toBe(late);
  // Shown again later, with nothing named since: the focus stays where the user put it.
  const show = screen.getByRole('button', { name: 'Show it' });
  show.focus();
  fireEvent.click(show);
  await settle();
  fireEvent.click(show);
  await settle();
  expect(document.activeElement).toBe(show);
});
