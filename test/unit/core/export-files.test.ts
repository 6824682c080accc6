// The whole file each export writes, for a small world of one assessed and one unassessed product: every row,
// blank line and empty cell is what a ticket or spreadsheet receives.
import { describe, expect, test } from 'vitest';
import { checklistItems, type ActionState } from '../../../src/core/checklist.ts';
import { compareExport } from '../../../src/core/compare-export.ts';
import { actionsExport, type Entry } from '../../../src/core/export.ts';
import type { Assessment, Dataset, Product } from '../../../src/core/model.ts';
import { actionState } from '../helpers/action-state.ts';
import { bundled } from '../helpers/dataset.ts';

const { domains } = bundled();
const attribution: Dataset['attribution'] = {
  publisher: 'Test Institute',
  url: 'https://psf.example/',
  license: 'CC BY 4.0',
  licenseUrl: 'https://creativecommons.org/licenses/by/4.0/',
};
/** The dataset the exports come from: its credit, and which data it is (the workspace's header says the same). */
const source = { attribution, version: '2026.03.02.1', published: '2026-03-02' };
const product = (id: string, name: string, vendor: string): Product => ({
  id,
  name,
  vendor,
  category: 'agent',
  homepage: `https://${id}.example/`,
  match: [{ host: `${id}.example` }],
});
const assessment: Assessment = {
  id: 'alpha-psf',
  productId: 'alpha',
  title: 'Alpha PSF assessment',
  url: 'https://psf.example/alpha',
  published: '2026-03',
  psfVersion: '1.1',
  license: 'CC BY 4.0',
  ratings: { D1: 'Strong', D2: 'Partial', D3: 'Gap' },
  overview: [],
  domains: {
    D1: { findings: [], actions: [{ id: 'alpha.d1.log', text: 'Log every prompt' }] },
    D3: { findings: [], actions: [{ id: 'alpha.d3.keys', text: 'Rotate the keys' }] },
  },
};
const alpha: Entry = { product: product('alpha', 'Alpha', 'Acme'), assessment };
const beta: Entry = { product: product('beta', 'Beta', 'Beta Corp'), assessment: null };
const SOURCE =
  'PSF assessments by the Test Institute, CC BY 4.0 (https://psf.example/); PSF data of 2026-03-02 (version 2026.03.02.1). Ratings not captured by PSF Lens are marked "not captured"; the linked assessment has them.';
// The source's address an autolink: a bare address before an escaped "\)" took the backslash into the link.
const SOURCE_MD = `Source: ${SOURCE.replace('(https://psf.example/)', '(<https://psf.example/>)').replace(/[()]/g, '\\$&')}`;
/** The actions' Markdown ends with the credit alone: it holds no ratings, so nothing is marked "not captured". */
const CREDIT_MD =
  'Source: PSF assessments by the Test Institute, CC BY 4.0 \\(<https://psf.example/>\\); PSF data of 2026-03-02 \\(version 2026.03.02.1\\).';

