// @vitest-environment happy-dom
/**
 * The workspace's language: the browser's (named in its own words) or one of PSF Lens's three, each named in its
 * own words so a reader lost in the current language still finds theirs; locked while a save runs.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { LanguageSetting } from '../../../src/options/language-setting.tsx';
import { setTranslator, translator } from '../../../src/shared/i18n.ts';
import type { LanguageSetting as Choice } from '../../../src/shared/locales.ts';
import { localeCatalog } from '../helpers/locale.ts';
import { settingsView } from './settings-fixture.tsx';

const english = localeCatalog('en');

afterEach(() => {
  cleanup();
  setTranslator(translator('en', english));
});

function show({ language = 'auto' as Choice, busy = false, browserLanguage = 'de-DE' } = {}) {
  const save = vi.fn<(language: Choice) => void>();
  render(<LanguageSetting view={settingsView({ settings: { language } })} {...{ busy, browserLanguage, save }} />);
  return { save, select: screen.getByRole('combobox', { name: 'Language' }) as HTMLSelectElement };
}

describe('LanguageSetting', () => {
  test('offers the browser’s language in its own words, then each of PSF Lens’s in its own', () => {
    const { select } = show();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Language');
    expect([...select.options].map((o) => [o.value, o.text, o.lang])).toEqual([
      ['auto', 'The browser’s language (Deutsch (Deutschland))', ''],
      ['en', 'English', 'en'],
      ['de', 'Deutsch', 'de'],
      ['fr', 'Français', 'fr'],
    ]);
    expect(select.value).toBe('auto');
    expect(select.disabled).toBe(false);
    expect(screen.getByText(/^The language of PSF Lens’s popup and workspace\. The assessments/)).toBeTruthy();
  });

  test('a browser language Intl cannot name is shown as its tag', () => {
    const { select } = show({ browserLanguage: 'not a tag' });
    expect(select.options[0]?.text).toBe('The browser’s language (not a tag)');
  });

  test('shows the saved choice, saves another, and is locked while a save runs', () => {
    const { select, save } = show({ language: 'de' });
    expect(select.value).toBe('de');
    fireEvent.change(select, { target: { value: 'fr' } });
    expect(save).toHaveBeenCalledWith('fr');
    cleanup();
    expect(show({ busy: true }).select.disabled).toBe(true);
  });

  test('in German, the page’s words change and each language keeps its own name', () => {
    setTranslator(translator('de', localeCatalog('de'), english));
    render(
      <LanguageSetting
        view={settingsView()}
        busy={false}
        browserLanguage="fr-FR"
        save={vi.fn<(l: Choice) => void>()}
      />,
    );
    const options = [...(screen.getByRole('combobox', { name: 'Sprache' }) as HTMLSelectElement).options];
    expect(options.map((o) => o.text)).toEqual([
      'Sprache des Browsers (français (France))',
      'English',
      'Deutsch',
      'Français',
    ]);
  });
});
