// @vitest-environment happy-dom
/**
 * The assessment editor, rendered alone over the real handlers, in each language: a dataset rule's refusal of a
 * field (an invisible character, an id's shape, a link) is said in the page's language, never in the rule's English;
 * and a problem no field of the form shows (the product's id, the link of the assessment it started from) is said
 * in the save notice itself, which no longer claims that every problem is beside its field.
 */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import type { OrgDraft } from '../../../src/core/org-draft.ts';
import { setTranslator, translator, type Locale } from '../../../src/shared/i18n.ts';
import { acmeDraft } from '../helpers/org.ts';
import { localeCatalog } from '../helpers/locale.ts';
import { editRecord } from './org-editor-fixture.tsx';
import { fakeApi } from './workspace-fixture.tsx';

const english = localeCatalog('en');

afterEach(() => {
  cleanup();
  setTranslator(translator('en', english));
});

const say = (locale: Locale, key: string) => localeCatalog(locale)[key]?.message ?? '';

/** The editor of a stored draft in `locale`, after Save version was clicked: the notice. */
async function saved(locale: Locale, draft: OrgDraft) {
  setTranslator(translator(locale, localeCatalog(locale), english));
  const api = fakeApi();
  await api.saveDraft('r-1', draft);
  editRecord(api, 'r-1');
  await screen.findByLabelText(say(locale, 'org_productName'));
  fireEvent.click(screen.getByRole('button', { name: say(locale, 'org_saveVersion') }));
  return waitFor(() => screen.getByRole('alert'));
}

const reasonOf = (label: string) => {
  const field = screen.getByLabelText(label);
  const id = field.getAttribute('aria-describedby')?.split(' ')[0];
  return field.getAttribute('aria-invalid') === 'true' && id ? document.getElementById(id)?.textContent : null;
};

test.each<[Locale, string]>([
  [
    'en',
    'This text holds an invisible character (U+200B) at position 5, which can make it read differently from what it is: remove it.',
  ],
  [
    'de',
    'Dieser Text enthält an Position 5 ein unsichtbares Zeichen (U+200B), durch das er anders gelesen werden kann, als er ist: Entfernen Sie es.',
  ],
  [
    'fr',
    'Ce texte contient un caractère invisible (U+200B) à la position 5, qui peut le faire lire autrement qu’il n’est\u00a0: supprimez-le.',
  ],
])("%s: an invisible character in the name, beside it in the page's language", async (locale, reason) => {
  const notice = await saved(locale, { ...acmeDraft(), name: 'Acme\u200b Agent' });
  expect(reasonOf(say(locale, 'org_productName'))).toBe(reason);
  expect(notice.textContent).toBe(say(locale, 'org_toFix_one').replace('{n}', '1'));
});

test.each<[Locale, string]>([
  [
    'en',
    "1 thing to fix that no field of the form shows:The product's id: An id is written in lower case: letters a-z and digits, with - or . between them (such as acme-agent).",
  ],
  [
    'de',
    'Eine Sache ist zu korrigieren, die kein Feld des Formulars zeigt:Die Kennung des Produkts: Eine ID wird kleingeschrieben: Buchstaben a-z und Ziffern, dazwischen - oder . (etwa acme-agent).',
  ],
  [
    'fr',
    'Un point à corriger qu’aucun champ du formulaire ne montre\u00a0:L’identifiant du produit\u00a0: Un identifiant s’écrit en minuscules\u00a0: lettres a-z et chiffres, avec - ou . entre eux (par exemple acme-agent).',
  ],
])('%s: a problem of the id, which no field shows, is said in the notice', async (locale, text) => {
  const notice = await saved(locale, { ...acmeDraft(), id: 'Acme Agent' });
  expect(notice.textContent).toBe(text);
  expect(notice.querySelectorAll('li')).toHaveLength(1);
  expect(document.querySelector('.org-form [aria-invalid="true"]')).toBeNull();
});

test('a field beside its problem and one no field explains: the notice counts each where it is', async () => {
  const notice = await saved('de', {
    ...acmeDraft(),
    name: 'Acme\u200b Agent',
    basedOn: { assessmentId: 'pai-acme', title: 'PAI zu Acme', url: 'http://pai.example/acme' },
  });
  expect(notice.querySelector('p')?.textContent).toBe(
    'Zuerst ist eine Sache zu korrigieren: Sie steht neben ihrem Feld.',
  );
  expect(notice.querySelector('li')?.textContent).toBe(
    '$.assessments[0].url: Dieser Link muss eine https://-Adresse sein.',
  );
});
