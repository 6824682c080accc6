// A draft as the dataset file holds it, and back: what the form holds loosely (spaces, blank rows, a host typed
// with www. and a trailing dot) is written as the dataset wants it, and an own assessment reads back as written.
import { describe, expect, test } from 'vitest';
import type { Assessment, Product } from '../../../src/core/model.ts';
import {
  draftFromAssessment,
  draftPatterns,
  draftRecords,
  draftsDataset,
  emptyDraft,
  idFromName,
  normaliseSite,
  type OrgDraft,
} from '../../../src/core/org-draft.ts';
import { acmeDraft } from '../helpers/org.ts';

function messy(): OrgDraft {
  const draft = emptyDraft('acme-agent', '2026-11-20');
  Object.assign(draft, {
    name: ' Acme Agent ',
    vendor: ' Acme ',
    category: ' AI agent ',
    assessor: ' Security team ',
    scope: ' Release 4.2 ',
    sites: [
      { host: ' ', path: '/ignored' },
      { host: ' WWW.Acme.Example. ', path: ' /agent// ', signals: ['Acme Agent'], exact: true },
      { host: 'docs.acme.example', path: '/', signals: [] },
    ],
  });
  draft.domains.D1 = {
    rating: 'Partial',
    findings: [' Input is checked. ', ' '],
    actions: [
      { id: 'org-d1-1', text: ' Ask for the limits. ' },
      { id: 'org-d1-2', text: '  ' },
    ],
    evidence: [' ', ' https://acme.example/a ', 'https://acme.example/b'],
  };
  draft.domains.D2.rating = 'Gap';
  draft.domains.D3.findings = ['Kept 90 days.'];
  draft.domains.D4.evidence = ['https://acme.example/logs'];
  return draft;
}

test('a draft as the file holds it: trimmed, blank rows left out, sites as match rules, evidence as the source', () => {
  const { product, assessment } = draftRecords(messy());
  expect(product).toEqual({
    id: 'acme-agent',
    name: 'Acme Agent',
    vendor: 'Acme',
    category: 'AI agent',
    homepage: 'https://acme.example/agent',
    match: [
      { host: 'acme.example', path: '/agent', signals: ['Acme Agent'], exact: true },
      { host: 'docs.acme.example', path: '/' },
    ],
  });
  expect(assessment).toEqual({
    id: 'acme-agent-org',
    productId: 'acme-agent',
    title: 'Organisation review of Acme Agent',
    url: 'https://acme.example/a',
    published: '2026-11-20',
    license: 'Internal',
    ratings: { D1: 'Partial', D2: 'Gap' },
    overview: [],
    domains: {
      D1: {
        findings: ['Input is checked.'],
        actions: [{ id: 'org-d1-1', text: 'Ask for the limits.' }],
        ratingSource: 'Evidence: https://acme.example/a https://acme.example/b',
      },
      D3: { findings: ['Kept 90 days.'], actions: [] },
      D4: { findings: [], actions: [], ratingSource: 'Evidence: https://acme.example/logs' },
    },
    basis: 'Assessed by Security team',
    scope: [{ artifact: 'Acme Agent', detail: 'Release 4.2', date: '2026-11-20' }],
  });
});

test('an empty draft: a starting category, one blank site row, nothing assessed, nothing written', () => {
  const draft = emptyDraft('new-product', '2026-11-20');
  expect(draft.category).toBe('AI product');
  draft.assessor = '  ';
  draft.scope = ' ';
  expect(draft.sites).toEqual([{ host: '', path: '' }]);
  const { product, assessment } = draftRecords(draft);
  expect(product).toEqual({
    id: 'new-product',
    name: '',
    vendor: '',
    category: 'AI product',
    homepage: '',
    match: [],
  });
  expect(assessment.title).toBe('Organisation review of new-product');
  expect(assessment.url).toBe('');
  expect(assessment.domains).toEqual({});
  expect(assessment).not.toHaveProperty('basis');
  expect(assessment).not.toHaveProperty('scope');
});

describe("the assessment's link and title", () => {
  test('without evidence it links to the assessment it started from, else to the homepage', () => {
    const based = acmeDraft();
    based.basedOn = { assessmentId: 'pai-acme', title: 'PAI on Acme', url: 'https://pai.example/acme' };
    expect(draftRecords(based).assessment.url).toBe('https://pai.example/acme');
    expect(draftRecords(acmeDraft()).assessment.url).toBe('https://acme.example/');
  });
  test('the title is cut to the length a name may have', () => {
    const draft = { ...acmeDraft(), name: 'n'.repeat(130) };
    expect(draftRecords(draft).assessment.title).toBe(`Organisation review of ${'n'.repeat(130)}`.slice(0, 120));
  });
});

