// @vitest-environment happy-dom
/**
 * The organisation's pages in German and French: counts in each language's plural forms (French counts 0 and 1
 * as singular, German and English only 1), dates and times the page's language's way, never the browser's, and
 * whole sentences around the file names and counts the user brings.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { checkDraft } from '../../../src/core/org-draft-check.ts';
import { emptyDraft } from '../../../src/core/org-draft.ts';
import { fieldProblemText } from '../../../src/options/field-problems.ts';
import type { OrgVersion } from '../../../src/core/org-versions.ts';
import { OrgHistory } from '../../../src/options/org-history.tsx';
import { OrganisationPage } from '../../../src/options/organisation-page.tsx';
import { setTranslator, translator, type Locale } from '../../../src/shared/i18n.ts';
import type { OrgDatasetView } from '../../../src/shared/messages.ts';
import { bundled } from '../helpers/dataset.ts';
import { localeCatalog } from '../helpers/setup.ts';
import { fakeApi } from './workspace-fixture.tsx';

const en = localeCatalog('en');
const speak = (locale: Locale) => translator(locale, localeCatalog(locale), en);
const NOV_1 = Date.UTC(2026, 10, 1, 12);

afterEach(() => {
  cleanup();
  setTranslator(speak('en'));
});

describe('counted words', () => {
  test.each<[Locale, number, string, string, string]>([
    ['en', 0, '0 products', '0 not assessed', '0 things to fix first'],
    ['en', 1, '1 product', '1 not assessed', '1 thing to fix first'],
    ['de', 0, '0 Produkte', '0 nicht bewertet', 'Zuerst sind 0 Dinge zu korrigieren'],
    ['de', 1, '1 Produkt', '1 nicht bewertet', 'Zuerst ist eine Sache zu korrigieren'],
    ['de', 1500, '1.500 Produkte', '1.500 nicht bewertet', 'Zuerst sind 1.500 Dinge zu korrigieren'],
    ['fr', 0, '0 produit', '0 non évalué', 'Un point à corriger'],
    ['fr', 1, '1 produit', '1 non évalué', 'Un point à corriger'],
    ['fr', 2, '2 produits', '2 non évalués', '2 points à corriger'],
    ['fr', 1500, '1 500 produits', '1 500 non évalués', '1 500 points à corriger'],
  ])('%s, %i', (locale, n, products, notAssessed, toFix) => {
    const t = speak(locale);
    // French groups thousands with a narrow no-break space; compared with plain spaces.
    const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');
    expect(plain(t.plural('org_products', n))).toBe(products);
    expect(plain(t.plural('org_notAssessedCount', n))).toBe(notAssessed);
    expect(plain(t.plural('org_toFix', n))).toContain(toFix);
  });
});

/** A file of `bytes` as the file input gives it, without holding that many bytes in the test. */
function fileOfSize(name: string, bytes: number) {
  const file = new File(['{}'], name, { type: 'application/json' });
  Object.defineProperty(file, 'size', { value: bytes });
  return file;
}

test.each<[Locale, string]>([
  [
    'en',
    'big.json was not imported, and nothing changed: it is 52.4\u00a0MB, and PSF Lens takes files of up to 20\u00a0MB.',
  ],
  [
    'de',
    'big.json wurde nicht importiert, und nichts hat sich geändert: Die Datei ist 52,4\u00a0MB groß, PSF Lens nimmt Dateien bis 20\u00a0MB an.',
  ],
  [
    'fr',
    'big.json n’a pas été importé, et rien n’a changé\u00a0: le fichier fait 52,4\u00a0Mo, et PSF Lens accepte les fichiers jusqu’à 20\u00a0Mo.',
  ],
])('%s: a file over the limit is refused before it is read, in the page’s language', async (locale, said) => {
  setTranslator(speak(locale));
  const api = fakeApi();
  render(<OrganisationPage organisation={[]} api={api} onChanged={() => {}} />);
  const big = fileOfSize('big.json', 52_400_000);
  let read = false;
  big.text = async () => ((read = true), '{}');
  fireEvent.change(screen.getByLabelText(speak(locale)('org_import')), { target: { files: [big] } });
  expect((await screen.findByRole('alert')).textContent).toBe(said);
  expect(read, 'never read').toBe(false);
  expect(api.importOrg).not.toHaveBeenCalled();
});

