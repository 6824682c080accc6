// @vitest-environment happy-dom
/**
 * What a save on #/settings ended in is said beside the control that was used, where the eyes are: not at the foot
 * of a page taller than the window, where "Saved." after "Save the feed settings" sat below the fold.
 */
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { userError } from '../../../src/shared/user-error.ts';
import { KEY, openSettingsPage } from './settings-fixture.tsx';
import { fakeApi } from './workspace-fixture.tsx';

afterEach(cleanup);

/** The element that follows `control` in the page's order among the page's statuses and alerts, or null. */
function nextMessage(control: HTMLElement): HTMLElement | null {
  const messages = [...document.querySelectorAll<HTMLElement>('[role="status"], [role="alert"]')];
  return messages.find((m) => Boolean(control.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING)) ?? null;
}

/** The next control a keyboard reaches after `control`, or null. */
function nextControl(control: HTMLElement): HTMLElement | null {
  const all = [...document.querySelectorAll<HTMLElement>('input, button, select, a[href]')];
  return all[all.indexOf(control) + 1] ?? null;
}

/** True when `message` comes before the control that follows `control`: right after it, nothing to act on between. */
const rightAfter = (control: HTMLElement, message: HTMLElement) => {
  const next = nextControl(control);
  return nextMessage(control) === message && (!next || Boolean(message.compareDocumentPosition(next) & 4));
};

describe('a save’s outcome is said right after its control', () => {
  test('the signed feed: “Saved.” follows its Save button, inside its form', async () => {
    await openSettingsPage();
    fireEvent.input(screen.getByLabelText(/^Feed URL/), { target: { value: 'https://feed.example/psf.json' } });
    fireEvent.input(screen.getByLabelText(/Public key/), { target: { value: KEY } });
    const save = screen.getByRole('button', { name: 'Save the feed settings' });
    fireEvent.click(save);
    const saved = await screen.findByText('Saved.');
    expect(save.closest('form')?.contains(saved)).toBe(true);
    expect(rightAfter(save, saved)).toBe(true);
  });

  test("the organisation's feed: its refusal follows its Save button, inside its form", async () => {
    const api = fakeApi();
    api.saveSettings.mockRejectedValueOnce(userError({ code: 'managed' }));
    await openSettingsPage(api);
    fireEvent.input(screen.getByLabelText(/Organisation feed URL/), {
      target: { value: 'https://team.example/org.json' },
    });
    fireEvent.input(screen.getByLabelText(/Organisation feed public key/), { target: { value: KEY } });
    const save = screen.getByRole('button', { name: 'Save the organisation feed' });
    fireEvent.click(save);
    const alert = await screen.findByRole('alert');
    expect(save.closest('form')?.contains(alert)).toBe(true);
    expect(rightAfter(save, alert)).toBe(true);
  });

  test('the badge switch: “Saved.” follows the switch, before the search marks', async () => {
    await openSettingsPage();
    const badge = screen.getByRole('checkbox', { name: /Show the in-page badge/ });
    fireEvent.change(badge, { target: { checked: false } });
    const saved = await screen.findByText('Saved.');
    expect(rightAfter(badge, saved)).toBe(true);
  });

  test.each([
    ['Save the feed settings', /Public key/],
    ['Save the organisation feed', /Organisation feed public key/],
  ])('after %s, “Saved.” goes once the next save is refused for a field', async (name, key) => {
    await openSettingsPage();
    fireEvent.click(screen.getByRole('button', { name }));
    await screen.findByText('Saved.');
    fireEvent.input(screen.getByLabelText(key), { target: { value: 'abc' } });
    fireEvent.click(screen.getByRole('button', { name }));
    await screen.findByText(/44 characters/);
    expect(screen.queryByText('Saved.')).toBeNull();
  });
});
