// @vitest-environment happy-dom
// The organisation's own assessments as columns of the comparison, beside PAI's and labelled as theirs: from the
// address, from the add menu and from the product page; a product only the organisation has assessed has a page; and
// the exports say whose each column is.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { compareExport } from '../../../src/core/compare-export.ts';
import type { Assessment, Product } from '../../../src/core/model.ts';
import type { WorkspaceApi } from '../../../src/options/api.ts';
import { ComparePage } from '../../../src/options/compare-page.tsx';
import { findColumn, type Library } from '../../../src/options/library-data.ts';
import { LibraryPage } from '../../../src/options/library-page.tsx';
import { EMPTY_QUERY } from '../../../src/options/library-query.ts';
import { ProductPage } from '../../../src/options/product-page.tsx';
import { bundled } from '../helpers/dataset.ts';
import { localeCatalog } from '../helpers/locale.ts';
import { setTranslator, translator } from '../../../src/shared/i18n.ts';
import { libraryOf } from './workspace-fixture.tsx';

afterEach(cleanup);

const base = libraryOf();
const paiCrewai = base.entries.find((e) => e.product.id === 'crewai')!.assessment!;
/** The team's own review of CrewAI: D7 rated Strong where PAI's says Gap. */
const ownCrewai: Assessment = {
  ...paiCrewai,
  id: 'acme-crewai',
  title: 'Acme review of CrewAI',
  url: 'https://reviews.acme.example/crewai',
  ratings: { ...paiCrewai.ratings, D7: 'Strong' },
};
/** A product PAI has not assessed, that the team has. */
const bot: Product = {
  id: 'acme-helpdesk-bot',
  name: 'Helpdesk Bot',
  vendor: 'Bots Inc',
  category: 'Support assistant',
  homepage: 'https://bots.example/helpdesk',
  match: [{ host: 'bots.example' }],
};
const ownBot: Assessment = {
  ...paiCrewai,
  id: 'acme-bot',
  productId: bot.id,
  title: 'Acme review of Helpdesk Bot',
  url: 'https://reviews.acme.example/bot',
};
const library: Library = {
  ...base,
  organisation: [
    {
      id: 'acme',
      name: 'Acme reviews',
      importedAt: 0,
      dataset: { ...bundled(), products: [bot], assessments: [ownCrewai, ownBot] },
    },
  ],
};
const CREWAI_OWN = 'own:acme:acme-crewai';
const BOT_OWN = 'own:acme:acme-bot';

function compare(productIds: string[]) {
  const onChange = vi.fn<(ids: string[]) => void>();
  render(<ComparePage library={library} productIds={productIds} onChange={onChange} />);
  return onChange;
}
const heads = () => within(screen.getByRole('table')).getAllByRole('columnheader');