test.each<[string, string, string, string]>([
  [' WWW.Acme.Example. ', ' /agent/ ', 'acme.example', '/agent'],
  ['www.acme.example', '/', 'acme.example', '/'],
  ['acme.example', '', 'acme.example', ''],
  ['docs.www.acme.example', '/a//', 'docs.www.acme.example', '/a'],
  ['acme.example..', '  ', 'acme.example.', ''],
])('normaliseSite(%j, %j) = %j %j', (host, path, wantHost, wantPath) => {
  expect(normaliseSite({ host, path, exact: true })).toEqual({ host: wantHost, path: wantPath, exact: true });
});

test.each([
  ['--Acme--Agent--', [], 'acme-agent'],
  ['Acme', ['acme', 'acme-2'], 'acme-3'],
  [`${'a'.repeat(59)} bcd`, [], 'a'.repeat(59)],
  [`${'a'.repeat(59)}--bcd`, [], 'a'.repeat(59)],
  ['-a-b-', [], 'a-b'],
  ['', [], 'product'],
  ['   ', ['product'], 'product-2'],
])('idFromName(%j, %j) = %j', (name, taken, want) => {
  expect(idFromName(name, new Set(taken))).toBe(want);
});

test('draftsDataset: one file of several drafts, its link the first homepage, or a placeholder', () => {
  const meta = { version: '2026.11.20', published: '2026-11-20', publisher: 'Acme Bank' };
  const other = { ...acmeDraft(), id: 'beta', sites: [{ host: 'beta.example', path: '' }] };
  const file = draftsDataset([acmeDraft(), other], [], meta);
  expect(file.attribution).toEqual({
    publisher: 'Acme Bank',
    url: 'https://acme.example/',
    license: 'Internal',
    licenseUrl: 'https://acme.example/',
  });
  expect(file.products.map((p) => p.id)).toEqual(['acme-agent', 'beta']);
  expect(file.assessments.map((a) => a.id)).toEqual(['acme-agent-org', 'beta-org']);
  expect(draftsDataset([], [], meta).attribution.url).toBe('https://example.org/');
  expect(draftsDataset([emptyDraft('x', '2026-11-20')], [], meta).attribution.url).toBe('https://example.org/');
});

test('the permissions a draft needs are for its sites', () => {
  expect(draftPatterns(messy())).toEqual([
    'https://acme.example/*',
    'https://docs.acme.example/*',
    'https://www.acme.example/*',
  ]);
});

describe('a draft from an assessment', () => {
  const product: Product = {
    id: 'acme-agent',
    name: 'Acme Agent',
    vendor: 'Acme',
    category: 'AI agent',
    homepage: 'https://acme.example/',
    match: [
      { host: 'acme.example', path: '/agent', exact: true, signals: ['Acme Agent'] },
      { host: 'docs.acme.example' },
    ],
  };
  const assessment: Assessment = {
    id: 'pai-acme',
    productId: 'acme-agent',
    title: 'PAI on Acme',
    url: 'https://pai.example/acme',
    license: 'CC BY 4.0',
    ratings: { D1: 'Gap' },
    overview: [],
    domains: {
      D1: {
        findings: ['No limits.'],
        actions: [{ id: 'pai-d1-7', text: 'Ask for limits.' }],
        ratingSource: 'Evidence: https://acme.example/a  https://acme.example/b',
      },
      D2: { findings: [], actions: [], ratingSource: 'Scorecard table' },
    },
    basis: 'Public documentation',
    scope: [{ artifact: 'Acme Agent', detail: 'Release 4.2' }],
  };

  test('the sites keep their exact and signals, each only where the rule has it', () => {
    const draft = draftFromAssessment(product, null, { fresh: false });
    expect(draft.sites).toEqual([
      { host: 'acme.example', path: '/agent', exact: true, signals: ['Acme Agent'] },
      { host: 'docs.acme.example', path: '' },
    ]);
    expect(draft.date).toBe('');
    expect(draft.domains.D1).toEqual({ rating: null, findings: [], actions: [], evidence: [] });
  });

  test('read back as written: evidence from its own source, no assessor the basis does not name', () => {
    const draft = draftFromAssessment(product, assessment, { fresh: false });
    expect(draft.domains.D1).toEqual({
      rating: 'Gap',
      findings: ['No limits.'],
      actions: [{ id: 'pai-d1-7', text: 'Ask for limits.' }],
      evidence: ['https://acme.example/a', 'https://acme.example/b'],
    });
    expect(draft.domains.D2.evidence).toEqual([]);
    expect(draft.date).toBe('');
    expect(draft.assessor).toBe('');
    expect(draft.scope).toBe('Release 4.2');
    for (const scope of [undefined, []]) {
      const bare = draftFromAssessment(product, { ...assessment, basis: undefined, scope }, { fresh: false });
      expect([bare.assessor, bare.scope]).toEqual(['', '']);
    }
  });

  test("a fresh start copies the texts under new action ids, never PAI's evidence", () => {
    const draft = draftFromAssessment(product, assessment, { fresh: true, today: '2026-11-29' });
    expect(draft.domains.D1).toEqual({
      rating: 'Gap',
      findings: ['No limits.'],
      actions: [{ id: 'org-d1-1', text: 'Ask for limits.' }],
      evidence: [],
    });
    expect(draft.scope).toBe('');
  });
});
