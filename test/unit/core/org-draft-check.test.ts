// What stops a draft from becoming a saved assessment, as the workspace shows it: each problem once, beside the
// field the user typed it in (counting the blank rows the dataset leaves out), never a JSON path, and no problem
// blamed on a field that has none.
import { describe, expect, test } from 'vitest';
import { checkDraft, type FieldIssue } from '../../../src/core/org-draft-check.ts';
import type { OrgDraft } from '../../../src/core/org-draft.ts';
import { acmeDraft } from '../helpers/org.ts';

const issuesOf = (draft: OrgDraft): FieldIssue[] => {
  const result = checkDraft(draft);
  return result.kind === 'ready' ? [] : result.issues;
};
const https = (n: number) => `https://acme.example/${'p'.repeat(n)}`;

test('a complete draft is ready, blank rows and the spaces around a link or a name notwithstanding', () => {
  const draft = acmeDraft({ D3: 'Gap' }, `  ${'a'.repeat(120)}  `);
  draft.sites.push({ host: '  ', path: '' });
  draft.scope = 'Release 4.2';
  draft.date = '2026-12-31';
  draft.domains.D3 = {
    rating: 'Gap',
    findings: ['  ', 'Prompts are kept for 90 days.'],
    actions: [
      { id: 'org-d3-1', text: ' ' },
      { id: 'org-d3-2', text: 'Ask for a shorter retention.' },
    ],
    evidence: ['   ', ' https://acme.example/dpa '],
  };
  expect(checkDraft(draft)).toEqual({ kind: 'ready' });
});