describe('compare', () => {
  /** Alpha's row of each domain, by its name in the bundled dataset. */
  const RATING_ROWS = [
    ['D1 Input Governance', 'Strong'],
    ['D2 Output Validation', 'Partial'],
    ['D3 Data Protection', 'Gap'],
    ...['D4 Observability', 'D5 Deployment Safety', 'D6 Human Oversight', 'D7 Security', 'D8 Vendor Resilience'].map(
      (domain) => [domain, 'not captured'],
    ),
  ];

  test('Markdown: rows for vendor, assessment, date and each domain; an unassessed product is blank, not Gap; the source and its data', () => {
    expect(compareExport([alpha, beta], domains, source, 'md')).toBe(
      [
        '# PSF comparison: Alpha, Beta',
        '',
        '|  | Alpha | Beta |',
        '| --- | --- | --- |',
        '| Vendor | Acme | Beta Corp |',
        '| Assessment | Alpha PSF assessment | no PSF assessment |',
        '| Published | 2026-03 |  |',
        ...RATING_ROWS.map(([domain, rating]) => `| ${domain} | ${rating} |  |`),
        '| Link | <https://psf.example/alpha> |  |',
        '',
        SOURCE_MD,
        '',
      ].join('\n'),
    );
  });

  test('CSV: the same rows, the link and then the source last', () => {
    expect(compareExport([beta, alpha], domains, source, 'csv')).toBe(
      [
        ',Beta,Alpha',
        'Vendor,Beta Corp,Acme',
        'Assessment,no PSF assessment,Alpha PSF assessment',
        'Published,,2026-03',
        ...RATING_ROWS.map(([domain, rating]) => `${domain},,${rating}`),
        'Link,,https://psf.example/alpha',
        `Source,"${SOURCE.replace(/"/g, '""')}"`,
        '',
      ].join('\r\n'),
    );
  });

  test('an assessment without a date says "date unknown", as the page does, apart from a product with none', () => {
    const undated: Entry = {
      product: product('gamma', 'Gamma', 'Gamma Inc'),
      assessment: { ...assessment, id: 'gamma-psf', productId: 'gamma', published: undefined },
    };
    const md = compareExport([alpha, undated, beta], domains, source, 'md').split('\n');
    expect(md).toContain('| Published | 2026-03 | date unknown |  |');
    const csv = compareExport([alpha, undated, beta], domains, source, 'csv').split('\r\n');
    expect(csv).toContain('Published,2026-03,date unknown,');
  });

  test('JSON: the domains named, the assessment described, null for what is unknown, the data dated', () => {
    const bare: Entry = { ...alpha, assessment: { ...assessment, published: undefined, psfVersion: undefined } };
    const json = JSON.parse(compareExport([alpha, beta, bare], domains, source, 'json'));
    expect(json.source).toEqual(attribution);
    expect(json.data).toEqual({ published: '2026-03-02', version: '2026.03.02.1' });
    expect(json.domains).toEqual(domains.map((d) => ({ id: d.id, name: d.name })));
    expect(json.products[0]).toEqual({
      id: 'alpha',
      name: 'Alpha',
      vendor: 'Acme',
      assessment: {
        id: 'alpha-psf',
        title: 'Alpha PSF assessment',
        url: 'https://psf.example/alpha',
        published: '2026-03',
        psfVersion: '1.1',
      },
      ratings: { D1: 'Strong', D2: 'Partial', D3: 'Gap', D4: null, D5: null, D6: null, D7: null, D8: null },
    });
    expect(json.products[1]).toMatchObject({ id: 'beta', assessment: null });
    expect(Object.values(json.products[1].ratings)).toEqual(Array(8).fill(null));
    expect(json.products[2].assessment).toMatchObject({ published: null, psfVersion: null });
  });
});

