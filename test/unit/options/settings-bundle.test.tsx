// @vitest-environment happy-dom
/**
 * #/settings when an update's dataset could not be stored: beside the feed's last result, in the page's language,
 * the version the update brought, the version still in use, why (the browser's own words as they are, marked
 * English), and that PSF Lens tries again; nothing when there is nothing to say.
 */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { SettingsPage } from '../../../src/options/settings-page.tsx';
import type { BundleProblem } from '../../../src/shared/feed-status.ts';
import { setTranslator, translator, type Locale } from '../../../src/shared/i18n.ts';
import { localeCatalog } from '../helpers/locale.ts';
import { bundledInfo } from '../helpers/tab-view.ts';
import { settingsView } from './settings-fixture.tsx';
import { fakeApi } from './workspace-fixture.tsx';

const english = localeCatalog('en');

afterEach(() => {
  cleanup();
  setTranslator(translator('en', english));
});

const FULL: BundleProblem = { version: '2026.12.01', kept: '2026.11.01', problem: { code: 'storage-full' } };
const ABORTED: BundleProblem = {
  version: '2026.12.01',
  kept: '2026.11.01',
  problem: { code: 'not-stored', detail: 'The transaction was aborted.' },
};

async function open(locale: Locale, bundle?: BundleProblem) {
  setTranslator(translator(locale, localeCatalog(locale), english));
  const api = fakeApi();
  api.settings.mockResolvedValue(settingsView({ dataset: { ...bundledInfo(), version: '2026.11.01' }, bundle }));
  render(<SettingsPage api={api} onDataChanged={vi.fn()} />);
  await screen.findByRole('heading', { level: 2, name: localeCatalog(locale).settings_data?.message });
}

test.each<[Locale, BundleProblem, string]>([
  [
    'en',
    FULL,
    'The data this PSF Lens came with (version 2026.12.01) could not be stored: the browser had no room left. Version 2026.11.01 stays in use. Free some disk space; PSF Lens tries again the next time it starts.',
  ],
  [
    'de',
    FULL,
    'Die Daten, die mit diesem PSF Lens kamen (Version 2026.12.01), konnten nicht gespeichert werden: Im Browser war kein Platz mehr. Version 2026.11.01 bleibt in Gebrauch. Geben Sie Speicherplatz frei; PSF Lens versucht es beim nächsten Start erneut.',
  ],
  [
    'fr',
    FULL,
    'Les données venues avec ce PSF Lens (version 2026.12.01) n’ont pas pu être enregistrées\u00a0: le navigateur n’avait plus de place. La version 2026.11.01 reste utilisée. Libérez de l’espace disque\u00a0; PSF Lens réessaiera à son prochain démarrage.',
  ],
  [
    'en',
    ABORTED,
    'The data this PSF Lens came with (version 2026.12.01) could not be stored. Version 2026.11.01 stays in use; PSF Lens tries again the next time it starts. The browser said: The transaction was aborted.',
  ],
  [
    'de',
    ABORTED,
    'Die Daten, die mit diesem PSF Lens kamen (Version 2026.12.01), konnten nicht gespeichert werden. Version 2026.11.01 bleibt in Gebrauch; PSF Lens versucht es beim nächsten Start erneut. Der Browser meldete: The transaction was aborted.',
  ],
  [
    'fr',
    ABORTED,
    'Les données venues avec ce PSF Lens (version 2026.12.01) n’ont pas pu être enregistrées. La version 2026.11.01 reste utilisée\u00a0; PSF Lens réessaiera à son prochain démarrage. Le navigateur a indiqué\u00a0: The transaction was aborted.',
  ],
])('%s, %j: said as an alert under the data line', async (locale, bundle, sentence) => {
  await open(locale, bundle);
  const alert = screen.getByRole('alert');
  expect(alert.textContent).toBe(sentence);
  if (bundle.problem.code === 'not-stored')
    expect(alert.querySelector('[lang="en"]')?.textContent).toBe('The transaction was aborted');
});

test("the browser's words without a full stop still end a sentence", async () => {
  await open('de', { ...ABORTED, problem: { code: 'not-stored', detail: 'UnknownError' } });
  expect(screen.getByRole('alert').textContent).toMatch(/Der Browser meldete: UnknownError\.$/);
});

test('nothing to say: no alert', async () => {
  await open('en');
  expect(screen.queryByRole('alert')).toBeNull();
});