describe.each<[Locale, RegExp, string, string, string]>([
  [
    'de',
    /16 Produkte, 16 Bewertungen · importiert am 01\.11\.2026/,
    'acme.json importiert: 1 Produkt, 2 Bewertungen.',
    'bad.json wurde nicht importiert, und nichts hat sich geändert: ein Problem.',
    'bad.json wurde nicht importiert, und nichts hat sich geändert: 3 Probleme.',
  ],
  [
    'fr',
    /16 produits, 16 évaluations · importé le 1 nov\. 2026/,
    'acme.json importé : 1 produit, 2 évaluations.',
    'bad.json n’a pas été importé, et rien n’a changé : un problème.',
    'bad.json n’a pas été importé, et rien n’a changé : 3 problèmes.',
  ],
])('the organisation page in %s', (locale, listed, imported, oneProblem, threeProblems) => {
  const idProblem = {
    en: ': An id is written in lower case: letters a-z and digits, with - or . between them (such as acme-agent).',
    de: ': Eine ID wird kleingeschrieben: Buchstaben a-z und Ziffern, dazwischen - oder . (etwa acme-agent).',
    fr: '\u00a0: Un identifiant s’écrit en minuscules\u00a0: lettres a-z et chiffres, avec - ou . entre eux (par exemple acme-agent).',
  }[locale];
  const file = (name: string) => new File(['{}'], name, { type: 'application/json' });
  const org: OrgDatasetView = { id: 'acme', name: 'acme.json', importedAt: NOV_1, dataset: bundled() };
  const importLabel = () => screen.getByLabelText(speak(locale)('org_import'));

  test('an imported file: its counts and its date, the language’s way', () => {
    setTranslator(speak(locale));
    render(
      <OrganisationPage
        organisation={[
          {
            ...org,
            dataset: {
              ...bundled(),
              products: bundled().products.slice(0, 16),
              assessments: bundled().assessments.slice(0, 16),
            },
          },
        ]}
        api={fakeApi()}
        onChanged={() => {}}
      />,
    );
    expect(screen.getByRole('listitem', { name: 'acme.json' }).textContent).toMatch(listed);
  });

  test('a good import and refused ones, as whole sentences', async () => {
    setTranslator(speak(locale));
    const api = fakeApi();
    api.importOrg.mockResolvedValueOnce({ kind: 'imported', id: 'acme', importedAt: 1, products: 1, assessments: 2 });
    const issue = (n: number) => ({ path: `$.products[${n}].id`, message: 'must be kebab-case (a-z, 0-9, - and .)' });
    api.importOrg.mockResolvedValueOnce({ kind: 'refused', issues: [issue(0)] });
    api.importOrg.mockResolvedValueOnce({ kind: 'refused', issues: [issue(0), issue(1), issue(2)] });
    render(<OrganisationPage organisation={[]} api={api} onChanged={() => {}} />);
    fireEvent.change(importLabel(), { target: { files: [file('acme.json')] } });
    expect(await screen.findByText(imported)).toBeTruthy();
    fireEvent.change(importLabel(), { target: { files: [file('bad.json')] } });
    expect(await screen.findByText(oneProblem)).toBeTruthy();
    fireEvent.change(importLabel(), { target: { files: [file('bad.json')] } });
    expect(await screen.findByText(threeProblems)).toBeTruthy();
    // Each problem in the page's language too, at its path.
    const items = [...screen.getByRole('alert').querySelectorAll('li')];
    expect(items.map((li) => li.textContent)).toEqual([0, 1, 2].map((n) => `$.products[${n}].id${idProblem}`));
    expect(screen.getByRole('alert').querySelector('[lang="en"]')).toBeNull();
  });
});

test.each<[Locale, string, RegExp]>([
  ['en', 'History of your ratings (2 versions)', /Version 2, saved Nov 1, 2026, .* · assessed by Dana on 2026-11-01/],
  [
    'de',
    'Verlauf Ihrer Einstufungen (2 Versionen)',
    /Version 2, gespeichert am 01\.11\.2026, .* · bewertet von Dana am 2026-11-01/,
  ],
  [
    'fr',
    'Historique de vos notes (2 versions)',
    /Version 2, enregistrée le 1 nov\. 2026, .* · évaluée par Dana le 2026-11-01/,
  ],
])('%s: the history of the organisation’s ratings, dated the language’s way', (locale, summary, line) => {
  setTranslator(speak(locale));
  const draft = (rating: 'Gap' | 'Partial') => {
    const d = emptyDraft('acme', '2026-11-01');
    d.assessor = 'Dana';
    d.domains.D3.rating = rating;
    return d;
  };
  const versions: OrgVersion[] = [
    { n: 1, savedAt: NOV_1 - 86_400_000, draft: draft('Gap') },
    { n: 2, savedAt: NOV_1, draft: draft('Partial') },
  ];
  const { container } = render(<OrgHistory versions={versions} domains={bundled().domains} onTake={() => {}} />);
  expect(container.querySelector('summary')?.textContent).toBe(summary);
  expect(container.querySelector('li')?.textContent).toMatch(line);
  expect(container.querySelector('li li')?.textContent).toMatch(/^D3 Data Protection\u00a0?: Gap → Partial$/);
});

test.each<[Locale, string, string, string]>([
  ['en', 'The product name must not be empty.', 'This finding is longer than 280 characters', 'Name the assessor'],
  [
    'de',
    'Der Produktname darf nicht leer sein.',
    'Dieser Befund ist länger als 280 Zeichen',
    'Geben Sie an, wer bewertet hat',
  ],
  ['fr', 'Le nom du produit ne doit pas être vide.', 'Ce constat dépasse 280 caractères', 'Indiquez l’évaluateur'],
])('%s: what stops a version from being saved, beside its field', (locale, emptyName, longFinding, noAssessor) => {
  setTranslator(speak(locale));
  const draft = emptyDraft('acme', '2026-11-01');
  draft.sites = [{ host: 'acme.example', path: '' }];
  draft.domains.D2.findings = ['f'.repeat(281)];
  const check = checkDraft(draft);
  const said = new Map(
    (check.kind === 'not-ready' ? check.issues : []).map((i) => [i.field, fieldProblemText(i.problem)]),
  );
  expect(said.get('name')).toBe(emptyName);
  expect(said.get('domains.D2.findings.0')).toContain(longFinding);
  expect(said.get('assessor')).toContain(noAssessor);
});
