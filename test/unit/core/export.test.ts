// Exports for tickets and spreadsheets: the right content, and nothing a user or dataset wrote can break out.
import { describe, expect, test } from 'vitest';
import { checklistItems, type ActionState } from '../../../src/core/checklist.ts';
import { compareExport } from '../../../src/core/compare-export.ts';
import { actionsExport, mdText, mdUrl, type Entry } from '../../../src/core/export.ts';
import { actionState } from '../helpers/action-state.ts';
import { bundled } from '../helpers/dataset.ts';

const d = bundled();
const entry = (id: string): Entry => ({
  product: d.products.find((p) => p.id === id)!,
  assessment: d.assessments.find((a) => a.productId === id) ?? null,
});

describe('compare', () => {
  const entries = [entry('langchain'), entry('crewai'), entry('haystack')];

  test('Markdown: a table with a column per product, a row per domain, not captured said so, and the source', () => {
    const md = compareExport(entries, d.domains, d, 'md');
    const lines = md.split('\n');
    expect(lines[0]).toBe('# PSF comparison: LangChain / LangGraph, CrewAI, Haystack');
    expect(lines[2]).toBe('|  | LangChain / LangGraph | CrewAI | Haystack |');
    expect(lines).toContain('| D3 Data Protection | Gap | Gap | Gap |');
    expect(lines).toContain('| D5 Deployment Safety | Partial | Gap | not captured |');
    expect(md).toMatch(/Source: PSF assessments by the Production AI Institute \\\(PAI\\\), CC BY 4\.0/);
    // Linked as one link: a bare address followed by "\)" renders as a link to "https://productionai.institute/\".
    expect(md).toContain('CC BY 4.0 \\(<https://productionai.institute/>\\);');
    expect(lines).toContain(
      '| Link | <https://productionai.institute/insights/langchain-psf-assessment> | <https://productionai.institute/insights/crewai-psf-assessment> | <https://www.productionai.institute/insights/haystack-psf-assessment> |',
    );
  });

  test('CSV: the same table, quoted where needed, the link and the source last', () => {
    const csv = compareExport(entries, d.domains, d, 'csv');
    const rows = csv.trimEnd().split('\r\n');
    expect(rows[0]).toBe(',LangChain / LangGraph,CrewAI,Haystack');
    expect(rows).toContain('D8 Vendor Resilience,Strong,Partial,not captured');
    expect(rows.at(-2)).toMatch(/^Link,https:\/\/productionai\.institute\/insights\/langchain-psf-assessment,/);
    expect(rows.at(-1)).toMatch(/^Source,"PSF assessments by the Production AI Institute \(PAI\), CC BY 4\.0 /);
  });

  test('JSON: ratings keyed D1..D8, null where not captured', () => {
    const json = JSON.parse(compareExport(entries, d.domains, d, 'json'));
    expect(json.products.map((p: { id: string }) => p.id)).toEqual(['langchain', 'crewai', 'haystack']);
    expect(json.products[2].ratings).toEqual({
      D1: 'Partial',
      D2: 'Partial',
      D3: 'Gap',
      D4: 'Strong',
      D5: null,
      D6: null,
      D7: null,
      D8: null,
    });
    expect(json.note).toMatch(/null was not captured/);
  });
});

describe('actions', () => {
  const codex = entry('openai-codex');
  const ids = Object.values(codex.assessment!.domains).flatMap((x) => x?.actions.map((a) => a.id) ?? []);
  const state = (actionId: string, over: Partial<ActionState>) =>
    actionState('openai-codex', actionId, {
      text: 'old text',
      domain: 'D4',
      assessmentId: codex.assessment!.id,
      ...over,
    });
  const hostile = 'Ops | "Risk", =cmd|\' /C calc\'!A0\nsecond line <script>alert(1)</script> [x](javascript:alert(1))';
  const states = [
    state(ids[0]!, { status: 'done', owner: hostile, due: '2026-12-01', notes: hostile }),
    state('openai-codex-sites-plugins.d4.gone', {
      status: 'in-progress',
      text: 'An action no longer in the assessment',
    }),
  ];
  const items = checklistItems(codex.assessment, states);

  test('Markdown: a checkbox per action, done ticked, owner and due; retired ones apart; hostile text inert', () => {
    const md = actionsExport(codex, items, d.domains, d, 'md');
    expect(md.split('\n')[0]).toBe('# PSF actions: OpenAI Codex');
    expect(md).toMatch(/^- \[x\] \*\*D1 Input Governance:\*\* .+ \(Done, owner .+, due 2026-12-01\)$/m);
    expect(md).toMatch(
      /^## Retired \(no longer in the assessment\)\n\n- \[ \] \*\*D4 Observability:\*\* An action no longer in the assessment \(In progress\)$/m,
    );
    // The note's two lines, the second one continuing the first's list item.
    const lines = md.split('\n');
    const at = lines.findIndex((l) => l.startsWith('  - Notes: '));
    const notes = lines.slice(at, at + 2).join('\n');
    expect(notes).not.toMatch(/<script>|[^\\]\||[^\\]\[x\]\(/);
    expect(notes).toMatch(/\\\n {4}second line/);
    expect(md.split('\n').filter((l) => l.startsWith('- [')).length).toBe(ids.length + 1);
  });

  test('CSV: one row per action, every hostile cell quoted and defused', () => {
    const csv = actionsExport(codex, items, d.domains, d, 'csv');
    const [header, first] = csv.split('\r\n');
    expect(header).toBe(
      'product,domain_id,domain,action_id,action,status,owner,due,notes,retired,assessment_url,source',
    );
    expect(first).toContain(`"${hostile.replace(/"/g, '""')}"`);
    expect(csv).toContain(',retired,https://');
    // A cell that starts a formula is prefixed with an apostrophe.
    const formula = actionsExport(
      codex,
      checklistItems(codex.assessment, [state(ids[0]!, { owner: '=HYPERLINK("x")' })]),
      d.domains,
      d,
      'csv',
    );
    expect(formula).toContain(`"'=HYPERLINK(""x"")"`);
  });

  test('JSON: the actions with their states, retired flagged', () => {
    const json = JSON.parse(actionsExport(codex, items, d.domains, d, 'json'));
    expect(json.product).toEqual({ id: 'openai-codex', name: 'OpenAI Codex', vendor: 'OpenAI' });
    expect(json.actions[0]).toMatchObject({ id: ids[0], status: 'done', owner: hostile });
    expect(json.actions.at(-1)).toMatchObject({
      id: 'openai-codex-sites-plugins.d4.gone',
      retired: true,
      status: 'in-progress',
    });
    expect(json.actions.filter((a: { status: string }) => a.status === 'todo')).toHaveLength(ids.length - 1);
  });

  test('a product without captured actions says so', () => {
    const md = actionsExport(
      entry('claude-opus-4-8'),
      checklistItems(entry('claude-opus-4-8').assessment, []),
      d.domains,
      d,
      'md',
    );
    expect(md).toMatch(/lists no practitioner actions that PSF Lens captured/);
  });
});

test('mdUrl keeps a link one link', () => {
  expect(mdUrl('https://x.example/a|b c>d')).toBe('<https://x.example/a%7Cb%20c%3Ed>');
});

test.each([
  ['a | b', 'a \\| b'],
  ['two\nlines', 'two lines'],
  ['<b>x</b>', '\\<b\\>x\\</b\\>'],
  ['[t](u)', '\\[t\\]\\(u\\)'],
  ['*_`#', '\\*\\_\\`\\#'],
  // An entity would be read as the character it names: "&amp;" typed in a note showed as "&".
  ['&amp; &lt;b&gt; &#42; &#x2A;', '\\&amp; \\&lt;b\\&gt; &\\#42; &\\#x2A;'],
  ['R&D & Ops', 'R&D & Ops'],
])('mdText(%j) = %j', (input, want) => {
  expect(mdText(input)).toBe(want);
});
