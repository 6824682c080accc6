// @vitest-environment happy-dom
// The scorecard's own words around the assessment: who rated it, the other products of the page, a product PAI has
// not assessed (neutral, with the organisation's own assessment when there is one), the line that points to the
// organisation's assessments, why the page was recognised and where the data comes from.
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import type { RuleParts } from '../../../src/core/matched-rule.ts';
import { setTranslator, translator, type Locale } from '../../../src/shared/i18n.ts';
import { Scorecard, type ProductView } from '../../../src/ui/scorecard.tsx';
import { assessmentOf, bundled, productOf } from '../helpers/dataset.ts';
import { localeCatalog } from '../helpers/locale.ts';
import { productView } from '../helpers/tab-view.ts';

afterEach(cleanup);

const actions = { setSiteHidden: () => {}, choose: () => {}, workspaceHref: (path: string) => `ext://options#${path}` };
const show = (view: ProductView) => render(<Scorecard view={view} actions={actions} />);

/** A product PAI has not assessed, on the organisation's own site. */
function unassessed(organisation?: ProductView['organisation']): ProductView {
  const product = { ...productOf(bundled(), 'crewai'), id: 'acme', name: 'Acme Agent' };
  return { ...productView('crewai', 'acme.example'), product, assessment: null, organisation };
}

describe('the head', () => {
  test('who rated it, leaving out what the assessment does not give (here its PSF version)', () => {
    show(productView('langchain', 'github.com'));
    expect(document.querySelector('.rated-by')?.textContent).toBe(
      'PSF assessment by the Production AI Institute (PAI) · 2026-04-30',
    );
  });

  test('offers the page’s other products after a label', () => {
    show({ ...productView('claude-opus-4-8'), alternatives: [{ id: 'claude-sonnet-4-6', name: 'Claude Sonnet 4.6' }] });
    expect(screen.getByRole('navigation', { name: 'Other rated products on this page' }).textContent).toBe(
      'Also on this page: Claude Sonnet 4.6',
    );
  });
});

