// @vitest-environment happy-dom
/**
 * What #/settings saves: each managed value locked and left out; the badge switch; the language, which loads the
 * page again; every control locked while a save runs and free after, whatever its end; the outcome as a status or,
 * when it failed, an alert with the reason.
 */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { SettingsView } from '../../../src/shared/messages.ts';
import { deferred, KEY, openSettingsPage } from './settings-fixture.tsx';
import { fakeApi } from './workspace-fixture.tsx';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const input = (label: RegExp) => screen.getByLabelText(label) as HTMLInputElement;
const saveFeed = () => fireEvent.click(screen.getByRole('button', { name: 'Save the feed settings' }));
const badge = () => screen.getByRole('checkbox', { name: /Show the in-page badge/ }) as HTMLInputElement;

/** Every control a save locks, by whether it is locked. */
const locked = () => [
  ...['Save the feed settings', 'Save the organisation feed', 'Update now'].map(
    (name) => (screen.getByRole('button', { name }) as HTMLButtonElement).disabled,
  ),
  badge().disabled,
  (screen.getByRole('combobox', { name: 'Language' }) as HTMLSelectElement).disabled,
];

describe('SettingsPage saves', () => {
  test.each([
    ['feedPublicKey', /Public key/, { feedUrl: 'https://feed.example/psf.json', updateIntervalHours: 6 }],
    ['updateIntervalHours', /Check every/, { feedUrl: 'https://feed.example/psf.json', feedPublicKey: KEY }],
  ] as const)('a managed %s is locked and left out of the save', async (field, label, saved) => {
    const api = await openSettingsPage(fakeApi({ managed: { [field]: field === 'feedPublicKey' ? KEY : 12 } }));
    expect(input(label).disabled).toBe(true);
    expect(input(label).closest('label')?.textContent).toContain('Managed by your organisation');
    fireEvent.input(input(/Feed URL/), { target: { value: 'https://feed.example/psf.json ' } });
    fireEvent.input(input(/Public key/), { target: { value: ` ${KEY} ` } });
    fireEvent.input(input(/Check every/), { target: { value: '6' } });
    saveFeed();
    await waitFor(() => expect(api.saveSettings).toHaveBeenCalledWith(saved));
    expect(input(/Public key/).getAttribute('spellcheck')).not.toBe('true');
  });

  test('the form starts from what is saved', async () => {
    await openSettingsPage(
      fakeApi({ user: { feedUrl: 'https://feed.example/psf.json', feedPublicKey: KEY, updateIntervalHours: 6 } }),
    );
    expect([input(/Feed URL/).value, input(/Public key/).value, input(/Check every/).value]).toEqual([
      'https://feed.example/psf.json',
      KEY,
      '6',
    ]);
  });

  test('every control is locked while a save runs, the outcome a status after', async () => {
    const api = await openSettingsPage(
      fakeApi({ user: { feedUrl: 'https://feed.example/psf.json', feedPublicKey: KEY } }),
    );
    expect(locked()).toEqual([false, false, false, false, false]);
    const answer = deferred<SettingsView>();
    api.saveSettings.mockReturnValueOnce(answer.promise);
    fireEvent.click(badge());
    expect(api.saveSettings).toHaveBeenCalledWith({ badgeEnabled: false });
    await waitFor(() => expect(locked()).toEqual([true, true, true, true, true]));
    answer.resolve(await api.settings());
    const status = await screen.findByRole('status');
    expect([status.textContent, status.className]).toEqual(['Saved.', 'note']);
    expect(locked()).toEqual([false, false, false, false, false]);
  });

  test('a failed save frees the controls again and is an alert with the reason', async () => {
    const api = await openSettingsPage();
    api.saveSettings.mockRejectedValueOnce(new Error('the settings could not be stored'));
    fireEvent.click(badge());
    const alert = await screen.findByRole('alert');
    expect([alert.textContent, alert.className]).toEqual(['The settings could not be stored.', 'error']);
    expect(screen.queryByRole('status')).toBeNull();
    expect(locked().slice(0, 2)).toEqual([false, false]);
    expect(badge().disabled).toBe(false);
  });

  test('a managed badge setting is locked even with no save running', async () => {
    await openSettingsPage(fakeApi({ managed: { badgeEnabled: false } }));
    expect([badge().disabled, badge().checked]).toEqual([true, false]);
  });

  test('a new language is saved, then the page loads again in it', async () => {
    const reload = vi.spyOn(location, 'reload').mockImplementation(() => {});
    const api = await openSettingsPage();
    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'de' } });
    expect(api.saveSettings).toHaveBeenCalledWith({ language: 'de' });
    await waitFor(() => expect(reload).toHaveBeenCalledOnce());
    expect((await api.settings()).settings.language).toBe('de');
    expect(screen.queryByRole('status')).toBeNull();
  });
});
