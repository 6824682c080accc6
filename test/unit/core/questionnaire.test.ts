// The vendor questionnaire: only the domains that are not Strong, in PSF Lens's words, as Markdown and CSV that a
// spreadsheet cannot run, and a filled-in CSV read back row by row.
import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../../src/core/csv.ts';
import { DOMAIN_IDS, type Ratings } from '../../../src/core/model.ts';
import { importAnswers, type FileProblem, type RowProblem } from '../../../src/core/questionnaire-import.ts';
import {
  basisOf,
  buildQuestionnaire,
  CSV_HEADER,
  questionnaireExport,
  type Questionnaire,
} from '../../../src/core/questionnaire.ts';
import { domainQuestions, questionById } from '../../../src/core/questions.ts';
import { bundled } from '../helpers/dataset.ts';

const { domains } = bundled();
const PRODUCT = { id: 'acme-agent', name: 'Acme Agent', vendor: 'Acme' };
const form = (ratings: Ratings | null) =>
  buildQuestionnaire(
    PRODUCT,
    ratings && { ratings },
    domains,
    ratings ? { kind: 'organisation', title: 'Ours' } : { kind: 'none' },
  );

describe('which domains are asked about', () => {
  test.each<[string, Ratings | null, string[]]>([
    ['no assessment: all eight', null, [...DOMAIN_IDS]],
    ['nothing captured: all eight, none called Gap', {}, [...DOMAIN_IDS]],
    ['all Strong: none', Object.fromEntries(DOMAIN_IDS.map((d) => [d, 'Strong'])), []],
    [
      'Gap and Partial asked, Strong left out, missing asked',
      { D1: 'Gap', D2: 'Strong', D3: 'Partial' },
      ['D1', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8'],
    ],
  ])('%s', (_name, ratings, want) => {
    const built = form(ratings);
    expect(built.sections.map((s) => s.domain)).toEqual(want);
    for (const s of built.sections) {
      expect(s.rating).toBe(ratings?.[s.domain] ?? null);
      expect(s.questions).toBe(domainQuestions()[s.domain]);
    }
  });
});

test('every domain has questions, each with a stable unique id of its domain', () => {
  const ids = DOMAIN_IDS.flatMap((d) => domainQuestions()[d].map((q) => q.id));
  expect(new Set(ids).size).toBe(ids.length);
  for (const d of DOMAIN_IDS) {
    expect(domainQuestions()[d].length).toBeGreaterThanOrEqual(3);
    for (const q of domainQuestions()[d]) {
      expect(q.id.startsWith(`${d}-`)).toBe(true);
      expect(questionById(q.id)).toBe(q);
      expect(q.text.endsWith('?')).toBe(true);
    }
  }
});

describe('exports', () => {
  const built = form({
    D1: 'Gap',
    D2: 'Strong',
    D3: 'Strong',
    D4: 'Strong',
    D5: 'Strong',
    D6: 'Strong',
    D7: 'Strong',
    D8: 'Partial',
  });

  test('Markdown names each open domain with its rating and a blank for the answer and the evidence', () => {
    const md = questionnaireExport(built, 'md', []);
    expect(md).toContain('# PSF due-diligence questionnaire: Acme Agent (Acme)');
    expect(md).toContain('## D1 Input Governance (now: Gap)');
    expect(md).toContain('## D8 Vendor Resilience (now: Partial)');
    expect(md).not.toContain('D2 Output Validation');
    expect(md.match(/\*\*Answer:\*\*/g)).toHaveLength(domainQuestions().D1.length + domainQuestions().D8.length);
  });

  test('Markdown escapes an answer that carries markup, and links evidence as autolinks', () => {
    const md = questionnaireExport(built, 'md', [
      { questionId: 'D1-1', answer: '<img src=x> [x](javascript:1)', evidence: ['https://a.example/x'] },
    ]);
    expect(md).toContain('**Answer:** \\<img src=x\\> \\[x\\]\\(javascript:1\\)');
    expect(md).toContain('**Evidence:** <https://a.example/x>');
  });

  test('on PAI’s assessment, a rating not captured is said as such', () => {
    const pai = { ...form({}), basis: { kind: 'pai', title: 'Acme Agent', url: 'https://pai.example/acme' } as const };
    const md = questionnaireExport(pai, 'md', []);
    expect(md).toContain('(now: not captured)');
    expect(md).not.toContain('now: Gap');
  });

  test.each([
    ['the organisation’s own assessment', { kind: 'organisation', title: 'Our review' } as const],
    ['no assessment at all', { kind: 'none' } as const],
  ])('on %s, a domain without a rating is "not assessed" in both formats, never "not captured"', (_, basis) => {
    const own = { ...form({}), basis };
    const md = questionnaireExport(own, 'md', []);
    expect(md).toContain('(now: not assessed)');
    expect(md).toContain('rated Gap or Partial, or not assessed yet.');
    expect(md).not.toContain('captured');
    const parsed = parseCsv(questionnaireExport(own, 'csv', []));
    if (parsed.kind !== 'rows') throw new Error(parsed.reason);
    expect(new Set(parsed.rows.slice(1).map((row) => row[4]))).toEqual(new Set(['not assessed']));
  });

  test('CSV: the header, one row per question, a formula-like answer defused', () => {
    const csv = questionnaireExport(built, 'csv', [{ questionId: 'D8-2', answer: '=HYPERLINK("x")', evidence: [] }]);
    const parsed = parseCsv(csv);
    if (parsed.kind !== 'rows') throw new Error(parsed.reason);
    const [header, ...rows] = parsed.rows;
    expect(header).toEqual([...CSV_HEADER]);
    expect(rows).toHaveLength(domainQuestions().D1.length + domainQuestions().D8.length);
    expect(rows.find((r) => r[1] === 'D8-2')?.[7]).toBe(`'=HYPERLINK("x")`);
    expect(rows.every((r) => r[0] === 'acme-agent')).toBe(true);
  });
});

describe('the whole file', () => {
  const small = (over: Partial<Questionnaire> = {}): Questionnaire => ({
    product: PRODUCT,
    basis: { kind: 'pai', title: 'Acme Agent', url: 'https://pai.example/acme' },
    sections: [
      {
        domain: 'D3',
        name: 'Data Protection',
        rating: null,
        questions: [
          { id: 'D3-1', text: 'Where is our data kept?', evidence: 'Retention policy' },
          { id: 'D3-2', text: 'Who can read it?', evidence: 'Access model' },
        ],
      },
      { domain: 'D5', name: 'Deployment', rating: 'Gap', questions: [] },
    ],
    ...over,
  });
  const answer = {
    questionId: 'D3-1',
    // Two trailing spaces would be a Markdown line break: the file keeps no space at a line's end.
    answer: 'In the EU.  ',
    evidence: ['https://acme.example/dpa', 'https://acme.example/sub'],
  };
  const intro = [
    'Each section below is a domain of the Production Safety Framework rated Gap or Partial, or not yet captured.',
    'Please answer each question and link the evidence (https links).',
  ];

  test('Markdown: the basis, each open domain with its rating, each question with its answer and evidence', () => {
    expect(questionnaireExport(small(), 'md', [answer])).toBe(
      [
        '# PSF due-diligence questionnaire: Acme Agent (Acme)',
        '',
        'Based on the independent PSF assessment “Acme Agent” by the Production AI Institute (<https://pai.example/acme>).',
        ...intro,
        '',
        '## D3 Data Protection (now: not captured)',
        '',
        '### D3-1. Where is our data kept?',
        '',
        '_Evidence wanted: Retention policy._',
        '',
        '**Answer:** In the EU.',
        '',
        '**Evidence:** <https://acme.example/dpa> <https://acme.example/sub>',
        '',
        '### D3-2. Who can read it?',
        '',
        '_Evidence wanted: Access model._',
        '',
        '**Answer:**',
        '',
        '**Evidence:**',
        '',
        '## D5 Deployment (now: Gap)',
        '',
      ].join('\n'),
    );
  });

  test.each<[string, Questionnaire['basis'], string]>([
    [
      'our own',
      { kind: 'organisation', title: 'Our review' },
      "Based on our organisation's own PSF assessment “Our review”.",
    ],
    ['none', { kind: 'none' }, 'There is no PSF assessment of this product yet, so every domain is asked about.'],
  ])('Markdown names the basis: %s', (_name, basis, line) => {
    expect(questionnaireExport(small({ basis }), 'md', []).split('\n')[2]).toBe(line);
  });

  test('Markdown with every domain Strong says there is nothing to ask', () => {
    expect(questionnaireExport(small({ sections: [] }), 'md', [])).toBe(
      [
        '# PSF due-diligence questionnaire: Acme Agent (Acme)',
        '',
        'Based on the independent PSF assessment “Acme Agent” by the Production AI Institute (<https://pai.example/acme>).',
        ...intro,
        '',
        'Every domain is rated Strong: there are no open questions.',
        '',
      ].join('\n'),
    );
  });

  test('CSV: a row a question, the rating said as in Markdown, the links apart by a space', () => {
    const parsed = parseCsv(questionnaireExport(small(), 'csv', [answer]));
    expect(parsed).toEqual({
      kind: 'rows',
      rows: [
        [...CSV_HEADER],
        [
          'acme-agent',
          'D3-1',
          'D3',
          'Data Protection',
          'not captured',
          'Where is our data kept?',
          'Retention policy',
          'In the EU.  ',
          'https://acme.example/dpa https://acme.example/sub',
        ],
        ['acme-agent', 'D3-2', 'D3', 'Data Protection', 'not captured', 'Who can read it?', 'Access model', '', ''],
      ],
    });
  });

  test("whose assessment: PAI's by its publisher's name, else the organisation's, none without one", () => {
    const assessment = { title: 'Acme Agent', url: 'https://pai.example/acme' };
    expect(basisOf(assessment, { publisher: 'the Production AI Institute' })).toEqual({ kind: 'pai', ...assessment });
    expect(basisOf(assessment, { publisher: 'Acme Bank' })).toEqual({ kind: 'organisation', title: 'Acme Agent' });
    expect(basisOf(null, { publisher: 'Production AI Institute' })).toEqual({ kind: 'none' });
  });
});

describe('reading a filled-in CSV back', () => {
  const built = form({ D1: 'Gap', D2: 'Strong' });
  const header = CSV_HEADER.join(',');
  const row = (id: string, answer: string, links = '', product = 'acme-agent') =>
    `${product},${id},,,,,,${answer},${links}`;

  test('answers come back beside their questions; our own defusing is undone; the round trip keeps them', () => {
    const csv = questionnaireExport(built, 'csv', [
      { questionId: 'D1-1', answer: '-- we validate all input', evidence: ['https://acme.example/sec'] },
    ]);
    const read = importAnswers(csv, built);
    expect(read).toEqual({
      kind: 'read',
      answers: [{ questionId: 'D1-1', answer: '-- we validate all input', evidence: ['https://acme.example/sec'] }],
      refused: [],
      skipped: built.sections.flatMap((s) => s.questions).length - 1,
    });
  });

  const links = (n: number) => Array.from({ length: n }, (_, i) => `https://acme.example/${i}`).join(' ');
  test.each<[string, string, RowProblem]>([
    ['unknown question', row('D9-1', 'yes'), { kind: 'not-asked', questionId: 'D9-1' }],
    ['a Strong domain is not asked', row('D2-1', 'yes'), { kind: 'not-asked', questionId: 'D2-1' }],
    [
      'another product',
      row('D1-1', 'yes', '', 'other'),
      { kind: 'other-product', productId: 'other', expected: 'acme-agent' },
    ],
    ['no id', row('', 'yes'), { kind: 'no-question-id' }],
    ['http evidence', row('D1-1', 'yes', 'http://acme.example'), { kind: 'not-https', link: 'http://acme.example' }],
    [
      'javascript evidence',
      row('D1-1', 'yes', 'javascript:alert(1)'),
      { kind: 'not-https', link: 'javascript:alert(1)' },
    ],
    ['a too long answer', row('D1-1', 'x'.repeat(4001)), { kind: 'answer-too-long', length: 4001, max: 4000 }],
    ['too many links', row('D1-1', 'yes', links(11)), { kind: 'too-many-links', count: 11, max: 10 }],
  ])('%s: the row is refused with the reason, the good row is kept', (_name, bad, problem) => {
    const read = importAnswers([header, row('D1-2', 'good'), bad].join('\r\n'), built);
    if (read.kind !== 'read') throw new Error(read.problem.kind);
    expect(read.answers.map((a) => a.questionId)).toEqual(['D1-2']);
    expect(read.refused).toEqual([{ row: 3, problem }]);
  });

  test('a file put together by hand: any column order and case, no product column, short rows, spaces', () => {
    const text = [
      ' Evidence_Links ,Question_ID, ANSWER ',
      '"https://a.example/1 \n\thttps://a.example/2", D1-1 ,  yes  ',
      'https://a.example/3,D1-2',
      ',D1-3,',
    ].join('\n');
    expect(importAnswers(text, built)).toEqual({
      kind: 'read',
      answers: [
        { questionId: 'D1-1', answer: 'yes', evidence: ['https://a.example/1', 'https://a.example/2'] },
        { questionId: 'D1-2', answer: '', evidence: ['https://a.example/3'] },
      ],
      refused: [],
      skipped: 1,
    });
  });

  test('at the limits: the product named with spaces, an answer of the longest length, as many links as allowed', () => {
    const text = [header, row('D1-1', 'x'.repeat(4000), links(10), ' acme-agent ')].join('\n');
    const read = importAnswers(text, built);
    expect(read.kind === 'read' && read.refused).toEqual([]);
    expect(read.kind === 'read' && read.answers[0]?.evidence).toHaveLength(10);
  });

  test('a file saved by a spreadsheet set to German or French: semicolons between the cells', () => {
    // What such a spreadsheet writes back: ';' between cells, quotes only where a cell holds ';', a quote or a line end.
    const text = [
      CSV_HEADER.join(';'),
      'acme-agent;D1-1;D1;Input Governance;Gap;"How is input checked; and where?";Design;Schemas, then a size cap.;https://acme.example/a',
      'acme-agent;D1-2;;;;;;"Yes; a classifier";',
    ].join('\r\n');
    expect(importAnswers(text, built)).toEqual({
      kind: 'read',
      answers: [
        { questionId: 'D1-1', answer: 'Schemas, then a size cap.', evidence: ['https://acme.example/a'] },
        { questionId: 'D1-2', answer: 'Yes; a classifier', evidence: [] },
      ],
      refused: [],
      skipped: 0,
    });
  });

  test.each([
    ['apart by spaces and line breaks, as exported', 'https://a.example/x https://b.example/y\nhttps://c.example'],
    ['apart by commas', 'https://a.example/x,https://b.example/y, https://c.example'],
    ['apart by semicolons', 'https://a.example/x;https://b.example/y; https://c.example'],
    ['a sentence’s punctuation after each', 'https://a.example/x, https://b.example/y; https://c.example.'],
  ])('evidence links %s are each a link of their own', (_, cell) => {
    const read = importAnswers([header, row('D1-1', 'yes', `"${cell}"`)].join('\n'), built);
    expect(read.kind === 'read' && read.answers[0]?.evidence).toEqual([
      'https://a.example/x',
      'https://b.example/y',
      'https://c.example',
    ]);
  });

  test('a comma or semicolon inside a link, before no other link, stays in it', () => {
    const link = 'https://a.example/search?q=a,b;c&p=1';
    const read = importAnswers([header, row('D1-1', 'yes', `"${link}"`)].join('\n'), built);
    expect(read.kind === 'read' && read.answers[0]?.evidence).toEqual([link]);
  });

  test('an http link listed after an https one with a comma is refused by its own name', () => {
    const read = importAnswers([header, row('D1-1', 'yes', '"https://a.example,http://b.example"')].join('\n'), built);
    expect(read.kind === 'read' && read.refused).toEqual([
      { row: 2, problem: { kind: 'not-https', link: 'http://b.example' } },
    ]);
  });

  test('a link refused is named by its first 80 characters', () => {
    const long = `http://acme.example/${'a'.repeat(100)}`;
    const read = importAnswers([header, row('D1-1', 'yes', long)].join('\n'), built);
    expect(read.kind === 'read' && read.refused).toEqual([
      { row: 2, problem: { kind: 'not-https', link: long.slice(0, 80) } },
    ]);
  });

  test('a second answer to one question is refused, naming the first row', () => {
    const read = importAnswers([header, row('D1-1', 'a'), row('D1-1', 'b')].join('\n'), built);
    expect(read.kind === 'read' && read.refused).toEqual([
      { row: 3, problem: { kind: 'answered-twice', questionId: 'D1-1', firstRow: 2 } },
    ]);
    expect(read.kind === 'read' && read.answers).toEqual([{ questionId: 'D1-1', answer: 'a', evidence: [] }]);
  });

  test('a file whose every row is for one other product is refused once, not row by row', () => {
    const text = [
      header,
      row('D1-1', 'yes', '', 'crewai'),
      row('D1-2', '', '', 'crewai'),
      row('D1-3', 'no', '', 'crewai'),
    ];
    expect(importAnswers(text.join('\n'), built)).toEqual({
      kind: 'unreadable',
      problem: { kind: 'other-product', productId: 'crewai', expected: 'acme-agent' },
    });
  });

  test('rows for two other products, or beside a good row, are refused each with its row', () => {
    const two = importAnswers(
      [header, row('D1-1', 'a', '', 'crewai'), row('D1-2', 'b', '', 'haystack')].join('\n'),
      built,
    );
    expect(two.kind === 'read' && two.refused.map((r) => r.row)).toEqual([2, 3]);
    const beside = importAnswers([header, row('D1-1', 'a'), row('D1-2', 'b', '', 'crewai')].join('\n'), built);
    expect(beside.kind === 'read' && beside.refused.map((r) => r.row)).toEqual([3]);
  });

  const allColumns: FileProblem = { kind: 'missing-columns', columns: ['question_id', 'answer', 'evidence_links'] };
  test.each<[string, string, FileProblem]>([
    ['not CSV at all', '{"json": true}', allColumns],
    ['an unclosed quote', `${header}\nacme-agent,D1-1,,,,,,"never closed`, { kind: 'unclosed-quote' }],
    ['empty', '', allColumns],
    ['one column missing', 'question_id,answer\nD1-1,yes', { kind: 'missing-columns', columns: ['evidence_links'] }],
  ])('%s: unreadable, and why', (_name, text, problem) => {
    expect(importAnswers(text, built)).toEqual({ kind: 'unreadable', problem });
  });
});

describe('parseCsv', () => {
  test.each([
    [
      'a,b\r\nc,d\r\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      '\uFEFFa,"b, c"\n"say ""hi""","two\nlines"',
      [
        ['a', 'b, c'],
        ['say "hi"', 'two\nlines'],
      ],
    ],
    [
      'a,\n\n,b',
      [
        ['a', ''],
        ['', 'b'],
      ],
    ],
    ['x', [['x']]],
  ])('%j', (text, rows) => {
    expect(parseCsv(text)).toEqual({ kind: 'rows', rows });
  });
});
