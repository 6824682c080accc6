// @vitest-environment happy-dom
/**
 * The workspace's pages in German and French where the wording is more than a lookup: counts in the language's
 * plural forms (French counts 0 and 1 alike, German does not), dates the language's way, sentences with a link or
 * a product's name inside, and the dataset's own words (domain names, actions) left in English and marked so.
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { EMPTY_STATUS } from '../../../src/background/feed-runner.ts';
import { WorkspaceApp } from '../../../src/options/app.tsx';
import type { FeedOutcome, FeedProblem } from '../../../src/shared/feed-status.ts';
import { setTranslator, translator, type Locale } from '../../../src/shared/i18n.ts';
import { bundled } from '../helpers/dataset.ts';
import { localeCatalog } from '../helpers/setup.ts';
import { fakeApi } from './workspace-fixture.tsx';

const english = localeCatalog('en');
const speak = (locale: Locale) => setTranslator(translator(locale, localeCatalog(locale), english));
const total = bundled().products.length;

afterEach(() => {
  cleanup();
  setTranslator(translator('en', english));
});

async function openIn(locale: Locale, hash: string, api = fakeApi()) {
  speak(locale);
  history.replaceState(null, '', hash);
  render(<WorkspaceApp api={api} />);
  await screen.findByText(locale === 'de' ? /^PSF-Daten vom / : /^Données PSF du /);
  return api;
}

describe('German', () => {
  test('the library counts its products and the matches in German plural forms', async () => {
    await openIn('de', '#/library');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Bibliothek');
    expect(screen.getByRole('status').textContent).toBe(`${total} Produkte`);
    expect(document.title).toBe('Bibliothek · PSF Lens – Arbeitsbereich');
    expect(screen.getByRole('button', { name: 'Auswahl vergleichen (0)' })).toBeTruthy();
    expect(screen.getByRole('option', { name: 'ist erfasst und nicht Gap' })).toBeTruthy();
    cleanup();
    await openIn('de', '#/library?q=foundation');
    expect(screen.getByRole('status').textContent).toBe(`Treffer: 4 von ${total} Produkten`);
  });

  test('the checklist’s progress, statuses and fields; the actions stay English', async () => {
    await openIn('de', '#/checklist/semantic-kernel');
    expect(
      await screen.findByText('0 erledigt · 0 in Arbeit · 3 offen · 0 nicht zutreffend, von 3 Maßnahmen'),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Checkliste der Maßnahmen: Semantic Kernel');
    const [row] = screen.getAllByRole('listitem');
    if (!row) throw new Error('no action row');
    const status = within(row).getByLabelText('Status') as HTMLSelectElement;
    expect([...status.options].map((o) => o.text)).toEqual(['Offen', 'In Arbeit', 'Erledigt', 'Nicht zutreffend']);
    expect(within(row).getByLabelText('Verantwortlich')).toBeTruthy();
    expect(within(row).getByLabelText('Fällig am')).toBeTruthy();
    expect(row.querySelector('.action-text')?.getAttribute('lang')).toBe('en');
    expect(screen.getByRole('group', { name: 'Checkliste exportieren' })).toBeTruthy();
  });

  test('one action is counted in the singular', () => {
    const de = translator('de', localeCatalog('de'), english);
    expect(de.plural('checklist_progress', 1, { done: 1, inProgress: 0, todo: 0, na: 0 })).toBe(
      '1 erledigt · 0 in Arbeit · 0 offen · 0 nicht zutreffend, von 1 Maßnahme',
    );
    expect(de.plural('library_count', 1)).toBe('1 Produkt');
    expect(de.plural('library_matching', 1, { shown: 0 })).toBe('Treffer: 0 von 1 Produkt');
  });

  test('the rating history dates each update the German way and says where it came from', async () => {
    const api = fakeApi();
    api.watchState.mockResolvedValue({
      kind: 'watch',
      watched: true,
      history: [
        {
          productId: 'openai-codex',
          at: Date.UTC(2026, 11, 1, 12),
          version: '2026.12.01',
          source: 'feed',
          changes: [{ domain: 'D4', from: null, to: 'Partial' }],
        },
      ],
    });
    await openIn('de', '#/product/openai-codex', api);
    expect(await screen.findByText('01.12.2026 · Version 2026.12.01 (Feed)')).toBeTruthy();
    const change = screen.getByText(
      (_, el) => el?.tagName === 'LI' && el.textContent === 'D4 Observability: nicht erfasst → Partial',
    );
    expect(change.querySelector('[lang="en"]')?.textContent).toBe('D4 Observability');
    expect(screen.getByLabelText(/^OpenAI Codex beobachten: mich benachrichtigen/)).toBeTruthy();
  });

  test('the comparison counts the differing domains and names its cells', async () => {
    await openIn('de', '#/compare?products=langchain,crewai,haystack');
    expect(screen.getByText(/^Die erfassten Einstufungen weichen in \d von 8 Domänen ab\.$/)).toBeTruthy();
    const d1 = screen.getByRole('rowheader', { name: /^D1 / });
    expect(d1.textContent).toContain('weicht ab');
    expect(d1.querySelector('[lang="en"]')?.textContent).toBe('Input Governance');
    expect(screen.getByRole('button', { name: 'CrewAI aus dem Vergleich entfernen' })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /, D1: Befunde zeigen$/ })).toHaveLength(3);
  });

  test('a link to an unknown product says so in German, with the link’s id in the sentence', async () => {
    await openIn('de', '#/product/no-such-product');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Produkt nicht gefunden');
    const sentence = screen.getByRole('heading', { level: 1 }).nextElementSibling;
    expect(sentence?.textContent).toMatch(
      /^Die PSF-Bibliothek enthält kein Produkt no-such-product, daher gibt es keine Bewertung/,
    );
    expect(sentence?.querySelector('code')?.textContent).toBe('no-such-product');
  });
});

describe('French', () => {
  test('the checklist’s progress reads as French labels, and 0 and 1 take the singular', async () => {
    await openIn('fr', '#/checklist/semantic-kernel');
    expect(
      await screen.findByText('Terminées : 0 · En cours : 0 · À faire : 3 · Sans objet : 0, sur 3 actions'),
    ).toBeTruthy();
    const fr = translator('fr', localeCatalog('fr'), english);
    expect(fr.plural('library_count', 0)).toBe('0 produit');
    expect(fr.plural('library_count', 1)).toBe('1 produit');
    expect(fr.plural('library_count', 2)).toBe('2 produits');
  });

  test('the library and the welcome page in French', async () => {
    await openIn('fr', '#/library');
    expect(screen.getByRole('status').textContent).toBe(`${total} produits`);
    expect(screen.getByRole('searchbox', { name: 'Recherche' }).getAttribute('placeholder')).toBe(
      'Nom, fournisseur, catégorie, titre',
    );
    history.replaceState(null, '', '#/welcome');
    dispatchEvent(new HashChangeEvent('hashchange'));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Bienvenue dans PSF Lens'));
    expect(document.title).toBe('Bienvenue dans PSF Lens · Espace de travail PSF Lens');
  });
});

describe('a feed’s last result', () => {
  const withStatus = (lastOutcome: FeedOutcome) => {
    const api = fakeApi({ user: { feedUrl: 'https://feed.example/psf.json', feedPublicKey: 'k' } });
    api.background.settings.setStatus({ ...EMPTY_STATUS, lastAttempt: 1, lastOutcome });
    return api;
  };

  test('German: recorded as a code, said in German', async () => {
    await openIn('de', '#/settings', withStatus({ kind: 'updated', note: { code: 'updated', version: '2026.12.01' } }));
    expect(await screen.findByText('Letztes Ergebnis: Auf Version 2026.12.01 aktualisiert.')).toBeTruthy();
  });

  test('French: why the dataset was kept, in French', async () => {
    const kept = (problem: FeedProblem): FeedOutcome => ({
      kind: 'refused',
      note: { code: 'kept', version: '2026.11.24', problem },
    });
    await openIn('fr', '#/settings', withStatus(kept({ code: 'mismatch' })));
    const [alert] = await screen.findAllByRole('alert');
    expect(alert?.textContent).toBe(
      'Dernier résultat\u00a0: Version 2026.11.24 conservée\u00a0: la signature ne correspond pas au fichier et à la clé publique épinglée.',
    );
    cleanup();
    await openIn('fr', '#/settings', withStatus(kept({ code: 'feed-over-cap', max: 8_000_000 })));
    expect((await screen.findAllByRole('alert'))[0]?.textContent).toMatch(
      /conservée\u00a0: le flux dépasse la limite de 8\s000\s000 octets\.$/,
    );
  });

  test('German: the count in its plural form; the dataset rules’ own words stay English and are marked so', async () => {
    const detail = 'Invalid key: Expected never but received "D9"';
    const problem: FeedProblem = { code: 'rules', count: 3, path: '$.assessments[0].ratings.D9', detail };
    await openIn('de', '#/settings', withStatus({ kind: 'refused', note: { code: 'kept', version: '1', problem } }));
    const [alert] = await screen.findAllByRole('alert');
    expect(alert?.textContent).toBe(
      `Letztes Ergebnis: Version 1 beibehalten: Der Datensatz des Feeds verletzt die Regeln (3 Probleme; das erste bei $.assessments[0].ratings.D9: ${detail}).`,
    );
    expect(alert?.querySelector('[lang="en"]')?.textContent).toBe(detail);
  });

  test('an English sentence an earlier version recorded still shows, marked English, in the page’s words', async () => {
    await openIn('de', '#/settings', withStatus({ kind: 'not-modified', message: 'Up to date (version 2026.11.24).' }));
    const said = await screen.findByText('Up to date (version 2026.11.24).');
    expect(said.getAttribute('lang')).toBe('en');
    expect(said.parentElement?.textContent).toBe('Letztes Ergebnis: Up to date (version 2026.11.24).');
  });
});
