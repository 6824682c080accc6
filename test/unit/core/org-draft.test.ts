// The organisation's own assessment as the form holds it: its dataset form passes the dataset rules, problems
// are named at the field they come from, and a PAI assessment is a starting point, not a copy of PAI's data.
import { describe, expect, test } from 'vitest';
import { DOMAIN_IDS } from '../../../src/core/model.ts';
import { checkDraft } from '../../../src/core/org-draft-check.ts';
import { fieldProblemText } from '../../../src/options/field-problems.ts';
import {
  draftFromAssessment,
  draftRecords,
  draftsDataset,
  emptyDraft,
  idFromName,
  nextActionId,
  type OrgDraft,
} from '../../../src/core/org-draft.ts';
import { draftDifferences, ratingSteps } from '../../../src/core/org-versions.ts';
import { validateDataset } from '../../../src/core/schema.ts';
import { assessmentOf, bundled, productOf } from '../helpers/dataset.ts';

function valid(): OrgDraft {
  const draft = emptyDraft('acme-agent', '2026-11-20');
  draft.name = 'Acme Agent';
  draft.vendor = 'Acme';
  draft.sites = [{ host: 'acme.example', path: '/agent' }];
  draft.assessor = 'Security team';
  draft.domains.D3 = {
    rating: 'Gap',
    findings: ['Prompts are kept for 90 days.'],
    actions: [{ id: 'org-d3-1', text: 'Ask for a shorter retention.' }],
    evidence: ['https://acme.example/dpa'],
  };
  draft.domains.D7.rating = 'Strong';
  return draft;
}

test('a complete draft is ready, and becomes a dataset file that passes the dataset rules as it is', () => {
  expect(checkDraft(valid())).toEqual({ kind: 'ready' });
  const dataset = draftsDataset([valid()], bundled().domains, {
    version: '2026.11.20',
    published: '2026-11-20',
    publisher: 'Acme Bank',
  });
  expect(validateDataset(dataset).kind).toBe('valid');
  const { assessment, product } = draftRecords(valid());
  expect(product.match).toEqual([{ host: 'acme.example', path: '/agent' }]);
  expect(assessment.ratings).toEqual({ D3: 'Gap', D7: 'Strong' });
  expect(assessment.url).toBe('https://acme.example/dpa');
});

test('not assessed stays absent: never a Gap', () => {
  const { assessment } = draftRecords(emptyDraft('x', '2026-01-01'));
  expect(assessment.ratings).toEqual({});
});

describe('each problem is named at its field, in plain words', () => {
  const cases: [string, (d: OrgDraft) => void, string, RegExp][] = [
    ['empty name', (d) => void (d.name = '  '), 'name', /product name must not be empty/],
    ['long vendor', (d) => void (d.vendor = 'v'.repeat(121)), 'vendor', /vendor is longer than 120/],
    [
      'a URL as host',
      (d) => void (d.sites = [{ host: 'https://acme.example', path: '' }]),
      'sites.0.host',
      /no https:\/\//,
    ],
    [
      'a bad second host, after a blank row',
      (d) =>
        void (d.sites = [
          { host: 'acme.example', path: '' },
          { host: '', path: '' },
          { host: 'bad host', path: '' },
        ]),
      'sites.2.host',
      /lower-case name/,
    ],
    [
      'a path with a query',
      (d) => void (d.sites = [{ host: 'acme.example', path: '/a?b=1' }]),
      'sites.0.path',
      /no \? or #/,
    ],
    ['no site', (d) => void (d.sites = [{ host: ' ', path: '' }]), 'sites', /at least one site/],
    [
      'a long finding after a blank one',
      (d) => void (d.domains.D2.findings = ['', 'f'.repeat(281)]),
      'domains.D2.findings.1',
      /finding is longer than 280/,
    ],
    [
      'a long action',
      (d) => void (d.domains.D5.actions = [{ id: 'org-d5-1', text: 'a'.repeat(300) }]),
      'domains.D5.actions.0',
      /action is longer than 280/,
    ],
    [
      'http evidence',
      (d) => void (d.domains.D1.evidence = ['http://acme.example/x']),
      'domains.D1.evidence.0',
      /https:\/\/ address/,
    ],
    ['no assessor', (d) => void (d.assessor = ''), 'assessor', /Name the assessor/],
    ['a month for a date', (d) => void (d.date = '2026-11'), 'date', /YYYY-MM-DD/],
    [
      'duplicate action ids',
      (d) => void (d.domains.D1.actions = [{ id: 'org-d3-1', text: 'x' }]),
      'domains.D3.actions.0',
      /same id/,
    ],
  ];
  test.each(cases)('%s', (_name, spoil, field, message) => {
    const draft = valid();
    spoil(draft);
    const result = checkDraft(draft);
    if (result.kind === 'ready') throw new Error('expected a problem');
    const issue = result.issues.find((i) => i.field === field);
    expect(issue, `issues: ${JSON.stringify(result.issues)}`).toBeDefined();
    // Said as the workspace says it (in English here): the code core returns and its sentence together.
    const said = issue ? fieldProblemText(issue.problem) : '';
    expect(said).toMatch(message);
    expect(said).not.toMatch(/\$\./);
  });
});

