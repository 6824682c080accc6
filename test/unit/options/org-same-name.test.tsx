// @vitest-environment happy-dom
// A new assessment whose typed product name is one the organisation already has was saved as a second product
// ("acme-agent-2") without a word: two products of one name in the library. The editor now says so beside the name,
// tied to it, with a link to the assessment there is, in each language; saving anyway still works.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { draftFromAssessment, type OrgDraft } from '../../../src/core/org-draft.ts';
import { OrgEditorPage } from '../../../src/options/org-editor-page.tsx';
import { setTranslator, translator, type Locale } from '../../../src/shared/i18n.ts';
import { assessmentOf, bundled, productOf } from '../helpers/dataset.ts';
import { localeCatalog } from '../helpers/setup.ts';
import { editRecord } from './org-editor-fixture.tsx';
import { orgApi } from './org-fixture.ts';
import { libraryOf } from './workspace-fixture.tsx';

const en = localeCatalog('en');

afterEach(() => {
  cleanup();
  setTranslator(translator('en', en));
});

/** A complete assessment typed from nothing (no product id yet), of a product named `name`. */
function typed(name: string): OrgDraft {
  const d = bundled();
  const from = draftFromAssessment(productOf(d, 'langchain'), assessmentOf(d, 'langchain'), {
    fresh: true,
    today: '2026-11-20',
  });
  return { ...from, id: '', name, assessor: 'Risk office', sites: [{ host: 'acme.example', path: '' }] };
}

/** The organisation's saved assessment of Acme Agent, as r-first. */
async function withAcmeAgent() {
  const { api } = await orgApi();
  await api.saveDraft('r-first', typed('Acme Agent'));
  expect(await api.saveVersion('r-first')).toMatchObject({ kind: 'version-saved', productId: 'acme-agent' });
  return api;
}

const nameField = (label = 'Product name') => screen.getByLabelText(label);
const described = (field: HTMLElement) =>
  (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

test.each<[Locale, string, string]>([
  [
    'en',
    'Your organisation already has a product named “Acme Agent”: saving this assessment adds a second product of that name to the library. Open that assessment',
    'Open that assessment',
  ],
  [
    'de',
    'Ihre Organisation hat bereits ein Produkt namens „Acme Agent“: Wenn Sie diese Bewertung speichern, steht ein zweites Produkt dieses Namens in der Bibliothek. Diese Bewertung öffnen',
    'Diese Bewertung öffnen',
  ],
  [
    'fr',
    'Votre organisation a déjà un produit nommé «\u00a0Acme Agent\u00a0»\u00a0: enregistrer cette évaluation ajoute à la bibliothèque un deuxième produit de ce nom. Ouvrir cette évaluation',
    'Ouvrir cette évaluation',
  ],
])(
  '%s: typing a name the organisation has already is said beside it, with the way to that one',
  async (locale, note, link) => {
    const catalog = localeCatalog(locale);
    setTranslator(translator(locale, catalog, en));
    const api = await withAcmeAgent();
    render(
      <OrgEditorPage
        library={libraryOf()}
        api={api}
        route={{ kind: 'org-edit', recordId: null }}
        onRecordId={() => {}}
        onLibraryChanged={() => {}}
      />,
    );
    const name = nameField(catalog['org_productName']!.message);
    fireEvent.input(name, { target: { value: '  acme   AGENT ' } });
    await waitFor(() => expect(described(name)).toBe(note));
    expect(screen.getByRole('link', { name: link }).getAttribute('href')).toBe('#/organisation/edit/r-first');
    // A note, not a problem: the field is not marked wrong.
    expect(name.getAttribute('aria-invalid')).toBeNull();
    fireEvent.input(name, { target: { value: 'Acme Agent Pro' } });
    await waitFor(() => expect(described(name)).toBe(''));
    expect(screen.queryByRole('link', { name: link })).toBeNull();
  },
);

test('the note does not stop a save: the assessment is kept as a second product', async () => {
  const api = await withAcmeAgent();
  await api.saveDraft('r-second', typed('Acme Agent'));
  editRecord(api, 'r-second');
  await waitFor(() => expect(described(nameField())).toContain('already has a product named “Acme Agent”'));
  fireEvent.click(screen.getByRole('button', { name: 'Save version' }));
  await screen.findByText(/^Saved as version 1\./);
  const second = (await api.orgRecords()).records.find((r) => r.id === 'r-second');
  expect(second?.versions.at(-1)?.draft.id).toBe('acme-agent-2');
});

test('an assessment is not its own namesake, nor is a deleted one or a draft never saved as a product', async () => {
  const api = await withAcmeAgent();
  await api.saveDraft('r-draft', typed('Globex Bot'));
  await api.saveDraft('r-old', typed('Initech AI'));
  expect(await api.saveVersion('r-old')).toMatchObject({ kind: 'version-saved' });
  await api.deleteRecord('r-old');
  editRecord(api, 'r-first');
  const name = await screen.findByDisplayValue('Acme Agent');
  for (const other of ['Globex Bot', 'Initech AI', 'Acme Agent']) {
    fireEvent.input(name, { target: { value: other } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(described(name)).toBe('');
  }
});