describe('the comparison', () => {
  test('an own assessment from the address is a column of its own, labelled, beside PAI’s of the same product', () => {
    compare(['crewai', CREWAI_OWN]);
    expect(screen.queryAllByRole('note')).toEqual([]);
    const [, pai, own] = heads();
    expect(pai?.textContent).not.toContain("your organisation's assessment");
    expect(own?.textContent).toContain('CrewAI');
    expect(own?.textContent).toContain("your organisation's assessment, from “Acme reviews”");
    expect(own?.classList.contains('own')).toBe(true);
    expect(screen.getByRole('button', { name: "Remove CrewAI (your organisation's assessment) from the comparison" }));
    // Their ratings side by side: D7 differs (PAI's Gap, the team's Strong), D1 does not.
    const row = (d: string) => document.querySelector(`tr[data-domain="${d}"]`) as HTMLElement;
    expect(row('D7').className).toBe('differs');
    expect(row('D1').className).toBe('');
    expect(
      within(row('D7'))
        .getAllByRole('button')
        .map((b) => b.textContent?.split(' ')[0]),
    ).toEqual(['✕Gap', '✓Strong']);
    expect(document.title).toBe("Compare CrewAI, CrewAI (your organisation's assessment) · PSF Lens workspace");
  });

  test('an own column’s findings are said to be the organisation’s, link its page and offer no checklist', () => {
    compare(['crewai', CREWAI_OWN]);
    fireEvent.click(screen.getByRole('button', { name: /CrewAI \(your organisation's assessment\), D7/ }));
    const panel = screen.getByRole('region', { name: /: D7/ });
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toMatch(
      /^CrewAI \(your organisation's assessment\): D7/,
    );
    expect(panel.textContent).toContain("Your organisation's assessment · from “Acme reviews” · not PAI's");
    expect(
      within(panel)
        .getByRole('link', { name: /Open the page it links to/ })
        .getAttribute('href'),
    ).toBe(ownCrewai.url);
    expect(within(panel).queryByRole('link', { name: /checklist/ })).toBeNull();
  });

  test('the sources list the own column as the organisation’s, with its link', () => {
    compare(['crewai', BOT_OWN]);
    const listed = within(screen.getByRole('region', { name: 'The assessments compared' })).getAllByRole('listitem');
    const own = listed.find((li) => li.textContent?.startsWith('Helpdesk Bot: '));
    expect(own?.textContent).toContain("Your organisation's assessment · from “Acme reviews” · not PAI's");
    expect(within(own!).getByRole('link').getAttribute('href')).toBe(ownBot.url);
  });

  test('the add menu offers the organisation’s assessments apart, and adds the one chosen', () => {
    const onChange = compare(['crewai', CREWAI_OWN]);
    const menu = screen.getByRole('combobox') as HTMLSelectElement;
    const group = menu.querySelector('optgroup');
    expect(group?.label).toBe("Your organisation's assessments");
    // The one already compared is not offered again.
    expect([...group!.querySelectorAll('option')].map((o) => [o.value, o.textContent])).toEqual([
      [BOT_OWN, 'Helpdesk Bot: Acme review of Helpdesk Bot (Acme reviews)'],
    ]);
    fireEvent.change(menu, { target: { value: BOT_OWN } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(onChange).toHaveBeenCalledWith(['crewai', CREWAI_OWN, BOT_OWN]);
  });

  test('a key of an assessment no longer there is left out and named as the organisation’s, apart from products', () => {
    compare(['crewai', 'langchain', 'own:acme:gone', 'nosuch']);
    expect(screen.getAllByRole('note').map((note) => note.textContent)).toEqual([
      'Not in the library, left out: nosuch.',
      "No longer among your organisation's assessments (the file deleted, or replaced by one without them), left out: gone.",
    ]);
    expect(heads()).toHaveLength(3);
  });
});

test('two of the organisation’s assessments of one product, from one file, are told apart by their titles', () => {
  const lastYear = { ...ownCrewai, id: 'acme-crewai-2025', title: 'Acme review of CrewAI, 2025' };
  const [acme] = library.organisation!;
  const both: Library = {
    ...library,
    organisation: [{ ...acme!, dataset: { ...acme!.dataset, assessments: [lastYear, ownCrewai] } }],
  };
  render(<ComparePage library={both} productIds={['own:acme:acme-crewai-2025', CREWAI_OWN]} onChange={vi.fn()} />);
  const [, older, newer] = heads();
  expect(older?.textContent).toContain('Acme review of CrewAI, 2025');
  expect(newer?.textContent).toContain('Acme review of CrewAI');
  expect(newer?.textContent).not.toContain('2025');
});

describe('on a German page', () => {
  afterEach(() => setTranslator(translator('en', localeCatalog('en'))));

  test('the sources PSF Lens names itself (written here, the team feed) are named in the page’s language', () => {
    setTranslator(translator('de', localeCatalog('de'), localeCatalog('en')));
    const [acme] = library.organisation!;
    const german: Library = {
      ...library,
      organisation: [
        { ...acme!, id: 'written-here', name: 'Written in PSF Lens', written: true },
        { ...acme!, id: 'team-feed', name: "Your team's feed", feedUrl: 'https://feed.acme.example/psf.json' },
      ],
    };
    render(
      <ComparePage
        library={german}
        productIds={['own:written-here:acme-crewai', 'own:team-feed:acme-bot']}
        onChange={vi.fn()}
      />,
    );
    const labels = [...document.querySelectorAll('th.product-col .org-label')].map((el) => el.textContent);
    expect(labels).toEqual([
      'Bewertung Ihrer Organisation, aus „In PSF Lens verfasst“',
      'Bewertung Ihrer Organisation, aus „Feed Ihres Teams“',
    ]);
    const sources = screen.getByRole('region', { name: 'Die verglichenen Bewertungen' }).textContent;
    expect(sources).not.toMatch(/Written in PSF Lens|Your team's feed/);
    // The exports stay in English, the source as the file names it.
    const columns = ['own:written-here:acme-crewai'].map((key) => findColumn(german, key)!);
    expect(JSON.parse(compareExport(columns, german.domains, german.dataset, 'json')).products[0].assessedBy).toEqual({
      organisation: 'Written in PSF Lens',
    });
  });
});

describe('the exports of a comparison with an own column', () => {
  const columns = ['crewai', CREWAI_OWN].map((key) => findColumn(library, key)!);

  test('CSV and Markdown say whose each column is; without one, no such row', () => {
    const csv = compareExport(columns, library.domains, library.dataset, 'csv');
    expect(csv).toContain('Assessed by,PSF (PAI),your organisation (Acme reviews)');
    expect(compareExport(columns, library.domains, library.dataset, 'md')).toContain(
      '| Assessed by | PSF \\(PAI\\) | your organisation \\(Acme reviews\\) |',
    );
    const paiOnly = ['crewai', 'langchain'].map((key) => findColumn(library, key)!);
    expect(compareExport(paiOnly, library.domains, library.dataset, 'csv')).not.toContain('Assessed by');
  });

  test('the source credits PAI and its licence with PAI’s columns only, and names the organisation’s as its own', () => {
    const ownOnly = [CREWAI_OWN, BOT_OWN].map((key) => findColumn(library, key)!);
    for (const format of ['csv', 'md'] as const) {
      const mixed = compareExport(columns, library.domains, library.dataset, format);
      expect(mixed).toContain('CC BY');
      expect(mixed).toMatch(
        /columns assessed by your organisation are your organisation's own assessments, from "{1,2}Acme/,
      );
      const alone = compareExport(ownOnly, library.domains, library.dataset, format);
      expect(alone).not.toContain('CC BY');
      expect(alone).not.toContain(library.dataset.attribution.publisher);
      expect(alone).toMatch(
        /all columns are your organisation's own assessments, from "{1,2}Acme reviews"{1,2}; not the Production/,
      );
    }
    const json = JSON.parse(compareExport(ownOnly, library.domains, library.dataset, 'json'));
    expect(json.source).toBeUndefined();
    expect(json.data).toBeUndefined();
    expect(json.ownAssessments).toContain("not the Production AI Institute's");
    const both = JSON.parse(compareExport(columns, library.domains, library.dataset, 'json'));
    expect(both.source).toEqual(library.dataset.attribution);
    expect(both.ownAssessments).toMatch(/^The products with assessedBy are your organisation's own/);
    const paiOnly = ['crewai', 'langchain'].map((key) => findColumn(library, key)!);
    expect(compareExport(paiOnly, library.domains, library.dataset, 'md')).not.toContain('your organisation');
  });

  test('JSON marks the organisation’s column, with its own ratings', () => {
    const json = JSON.parse(compareExport(columns, library.domains, library.dataset, 'json'));
    const [pai, own] = json.products;
    expect(pai.assessedBy).toBeUndefined();
    expect(own.assessedBy).toEqual({ organisation: 'Acme reviews' });
    expect(own.assessment.url).toBe(ownCrewai.url);
    expect([pai.ratings.D7, own.ratings.D7]).toEqual(['Gap', 'Strong']);
  });
});

describe('a domain the organisation left unrated', () => {
  // Its review of CrewAI without a rating for D2: a domain it did not assess, not one PSF Lens failed to capture.
  const { D2: _unrated, ...rated } = ownCrewai.ratings;
  const partial: Library = {
    ...library,
    organisation: [
      {
        ...library.organisation![0]!,
        dataset: { ...bundled(), products: [], assessments: [{ ...ownCrewai, ratings: rated }] },
      },
    ],
  };

  test('reads "not assessed" in its column and its findings; PAI’s columns keep "not captured"', () => {
    render(<ComparePage library={partial} productIds={['haystack', CREWAI_OWN]} onChange={() => {}} />);
    const row = document.querySelector('tr[data-domain="D2"]') as HTMLElement;
    const [, own] = within(row).getAllByRole('button');
    expect(own?.textContent).toContain('not assessed');
    expect(own?.textContent).not.toContain('not captured');
    fireEvent.click(own!);
    expect(screen.getByRole('region', { name: /: D2/ }).querySelector('.rating')?.textContent).toContain(
      'not assessed',
    );
    // PAI's data has no rating of Haystack's D5: "not captured" there, as ever.
    const d5 = document.querySelector('tr[data-domain="D5"]') as HTMLElement;
    const [haystackD5] = within(d5).getAllByRole('button');
    expect(haystackD5?.textContent).toContain('not captured');
  });

  test('the exports say "not assessed" for its column, and JSON says what its null means', () => {
    const columns = ['crewai', CREWAI_OWN].map((key) => findColumn(partial, key)!);
    const csv = compareExport(columns, partial.domains, partial.dataset, 'csv');
    expect(csv.split('\r\n').find((line) => line.startsWith('D2 '))).toBe(
      `D2 Output Validation,${paiCrewai.ratings.D2},not assessed`,
    );
    const json = JSON.parse(compareExport(columns, partial.domains, partial.dataset, 'json'));
    expect(json.products[1].ratings.D2).toBeNull();
    expect(json.note).toContain('not assessed by the organisation');
    const paiOnly = compareExport([findColumn(partial, 'crewai')!], partial.domains, partial.dataset, 'json');
    expect(JSON.parse(paiOnly).note).toBe(
      'A rating of null was not captured by PSF Lens: the linked assessment has it.',
    );
  });
});

describe('a product only the organisation has assessed', () => {
  const never = () => new Promise(() => {});
  const api = { watchState: vi.fn(never), checklist: vi.fn(never) } as unknown as WorkspaceApi;

  test('has a page: neutral about PAI, the organisation’s assessment labelled, a way to compare it', () => {
    render(<ProductPage library={library} productId={bot.id} api={api} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Helpdesk Bot' })).toBeTruthy();
    expect(document.title).toBe('Helpdesk Bot · PSF Lens workspace');
    expect(
      screen.getByText('The Production AI Institute has not published a PSF assessment of Helpdesk Bot yet.'),
    ).toBeTruthy();
    const own = screen.getByRole('region', { name: "Your organisation's assessment: Acme review of Helpdesk Bot" });
    expect(own.textContent).toContain("Your organisation's assessment · from “Acme reviews” · not PAI's");
    expect(within(own).getByRole('link', { name: 'Compare this assessment with others…' }).getAttribute('href')).toBe(
      `#/compare?products=${encodeURIComponent(BOT_OWN)}`,
    );
    const nav = screen.getByRole('navigation', { name: 'More about Helpdesk Bot' });
    expect(within(nav).getByRole('link').getAttribute('href')).toBe(`#/questionnaire/${bot.id}?basis=organisation`);
    // Nothing of PAI's to watch.
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(api.watchState).not.toHaveBeenCalled();
  });

  test('PAI’s product page compares the organisation’s assessment beside PAI’s', () => {
    render(<ProductPage library={library} productId="crewai" api={api} />);
    const own = screen.getByRole('region', { name: "Your organisation's assessment: Acme review of CrewAI" });
    expect(within(own).getByRole('link', { name: 'Compare this assessment with others…' }).getAttribute('href')).toBe(
      `#/compare?products=crewai,${encodeURIComponent(CREWAI_OWN)}`,
    );
  });

  test('the library links it to its page', () => {
    render(<LibraryPage library={library} query={EMPTY_QUERY} onQuery={() => {}} picked={[]} onPick={() => {}} />);
    const note = screen.getByRole('complementary', { name: "Your organisation's assessments" });
    expect(within(note).getByRole('link', { name: 'Acme review of Helpdesk Bot' }).getAttribute('href')).toBe(
      `#/product/${bot.id}`,
    );
  });
});
