// @vitest-environment happy-dom
/**
 * #/settings when the feed's dataset was refused or could not be stored, in each language: the first problem the
 * dataset rules found is said in the page's language (a record from an older PSF Lens holds the same English
 * sentence, and reads the same), and the browser's own words sit inside our sentence without a second full stop.
 */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { SettingsPage } from '../../../src/options/settings-page.tsx';
import type { FeedProblem } from '../../../src/shared/feed-status.ts';
import { setTranslator, translator, type Locale } from '../../../src/shared/i18n.ts';
import { localeCatalog } from '../helpers/locale.ts';
import { errorText } from '../../../src/shared/error-text.ts';
import { userError } from '../../../src/shared/user-error.ts';
import { checked, settingsView } from './settings-fixture.tsx';
import { fakeApi } from './workspace-fixture.tsx';

const english = localeCatalog('en');

afterEach(() => {
  cleanup();
  setTranslator(translator('en', english));
});

async function lastResult(locale: Locale, problem: FeedProblem) {
  setTranslator(translator(locale, localeCatalog(locale), english));
  const api = fakeApi();
  const outcome = { kind: 'refused' as const, note: { code: 'kept' as const, version: '2026.11.24', problem } };
  api.settings.mockResolvedValue(
    settingsView({ settings: { feedUrl: 'https://feed.example/psf.json' }, feed: checked(outcome) }),
  );
  render(<SettingsPage api={api} onDataChanged={vi.fn()} />);
  await screen.findByRole('heading', { level: 2, name: localeCatalog(locale).settings_data?.message });
  return screen.getByRole('alert');
}

const RULES: FeedProblem = {
  code: 'rules',
  count: 2,
  path: '$.products[0].name',
  detail: 'Invalid type: Expected string but received 3',
};

test.each<[Locale, string]>([
  [
    'en',
    "Last result: Kept version 2026.11.24: the feed's dataset breaks the rules (2 problems; first $.products[0].name: This value must be a text (in quotes)).",
  ],
  [
    'de',
    'Letztes Ergebnis: Version 2026.11.24 beibehalten: Der Datensatz des Feeds verletzt die Regeln (2 Probleme; das erste bei $.products[0].name: Dieser Wert muss ein Text (in Anführungszeichen) sein).',
  ],
  [
    'fr',
    'Dernier résultat\u00a0: Version 2026.11.24 conservée\u00a0: le jeu de données du flux enfreint les règles (2 problèmes\u00a0; le premier à $.products[0].name\u00a0: Cette valeur doit être un texte (entre guillemets)).',
  ],
])("%s: the dataset's first problem in the page's language", async (locale, sentence) => {
  const alert = await lastResult(locale, RULES);
  expect(alert.textContent).toBe(sentence);
  expect(alert.querySelector('[lang="en"]')).toBeNull();
});

test('a problem no code names stays English, marked so, without its full stop inside ours', async () => {
  const alert = await lastResult('de', { ...RULES, detail: 'something new went wrong.' });
  expect(alert.querySelector('[lang="en"]')?.textContent).toBe('something new went wrong');
  expect(alert.textContent).toMatch(/: something new went wrong\)\.$/);
});

test.each<[Locale, string]>([
  ['en', 'Last result: Kept version 2026.11.24: the new dataset could not be stored: The transaction was aborted.'],
  [
    'de',
    'Letztes Ergebnis: Version 2026.11.24 beibehalten: Der neue Datensatz konnte nicht gespeichert werden: The transaction was aborted.',
  ],
  [
    'fr',
    'Dernier résultat\u00a0: Version 2026.11.24 conservée\u00a0: le nouveau jeu de données n’a pas pu être enregistré\u00a0: The transaction was aborted.',
  ],
])("%s: the browser's words end our sentence with one full stop", async (locale, sentence) => {
  const alert = await lastResult(locale, { code: 'not-stored', detail: 'The transaction was aborted.' });
  expect(alert.textContent).toBe(sentence);
  expect(alert.querySelector('[lang="en"]')?.textContent).toBe('The transaction was aborted');
});

test.each<FeedProblem>([
  { code: 'unreadable', detail: 'NetworkError when attempting to fetch resource.' },
  { code: 'key-unusable', detail: 'Invalid keyData.' },
])("%o: no doubled full stop after the browser's words", async (problem) => {
  const alert = await lastResult('fr', problem);
  expect(alert.textContent).not.toMatch(/\.\.$/);
  expect(alert.textContent).toMatch(/[a-z]\.$/);
});

test.each<[Locale, FeedProblem, string]>([
  [
    'en',
    { code: 'connection' },
    'Last result: Kept version 2026.11.24: the connection to the feed failed: no network, or its server refused, redirected or broke off the request.',
  ],
  [
    'de',
    { code: 'connection' },
    'Letztes Ergebnis: Version 2026.11.24 beibehalten: Die Verbindung zum Feed ist fehlgeschlagen: kein Netzwerk, oder sein Server hat die Anfrage abgelehnt, umgeleitet oder abgebrochen.',
  ],
  [
    'fr',
    { code: 'connection' },
    'Dernier résultat\u00a0: Version 2026.11.24 conservée\u00a0: la connexion au flux a échoué\u00a0: pas de réseau, ou son serveur a refusé, redirigé ou interrompu la requête.',
  ],
  [
    'en',
    { code: 'no-ed25519' },
    'Last result: Kept version 2026.11.24: this browser cannot check Ed25519 signatures, so nothing was taken from the feed: update the browser.',
  ],
  [
    'de',
    { code: 'no-ed25519' },
    'Letztes Ergebnis: Version 2026.11.24 beibehalten: Dieser Browser kann keine Ed25519-Signaturen prüfen, daher wurde nichts aus dem Feed übernommen: Aktualisieren Sie den Browser.',
  ],
  [
    'fr',
    { code: 'no-ed25519' },
    'Dernier résultat\u00a0: Version 2026.11.24 conservée\u00a0: ce navigateur ne sait pas vérifier les signatures Ed25519, donc rien n’a été repris du flux\u00a0: mettez le navigateur à jour.',
  ],
])("%s: %o is said in the page's language, never in the browser's English", async (locale, problem, sentence) => {
  const alert = await lastResult(locale, problem);
  expect(alert.textContent).toBe(sentence);
  expect(alert.querySelector('[lang="en"]')).toBeNull();
});

test.each<[Locale, string]>([
  [
    'de',
    'Die Richtlinie Ihrer Organisation legt diesen Wert inzwischen fest: Laden Sie diese Seite neu, um ihn zu sehen.',
  ],
  ['fr', 'La stratégie de votre organisation fixe désormais cette valeur\u00a0: rechargez cette page pour la voir.'],
])('%s: a value a policy began to set meanwhile is refused in the page language', (locale, sentence) => {
  setTranslator(translator(locale, localeCatalog(locale), english));
  expect(errorText(userError({ code: 'managed' }))).toBe(sentence);
});