describe('actions', () => {
  const state = (actionId: string, over: Partial<ActionState>) =>
    actionState('alpha', actionId, { text: 'Old wording', domain: 'D2', assessmentId: 'alpha-psf', ...over });
  const items = checklistItems(assessment, [
    state('alpha.d3.keys', { status: 'done', owner: 'Sam', due: '2026-12-01', notes: 'Done in *March*' }),
    state('alpha.d2.gone', { status: 'not-applicable' }),
  ]);

  test('Markdown: the source assessment, open and retired actions apart, notes only where written', () => {
    expect(actionsExport(alpha, items, domains, source, 'md')).toBe(
      [
        '# PSF actions: Alpha',
        '',
        'From the assessment "Alpha PSF assessment": <https://psf.example/alpha>',
        '',
        '## Actions',
        '',
        '- [ ] **D1 Input Governance:** Log every prompt (To do)',
        '- [x] **D3 Data Protection:** Rotate the keys (Done, owner Sam, due 2026-12-01)',
        '  - Notes: Done in \\*March\\*',
        '',
        '## Retired (no longer in the assessment)',
        '',
        '- **D2 Output Validation:** Old wording (Not applicable)',
        '',
        CREDIT_MD,
        '',
      ].join('\n'),
    );
  });

  test('Markdown: a note of several lines keeps them, each line text, under its action', () => {
    // Written in the notes field as a short log; it used to run together into one line.
    const notes = 'Asked the vendor on 3 March\r\n\n- no answer yet\n1. chase on 10 March\n===\n  Ticket #42 ';
    const [logged] = checklistItems(assessment, [state('alpha.d1.log', { notes })]);
    expect(actionsExport(alpha, [logged!], domains, source, 'md').split('\n').slice(6, 12)).toEqual([
      '- [ ] **D1 Input Governance:** Log every prompt (To do)',
      '  - Notes: Asked the vendor on 3 March\\',
      '    \\- no answer yet\\',
      '    1\\. chase on 10 March\\',
      '    \\===\\',
      '    Ticket \\#42',
    ]);
  });

  test('Markdown: no assessment line without an assessment, no empty section, and a sentence when none', () => {
    const open = items.filter((i) => !i.retired);
    expect(actionsExport(beta, open, domains, source, 'md')).toBe(
      [
        '# PSF actions: Beta',
        '',
        '## Actions',
        '',
        '- [ ] **D1 Input Governance:** Log every prompt (To do)',
        '- [x] **D3 Data Protection:** Rotate the keys (Done, owner Sam, due 2026-12-01)',
        '  - Notes: Done in \\*March\\*',
        '',
        CREDIT_MD,
        '',
      ].join('\n'),
    );
    expect(actionsExport(beta, [], domains, source, 'md')).toBe(
      [
        '# PSF actions: Beta',
        '',
        'The assessment lists no practitioner actions that PSF Lens captured.',
        '',
        CREDIT_MD,
        '',
      ].join('\n'),
    );
  });

  test('CSV: one row per action, empty cells where nothing was set, retired marked, each row crediting the PSF', () => {
    // A ticket system makes one ticket of each row: the credit and the licence go on every row, not on a last line.
    const credit =
      '"PSF assessments by the Test Institute, CC BY 4.0 (https://psf.example/); PSF data of 2026-03-02 (version 2026.03.02.1)"';
    expect(actionsExport(alpha, items, domains, source, 'csv')).toBe(
      [
        'product,domain_id,domain,action_id,action,status,owner,due,notes,retired,assessment_url,source',
        `Alpha,D1,Input Governance,alpha.d1.log,Log every prompt,To do,,,,,https://psf.example/alpha,${credit}`,
        `Alpha,D3,Data Protection,alpha.d3.keys,Rotate the keys,Done,Sam,2026-12-01,Done in *March*,,https://psf.example/alpha,${credit}`,
        `Alpha,D2,Output Validation,alpha.d2.gone,Old wording,Not applicable,,,,retired,https://psf.example/alpha,${credit}`,
        '',
      ].join('\r\n'),
    );
    expect(actionsExport(beta, items.slice(0, 1), domains, source, 'csv')).toBe(
      [
        'product,domain_id,domain,action_id,action,status,owner,due,notes,retired,assessment_url,source',
        `Beta,D1,Input Governance,alpha.d1.log,Log every prompt,To do,,,,,,${credit}`,
        '',
      ].join('\r\n'),
    );
  });

  test('JSON: the product, its assessment and each action with empty fields where nothing was set', () => {
    const json = JSON.parse(actionsExport(alpha, items, domains, source, 'json'));
    expect(json.product).toEqual({ id: 'alpha', name: 'Alpha', vendor: 'Acme' });
    expect(json.assessment).toEqual({
      id: 'alpha-psf',
      title: 'Alpha PSF assessment',
      url: 'https://psf.example/alpha',
    });
    expect(json.source).toEqual(attribution);
    expect(json.data).toEqual({ published: '2026-03-02', version: '2026.03.02.1' });
    expect(json.actions[0]).toEqual({
      id: 'alpha.d1.log',
      domain: 'D1',
      text: 'Log every prompt',
      status: 'todo',
      owner: '',
      due: '',
      notes: '',
      retired: false,
    });
    expect(JSON.parse(actionsExport(beta, [], domains, source, 'json'))).toMatchObject({
      assessment: null,
      actions: [],
    });
  });
});