describe('a product PAI has not assessed', () => {
  test.each([
    ['no organisation data', undefined],
    ['no assessment of the organisation', []],
  ])('with %s: says so by name, with no verdict and no rating', (_, organisation) => {
    show(unassessed(organisation));
    expect(screen.getByText(/has not published/).textContent).toBe(
      'The Production AI Institute has not published a PSF assessment of Acme Agent yet.',
    );
    expect(screen.queryByRole('list', { name: 'The eight domain ratings' })).toBeNull();
    expect(document.querySelector('main')?.textContent).not.toMatch(/Gap|Strong|Partial/);
  });

  test('shows the organisation’s own assessment, labelled with where it came from', () => {
    const own = { ...assessmentOf(bundled(), 'crewai'), productId: 'acme', ratings: { D3: 'Gap' as const } };
    show(unassessed([{ dataset: 'acme-review.json', title: own.title, assessment: own }]));
    const section = screen.getByRole('region', { name: "Your organisation's assessment" });
    expect(section.querySelector('.org-label')?.textContent).toBe(
      "Your organisation's assessment · from “acme-review.json” · not the Production AI Institute's",
    );
    expect(within(section).getByRole('list', { name: 'The eight domain ratings' })).toBeTruthy();
    // Its page in the workspace, where it can be compared and its actions tracked.
    const link = screen.getByRole('link', { name: 'Read it in the workspace' });
    expect([link.getAttribute('href'), link.getAttribute('target')]).toEqual(['ext://options#/product/acme', '_blank']);
  });

  test('a domain the organisation left unrated reads "not assessed", never "not captured" as in PAI’s data', () => {
    // As written in PSF Lens: no source's own counts.
    const { summaryCounts: _, ...crewai } = assessmentOf(bundled(), 'crewai');
    const own = { ...crewai, productId: 'acme', ratings: { D3: 'Gap' as const } };
    show(unassessed([{ dataset: 'acme-review.json', title: own.title, assessment: own }]));
    const section = screen.getByRole('region', { name: "Your organisation's assessment" });
    expect(section.querySelector('.verdict .note')?.textContent).toBe('7 of 8 domains not assessed.');
    expect(within(section).getByRole('list', { name: 'The eight domain ratings' }).textContent).toMatch(
      /D1 Input Governance: not assessed/,
    );
    expect(section.textContent).not.toMatch(/captured/);
  });

  test('an organisation assessment rating no domain says so in its own words', () => {
    const { summaryCounts: _, ...crewai } = assessmentOf(bundled(), 'crewai');
    const own = { ...crewai, productId: 'acme', ratings: {} };
    show(unassessed([{ dataset: 'acme-review.json', title: own.title, assessment: own }]));
    const section = screen.getByRole('region', { name: "Your organisation's assessment" });
    expect(section.querySelector('.verdict-line')?.textContent).toBe('None of the eight domains is assessed.');
    expect(section.textContent).not.toMatch(/captured|full assessment/);
  });

  test('an organisation entry without an assessment shows nothing of it', () => {
    show(unassessed([{ dataset: 'acme-review.json', title: 'Acme review' }]));
    expect(screen.queryByRole('region', { name: "Your organisation's assessment" })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Read it in the workspace' })).toBeNull();
    expect(screen.getByText(/has not published/)).toBeTruthy();
  });
});

describe("the line to the organisation's own assessments of a rated product", () => {
  test('names each, with where it came from, and links the product page in a new tab', () => {
    show({
      ...productView('openai-codex'),
      organisation: [
        { dataset: 'acme.json', title: 'Acme review of Codex' },
        { dataset: 'Written in PSF Lens', title: 'Second look' },
      ],
    });
    const line = screen.getByText(/Your organisation's own assessment:/);
    expect(line.textContent).toBe(
      "Your organisation's own assessment: Acme review of Codex (from acme.json); Second look (from Written in PSF Lens). Read it in the workspace",
    );
    const link = within(line).getByRole('link', { name: 'Read it in the workspace' });
    expect([link.getAttribute('href'), link.getAttribute('target')]).toEqual([
      'ext://options#/product/openai-codex',
      '_blank',
    ]);
  });

  test('is absent when the organisation has not assessed the product', () => {
    show({ ...productView('openai-codex'), organisation: [] });
    expect(screen.queryByText(/Your organisation's own assessment/)).toBeNull();
  });
});

describe('the footer says why the page was recognised, in the user’s language', () => {
  const english = localeCatalog('en');
  afterEach(() => setTranslator(translator('en', english)));
  const codex = { host: 'openai.com', path: '/codex', exact: false };
  const home = { host: 'anthropic.com', path: '', exact: true };
  const page = { host: 'anthropic.com', path: '/news', exact: true };
  const site = { host: 'langchain.com', path: '', exact: false };
  const opus = { host: 'anthropic.com', path: '/claude/opus', exact: false };

  /** Each rule's shape, and the page's name where its rule asked for one. */
  const cases: [RuleParts, string?][] = [[codex], [home], [page], [site], [opus, 'Claude Opus 4.8']];
  const said: Record<Locale, string[]> = {
    en: [
      'Recognised by the page’s address: /codex on openai.com.',
      'Recognised by the page’s address: the home page of anthropic.com.',
      'Recognised by the page’s address: the page /news on anthropic.com.',
      'Recognised by the page’s address: any page on langchain.com.',
      'Recognised by the page’s address: /claude/opus on anthropic.com. The page also names “Claude Opus 4.8”.',
    ],
    de: [
      'Erkannt an der Adresse der Seite: /codex auf openai.com.',
      'Erkannt an der Adresse der Seite: die Startseite von anthropic.com.',
      'Erkannt an der Adresse der Seite: die Seite /news auf anthropic.com.',
      'Erkannt an der Adresse der Seite: jede Seite auf langchain.com.',
      'Erkannt an der Adresse der Seite: /claude/opus auf anthropic.com. Die Seite nennt außerdem „Claude Opus 4.8“.',
    ],
    fr: [
      'Reconnu à l’adresse de la page\u00a0: /codex sur openai.com.',
      'Reconnu à l’adresse de la page\u00a0: la page d’accueil de anthropic.com.',
      'Reconnu à l’adresse de la page\u00a0: la page /news sur anthropic.com.',
      'Reconnu à l’adresse de la page\u00a0: n’importe quelle page de langchain.com.',
      'Reconnu à l’adresse de la page\u00a0: /claude/opus sur anthropic.com. La page nomme aussi «\u00a0Claude Opus 4.8\u00a0».',
    ],
  };

  test.each(
    Object.entries(said).flatMap(([locale, sentences]) =>
      cases.map(([rule, phrase], i) => [locale as Locale, rule, phrase, sentences[i] ?? ''] as const),
    ),
  )('%s, rule %o, page naming %s: %s', (locale, rule, phrase, sentence) => {
    setTranslator(translator(locale, localeCatalog(locale), english));
    const via = phrase ? 'signals' : 'url';
    show({ ...productView('openai-codex'), detection: { confidence: 'high', via, phrase, rule } });
    const why = document.querySelector('footer .why');
    expect(why?.textContent).toBe(sentence);
    // Said in the page's language, not marked as English inside it.
    expect(why?.querySelector('[lang]')).toBeNull();
  });

  test('no rule of the product fits the address: no line rather than a guess', () => {
    show({ ...productView('openai-codex'), detection: { confidence: 'high', via: 'url' } });
    expect(document.querySelector('footer .why')).toBeNull();
  });
});

test('the footer says where the data comes from, with its publisher and licence as links', () => {
  show(productView('openai-codex'));
  const source = screen.getByText(/Assessment data:/);
  expect(source.textContent).toBe(
    `PSF data of ${bundled().published}, bundled. Assessment data: Production AI Institute (PAI), CC BY 4.0.`,
  );
  expect(
    within(source)
      .getAllByRole('link')
      .map((a) => a.getAttribute('href')),
  ).toEqual(['https://productionai.institute/', 'https://creativecommons.org/licenses/by/4.0/']);
});
