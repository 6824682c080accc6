// @vitest-environment happy-dom
/**
 * The popup in German and French: PSF Lens's own words in the page's language, the assessment's text left in
 * English and marked so (a screen reader then reads it with English rules), numbers and plurals the language's way.
 */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { PopupApp, type PopupApi } from '../../../src/popup/app.tsx';
import { setTranslator, translator } from '../../../src/shared/i18n.ts';
import { localeCatalog } from '../helpers/setup.ts';
import { productView } from '../helpers/tab-view.ts';

const english = localeCatalog('en');

const api: PopupApi = {
  load: async () => productView('openai-codex'),
  setSiteHidden: async () => {},
  launcher: async () => {
    throw new Error('not asked on a product page');
  },
  workspaceHref: (path) => `#${path}`,
};

afterEach(() => {
  cleanup();
  setTranslator(translator('en', english));
});

describe.each([
  ['de', 'Zuerst tun', /^Gap in 2 von 8 eingestuften Domänen: /, 'Badge auf openai.com anzeigen', /Alle \d+ Maßnahmen/],
  [
    'fr',
    'À faire d’abord',
    /^Gap dans 2 des 8 domaines notés\u00a0: /,
    'Afficher le badge sur openai.com',
    /Les \d+ actions/,
  ],
] as const)('%s', (locale, doFirst, verdict, badge, all) => {
  test('PSF Lens’s words are the language’s; the assessment’s stay English, marked lang="en"', async () => {
    setTranslator(translator(locale, localeCatalog(locale), english));
    render(<PopupApp api={api} />);
    await screen.findByRole('heading', { level: 2, name: doFirst });
    expect(document.querySelector('.verdict-line')?.textContent).toMatch(verdict);
    expect(screen.getByLabelText(badge)).toBeTruthy();
    expect(screen.getByRole('link', { name: all })).toBeTruthy();
    // The dataset's words: domain names and summaries, findings and actions, in English and said to be.
    const names = [...document.querySelectorAll('.domain-name')];
    expect(names.map((n) => n.textContent)).toContain('Observability');
    expect(names.every((n) => n.getAttribute('lang') === 'en')).toBe(true);
    expect(document.querySelector('.domain-body ul.actions')?.getAttribute('lang')).toBe('en');
    // No key left untranslated anywhere on the page.
    expect(document.body.textContent).not.toMatch(/\b[a-z]+_[a-zA-Z]+\b/);
  });
});
