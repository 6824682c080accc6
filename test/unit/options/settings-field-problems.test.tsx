// @vitest-environment happy-dom
/**
 * A value the feed forms cannot take is said on the page, beside its field and in the page's language, before
 * anything is saved: not only in the browser's own bubble (which comes and goes, and says nothing of the schedule's
 * limits), and not as the background's English sentence at the foot of the page.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { SettingsPage } from '../../../src/options/settings-page.tsx';
import { setTranslator, translator, type Locale } from '../../../src/shared/i18n.ts';
import { localeCatalog } from '../helpers/setup.ts';
import { KEY, openSettingsPage } from './settings-fixture.tsx';
import { fakeApi } from './workspace-fixture.tsx';

const english = localeCatalog('en');

afterEach(() => {
  cleanup();
  setTranslator(translator('en', english));
});

/** The sentence a field's aria-describedby names, once the field is marked invalid. */
function problemOf(field: HTMLElement): string | null {
  if (field.getAttribute('aria-invalid') !== 'true') return null;
  const ids = (field.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ') || null;
}

const input = (label: RegExp) => screen.getByLabelText(label) as HTMLInputElement;
const type = (label: RegExp, value: string) => fireEvent.input(input(label), { target: { value } });

describe('the signed feed form', () => {
  test.each([
    ['an http address', /^Feed URL/, 'http://feed.example/psf.json', /must start with https:\/\//],
    ['words that are no address', /^Feed URL/, 'feed dot example', /full address/],
    ['a public key cut short', /Public key/, 'abc', /44 characters/],
    ['an hour count of 0', /Check every/, '0', /whole number of hours from 1 to 720/],
    ['more than 30 days', /Check every/, '721', /whole number of hours from 1 to 720/],
    ['a fraction of an hour', /Check every/, '1.5', /whole number of hours from 1 to 720/],
    ['an emptied hour count', /Check every/, '', /whole number of hours from 1 to 720/],
  ])('%s is said beside its field, the field gets the focus, and nothing is saved', async (_, label, value, said) => {
    const api = await openSettingsPage();
    type(/^Feed URL/, 'https://feed.example/psf.json');
    type(/Public key/, KEY);
    type(label, value);
    fireEvent.click(screen.getByRole('button', { name: 'Save the feed settings' }));
    await waitFor(() => expect(problemOf(input(label))).toMatch(said));
    expect(document.activeElement).toBe(input(label));
    expect(api.saveSettings).not.toHaveBeenCalled();
    // The form lets the page check its values: the browser's bubble would stop the click before the page could.
    expect(input(label).closest('form')?.noValidate).toBe(true);
  });

  test('an earlier refusal no longer stands once the field it was about is right and another is wrong', async () => {
    await openSettingsPage();
    type(/^Feed URL/, 'http://feed.example/psf.json');
    fireEvent.click(screen.getByRole('button', { name: 'Save the feed settings' }));
    await waitFor(() => expect(problemOf(input(/^Feed URL/))).toMatch(/https:\/\//));
    type(/^Feed URL/, 'https://feed.example/psf.json');
    type(/Check every/, '0');
    fireEvent.click(screen.getByRole('button', { name: 'Save the feed settings' }));
    await waitFor(() => expect(problemOf(input(/Check every/))).toMatch(/1 to 720/));
    expect(problemOf(input(/^Feed URL/))).toBeNull();
    expect(document.body.textContent).not.toMatch(/https:\/\//);
  });

  test('once the values are right, they are saved and the problems go', async () => {
    const api = await openSettingsPage();
    type(/Public key/, 'abc');
    fireEvent.click(screen.getByRole('button', { name: 'Save the feed settings' }));
    await waitFor(() => expect(problemOf(input(/Public key/))).toMatch(/44 characters/));
    type(/Public key/, KEY);
    fireEvent.click(screen.getByRole('button', { name: 'Save the feed settings' }));
    await screen.findByText('Saved.');
    expect(api.saveSettings).toHaveBeenCalledWith({ feedUrl: '', feedPublicKey: KEY, updateIntervalHours: 24 });
    expect(problemOf(input(/Public key/))).toBeNull();
  });
});

describe('an address without its key', () => {
  test.each([
    ['Save the feed settings', /^Feed URL/, /^Public key/, 'https://feed.example/psf.json'],
    [
      'Save the organisation feed',
      /Organisation feed URL/,
      /Organisation feed public key/,
      'https://team.example/org.json',
    ],
  ])('%s: the key is asked for, not “Saved.” for a feed that would fetch nothing', async (name, url, key, address) => {
    const api = await openSettingsPage();
    type(url, address);
    fireEvent.click(screen.getByRole('button', { name }));
    await waitFor(() => expect(problemOf(input(key))).toMatch(/needs its public key/));
    expect(document.activeElement).toBe(input(key));
    expect(api.saveSettings).not.toHaveBeenCalled();
  });

  test('a key the administrator set is the key: the address alone is saved', async () => {
    const api = await openSettingsPage(fakeApi({ managed: { feedPublicKey: KEY } }));
    type(/^Feed URL/, 'https://feed.example/psf.json');
    fireEvent.click(screen.getByRole('button', { name: 'Save the feed settings' }));
    await screen.findByText('Saved.');
    expect(api.saveSettings).toHaveBeenCalledWith({
      feedUrl: 'https://feed.example/psf.json',
      updateIntervalHours: 24,
    });
  });
});

describe("the organisation's feed form", () => {
  test.each([
    ['an http address', /Organisation feed URL/, 'http://team.example/org.json', /must start with https:\/\//],
    ['a public key cut short', /Organisation feed public key/, 'short', /44 characters/],
  ])('%s is said beside its field and nothing is saved', async (_, label, value, said) => {
    const api = await openSettingsPage();
    type(label, value);
    fireEvent.click(screen.getByRole('button', { name: 'Save the organisation feed' }));
    await waitFor(() => expect(problemOf(input(label))).toMatch(said));
    expect(document.activeElement).toBe(input(label));
    expect(api.saveSettings).not.toHaveBeenCalled();
  });
});

describe("in the page's language", () => {
  const cases: [Locale, RegExp, RegExp, RegExp, RegExp][] = [
    ['de', /^Einstellungen$/, /^Feed-URL\s*$/, /Feed-Einstellungen speichern/, /https:\/\//],
    ['fr', /^Paramètres$/, /^URL du flux\s*$/, /Enregistrer les paramètres du flux/, /https:\/\//],
  ];
  test.each(cases)(
    '%s: an http address is refused in the page’s words, not English',
    async (locale, h1, label, save, said) => {
      setTranslator(translator(locale, localeCatalog(locale), english));
      const api = fakeApi();
      render(<SettingsPage api={api} onDataChanged={vi.fn()} />);
      await screen.findByRole('heading', { level: 1, name: h1 });
      type(label, 'http://feed.example/psf.json');
      fireEvent.click(screen.getByRole('button', { name: save }));
      await waitFor(() => expect(problemOf(input(label))).toMatch(said));
      const text = problemOf(input(label)) ?? '';
      expect(text).toBe(localeCatalog(locale).settings_problemHttps?.message);
      expect(text).not.toMatch(/must/);
    },
  );
});