test('a PAI assessment as a starting point: ratings and texts copied, new action ids, assessor left to the author', () => {
  const dataset = bundled();
  const product = productOf(dataset, 'langchain');
  const pai = assessmentOf(dataset, 'langchain');
  const draft = draftFromAssessment(product, pai, { fresh: true, today: '2026-11-29' });
  expect(draft.id).toBe('langchain');
  expect(draft.basedOn).toEqual({ assessmentId: pai.id, title: pai.title, url: pai.url });
  for (const d of DOMAIN_IDS) expect(draft.domains[d].rating).toBe(pai.ratings[d] ?? null);
  expect(draft.assessor).toBe('');
  expect(draft.date).toBe('2026-11-29');
  const ids = DOMAIN_IDS.flatMap((d) => draft.domains[d].actions.map((a) => a.id));
  expect(ids.every((id) => id.startsWith('org-'))).toBe(true);
  draft.assessor = 'Risk office';
  expect(checkDraft(draft)).toEqual({ kind: 'ready' });
});

test('an own assessment reads back from its dataset form as it was written', () => {
  const { product, assessment } = draftRecords(valid());
  const back = draftFromAssessment(product, assessment, { fresh: false });
  expect(draftDifferences(back, valid())).toEqual([]);
  expect(back.assessor).toBe('Security team');
  expect(back.domains.D3.evidence).toEqual(['https://acme.example/dpa']);
});

test('differences are named by part', () => {
  const other = valid();
  other.domains.D3.rating = 'Partial';
  other.domains.D3.findings.push('More.');
  other.assessor = 'Someone else';
  expect(draftDifferences(valid(), other)).toEqual(['assessor', 'D3 rating', 'D3 findings']);
});

test.each<[string, (d: OrgDraft) => void, string[]]>([
  ['the name', (d) => void (d.name = 'Acme Agent 2'), ['name']],
  ['the vendor', (d) => void (d.vendor = 'Acme Inc.'), ['vendor']],
  ['a site more', (d) => void d.sites.push({ host: 'acme.example', path: '/b' }), ['sites']],
  ['the date', (d) => void (d.date = '2026-11-21'), ['date']],
  ['the scope', (d) => void (d.scope = 'Release 2'), ['scope']],
  ['an action', (d) => void (d.domains.D2.actions = [{ id: 'org-d2-1', text: 'Ask.' }]), ['D2 actions']],
  ['an evidence link', (d) => void d.domains.D3.evidence.push('https://acme.example/b'), ['D3 evidence']],
  [
    'only blank rows and spaces: no difference',
    (d) => {
      d.name = ' Acme Agent ';
      d.sites.push({ host: ' ', path: '' });
      d.domains.D2.findings = ['  '];
      d.domains.D3.evidence.push('');
    },
    [],
  ],
])('differences: %s', (_name, change, parts) => {
  const other = valid();
  change(other);
  expect(draftDifferences(valid(), other)).toEqual(parts);
});

test('rating history: each version against the one before', () => {
  const first = valid();
  const second = valid();
  second.domains.D3.rating = 'Partial';
  second.domains.D1.rating = 'Gap';
  const steps = ratingSteps([
    { n: 1, savedAt: 1, draft: first },
    { n: 2, savedAt: 2, draft: second },
  ]);
  expect(steps[0]?.changes).toEqual([
    { domain: 'D3', from: null, to: 'Gap' },
    { domain: 'D7', from: null, to: 'Strong' },
  ]);
  expect(steps[1]?.changes).toEqual([
    { domain: 'D1', from: null, to: 'Gap' },
    { domain: 'D3', from: 'Gap', to: 'Partial' },
  ]);
});

test.each([
  ['Acme Agent', [], 'acme-agent'],
  ['Acme Agent', ['acme-agent'], 'acme-agent-2'],
  ['  Ünïcode / Name!! ', [], 'unicode-name'],
  ['!!!', [], 'product'],
])('idFromName(%j, %j) = %j', (name, taken, want) => {
  expect(idFromName(name, new Set(taken))).toBe(want);
});

test('nextActionId never reuses an id of the draft', () => {
  const draft = valid();
  expect(nextActionId(draft, 'D3')).toBe('org-d3-2');
  draft.domains.D3.actions.push({ id: 'org-d3-2', text: 'x' });
  draft.domains.D3.actions.splice(0, 1);
  expect(nextActionId(draft, 'D3')).toBe('org-d3-3');
});
