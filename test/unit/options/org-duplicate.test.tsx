// @vitest-environment happy-dom
// A version the background refuses because another of the organisation's assessments is of the same product: the
// reason is said beside the product name, tied to it (aria-invalid, aria-describedby), with the keyboard on it,
// as the form's own problems are, in each language; a later save that passes takes it away.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { draftFromAssessment } from '../../../src/core/org-draft.ts';
import { OrgEditorPage } from '../../../src/options/org-editor-page.tsx';
import { setTranslator, translator, type Locale } from '../../../src/shared/i18n.ts';
import { assessmentOf, bundled, productOf } from '../helpers/dataset.ts';
import { localeCatalog } from '../helpers/setup.ts';
import { orgApi } from './org-fixture.ts';
import { libraryOf } from './workspace-fixture.tsx';

const en = localeCatalog('en');

afterEach(() => {
  cleanup();
  setTranslator(translator('en', en));
});

/** The editor of a new assessment started from PAI's of LangChain. */
function newFromLangChain(api: Awaited<ReturnType<typeof orgApi>>['api']) {
  render(
    <OrgEditorPage
      library={libraryOf()}
      api={api}
      route={{ kind: 'org-edit', recordId: null, from: 'langchain' }}
      onRecordId={() => {}}
      onLibraryChanged={() => {}}
    />,
  );
}

/** The organisation's saved assessment of LangChain, and a new one of the same product open in the editor. */
async function secondOfLangChain() {
  const { api } = await orgApi();
  const d = bundled();
  const first = draftFromAssessment(productOf(d, 'langchain'), assessmentOf(d, 'langchain'), {
    fresh: true,
    today: '2026-11-20',
  });
  await api.saveDraft('r-first', { ...first, assessor: 'Risk office' });
  expect(await api.saveVersion('r-first')).toMatchObject({ kind: 'version-saved' });
  newFromLangChain(api);
  return api;
}

test.each<[Locale, string, string]>([
  ['en', 'Your organisation already has an assessment of this product: edit that one instead.', '1 thing to fix'],
  ['de', 'Ihre Organisation hat bereits eine Bewertung dieses Produkts: Bearbeiten Sie stattdessen diese.', 'Zuerst'],
  ['fr', 'Votre organisation a déjà une évaluation de ce produit\u00a0: modifiez plutôt celle-ci.', 'Un point'],
])('%s: the refusal is said beside the product name, which has the focus', async (locale, reason, notice) => {
  const catalog = localeCatalog(locale);
  setTranslator(translator(locale, catalog, en));
  const say = (key: string) => catalog[key]?.message ?? '';
  await secondOfLangChain();
  const assessor = await screen.findByLabelText(new RegExp(`^${say('org_assessor')}`));
  fireEvent.input(assessor, { target: { value: 'Second opinion' } });
  fireEvent.click(screen.getByRole('button', { name: say('org_saveVersion') }));

  const name = screen.getByLabelText(say('org_productName'));
  await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'));
  const described = document.getElementById(name.getAttribute('aria-describedby') ?? '');
  expect(described?.textContent).toBe(reason);
  await waitFor(() => expect(document.activeElement).toBe(name));
  // The notice at the top says there is something to fix beside a field, as for the form's own problems.
  expect(screen.getByRole('alert').textContent).toContain(notice);
});

test('once the other assessment is gone, saving again passes and the name is no longer marked', async () => {
  const api = await secondOfLangChain();
  fireEvent.input(await screen.findByLabelText(/^Assessor/), { target: { value: 'Second opinion' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save version' }));
  const name = screen.getByLabelText('Product name');
  await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'));
  await api.deleteRecord('r-first');
  fireEvent.click(screen.getByRole('button', { name: 'Save version' }));
  await screen.findByText(/Saved as version 1/, undefined, { timeout: 5000 });
  expect(name.getAttribute('aria-invalid')).toBeNull();
  expect(name.getAttribute('aria-describedby')).toBeNull();
});

test.each<[Locale, string]>([
  [
    'en',
    'Your organisation already has an assessment of LangChain / LangGraph: a second one of the same product cannot be saved. Edit that one instead',
  ],
  [
    'de',
    'Ihre Organisation hat bereits eine Bewertung von LangChain / LangGraph: Eine zweite Bewertung desselben Produkts kann nicht gespeichert werden. Stattdessen diese bearbeiten',
  ],
  [
    'fr',
    'Votre organisation a déjà une évaluation de LangChain / LangGraph\u00a0: une deuxième évaluation du même produit ne peut pas être enregistrée. Modifier plutôt celle-ci',
  ],
])('%s: a new assessment of a product already assessed says so before anything is typed', async (locale, text) => {
  setTranslator(translator(locale, localeCatalog(locale), en));
  await secondOfLangChain();
  const link = await screen.findByRole('link', { name: localeCatalog(locale).org_alreadyAssessedLink?.message });
  expect(link.getAttribute('href')).toBe('#/organisation/edit/r-first');
  expect(link.closest('p')?.textContent).toBe(text);
});

test('no note once the organisation’s assessment of the product is deleted', async () => {
  const api = await secondOfLangChain();
  await screen.findByRole('link', { name: 'Edit that one instead' });
  await api.deleteRecord('r-first');
  cleanup();
  const asked = api.orgRecords;
  asked.mockClear();
  newFromLangChain(api);
  await screen.findByLabelText('Product name');
  // Once the organisation's list is in and the page has rendered it, there is no note.
  await waitFor(() => expect(asked).toHaveBeenCalled());
  await asked.mock.results[0]?.value;
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(screen.queryByRole('link', { name: 'Edit that one instead' })).toBeNull();
});