describe('each problem once, at the field it comes from', () => {
  const cases: [string, (d: OrgDraft) => void, FieldIssue[]][] = [
    [
      'no site',
      (d) => void (d.sites = [{ host: ' ', path: '/x' }]),
      [{ field: 'sites', problem: { kind: 'no-site' } }],
    ],
    [
      // The homepage and the file's links are made from the first site: its host is the one field to blame.
      'a host that is no host name',
      (d) => void (d.sites = [{ host: 'bad host', path: '' }]),
      [{ field: 'sites.0.host', problem: { kind: 'host' } }],
    ],
    [
      'a bad host after a blank row',
      (d) => void d.sites.push({ host: '', path: '' }, { host: 'Bad_host', path: '' }),
      [{ field: 'sites.2.host', problem: { kind: 'host' } }],
    ],
    [
      'a path with a query, after a blank row',
      (d) =>
        void (d.sites = [
          { host: '', path: '' },
          { host: 'acme.example', path: '/a?b=1' },
        ]),
      [{ field: 'sites.1.path', problem: { kind: 'path' } }],
    ],
    [
      'page signals on a host many vendors share',
      (d) => void (d.sites = [{ host: 'github.com', path: '', signals: ['Acme Agent'] }]),
      [
        {
          field: 'sites',
          problem: { kind: 'other', label: 'sites', text: expect.stringMatching(/shared by many vendors/) },
        },
      ],
    ],
    [
      // The assessment links to its first evidence: the link's own field says it, not the sites.
      'an http evidence link',
      (d) => void (d.domains.D2.evidence = ['', 'http://acme.example/x']),
      [{ field: 'domains.D2.evidence.1', problem: { kind: 'evidence-https' } }],
    ],
    [
      'evidence longer than the dataset holds, together',
      (d) => void (d.domains.D4.evidence = [https(100), https(100), https(100)]),
      [{ field: 'domains.D4.evidence', problem: { kind: 'evidence-too-long', max: 280 } }],
    ],
    ['no assessor', (d) => void (d.assessor = '   '), [{ field: 'assessor', problem: { kind: 'no-assessor' } }]],
    [
      'an invisible character in the assessor',
      (d) => void (d.assessor = 'Team\u200b'),
      [
        {
          field: 'assessor',
          problem: { kind: 'other', label: 'assessor', text: expect.stringMatching(/invisible|zero/i) },
        },
      ],
    ],
    [
      'problems in two fields: both, the form rule first',
      (d) => Object.assign(d, { name: '', date: '2026-11' }),
      [
        { field: 'date', problem: { kind: 'date' } },
        { field: 'name', problem: { kind: 'required', label: 'name' } },
      ],
    ],
    [
      'a long assessor',
      (d) => void (d.assessor = 'a'.repeat(121)),
      [{ field: 'assessor', problem: { kind: 'too-long', label: 'assessor', max: 120 } }],
    ],
    [
      'an empty name, with a scope that repeats it',
      (d) => Object.assign(d, { name: ' ', scope: 'Release 4.2' }),
      [{ field: 'name', problem: { kind: 'required', label: 'name' } }],
    ],
    [
      // The title and the scope repeat the name: the one problem is the name's.
      'an invisible character in the name',
      (d) => Object.assign(d, { name: 'Acme\u200bAgent', scope: 'Release 4.2' }),
      [
        {
          field: 'name',
          problem: { kind: 'other', label: 'name', text: expect.stringMatching(/invisible|zero/i) },
        },
      ],
    ],
    [
      'a long vendor',
      (d) => void (d.vendor = 'v'.repeat(121)),
      [{ field: 'vendor', problem: { kind: 'too-long', label: 'vendor', max: 120 } }],
    ],
    [
      'no category',
      (d) => void (d.category = ''),
      [{ field: 'category', problem: { kind: 'required', label: 'category' } }],
    ],
    [
      // The assessment's id and product are made from the product's id.
      'an id that is not kebab-case',
      (d) => void (d.id = 'Acme Agent'),
      [{ field: 'id', problem: { kind: 'other', label: 'id', text: 'must be kebab-case (a-z, 0-9, - and .)' } }],
    ],
    [
      'a long scope',
      (d) => void (d.scope = 's'.repeat(281)),
      [{ field: 'scope', problem: { kind: 'too-long', label: 'scope', max: 280 } }],
    ],
    [
      'a long finding, the eleventh, after blank ones',
      (d) => void (d.domains.D2.findings = [...Array<string>(10).fill('Kept.'), '', 'f'.repeat(281)]),
      [{ field: 'domains.D2.findings.11', problem: { kind: 'too-long', label: 'findings', max: 280 } }],
    ],
    [
      'a long action after a blank one',
      (d) =>
        void (d.domains.D5.actions = [
          { id: 'org-d5-1', text: '' },
          { id: 'org-d5-2', text: 'a'.repeat(281) },
        ]),
      [{ field: 'domains.D5.actions.1', problem: { kind: 'too-long', label: 'actions', max: 280 } }],
    ],
    [
      'an action id given twice',
      (d) => {
        d.domains.D1.actions = [{ id: 'org-d1-1', text: 'One.' }];
        d.domains.D6.actions = [
          { id: 'org-d6-1', text: '' },
          { id: 'org-d6-2', text: 'Two.' },
          { id: 'org-d1-1', text: 'Three.' },
        ];
      },
      [{ field: 'domains.D6.actions.2', problem: { kind: 'duplicate-action' } }],
    ],
    [
      'an action id that is not kebab-case',
      (d) => void (d.domains.D1.actions = [{ id: 'Org 1', text: 'One.' }]),
      [
        {
          field: 'domains.D1.actions.0',
          problem: { kind: 'other', label: 'actions', text: 'must be kebab-case (a-z, 0-9, - and .)' },
        },
      ],
    ],
    [
      // The link of the assessment it started from is no field of the form: said as the form's, with its place.
      'a starting assessment whose link is not https, and no evidence',
      (d) => void (d.basedOn = { assessmentId: 'pai-acme', title: 'PAI on Acme', url: 'http://pai.example/acme' }),
      [
        {
          field: 'form',
          problem: { kind: 'other', label: 'field', text: 'must be an https: link', path: '$.assessments[0].url' },
        },
      ],
    ],
  ];
  test.each(cases)('%s', (_name, spoil, want) => {
    const draft = acmeDraft();
    spoil(draft);
    expect(issuesOf(draft)).toEqual(want);
  });
});

describe('the date is a whole day of the calendar', () => {
  test.each(['2026-01-01', '2026-09-19', '2026-10-29', '2026-12-30', '2024-02-29'])('%s is a date', (date) => {
    expect(issuesOf({ ...acmeDraft(), date })).toEqual([]);
  });
  test.each([
    '2026',
    '2026-11',
    '2026-Q4',
    '26-11-20',
    '02026-11-20',
    '2026-11-20 ',
    ' 2026-11-20',
    '2026-00-10',
    '2026-13-10',
    '2026-1a-10',
    '2026-11-00',
    '2026-11-32',
    '2026-11-3a',
    '2026-11-0a',
  ])('%j is not', (date) => {
    expect(issuesOf({ ...acmeDraft(), date })).toEqual([{ field: 'date', problem: { kind: 'date' } }]);
  });
  test('a day the month does not have is named by the dataset rule, once', () => {
    const draft = { ...acmeDraft(), date: '2026-02-29', scope: 'Release 4.2' };
    expect(issuesOf(draft)).toEqual([
      {
        field: 'date',
        problem: { kind: 'other', label: 'date', text: '2026-02-29 is not a date: February 2026 has 28 days' },
      },
    ]);
  });
});
