// A product's actions as the team's checklist: the assessment's actions in domain order with what the user set on
// them, then the actions a dataset update took away, kept with their state and counted apart.
import { expect, test } from 'vitest';
import {
  applyPatch,
  checklistItems,
  progress,
  type ActionState,
  type ChecklistItem,
} from '../../../src/core/checklist.ts';
import { parseCsv } from '../../../src/core/csv.ts';
import { actionsExport } from '../../../src/core/export.ts';
import type { Assessment, DomainId } from '../../../src/core/model.ts';

const state = (actionId: string, domain: DomainId, status: ActionState['status']): ActionState => ({
  productId: 'acme-agent',
  actionId,
  status,
  owner: '',
  due: '',
  notes: '',
  updatedAt: 1,
  text: `Old ${actionId}`,
  domain,
  assessmentId: 'acme-agent-2025',
});

const assessment: Assessment = {
  id: 'acme-agent-2026',
  productId: 'acme-agent',
  title: 'Acme Agent',
  url: 'https://pai.example/acme',
  license: 'CC BY 4.0',
  ratings: {},
  overview: [],
  domains: {
    D3: {
      findings: [],
      actions: [
        { id: 'd3-b', text: 'Shorten retention.' },
        { id: 'd3-a', text: 'Isolate tenants.' },
      ],
    },
    D1: { findings: [], actions: [{ id: 'd1-a', text: 'Validate input.' }] },
    D4: { findings: ['No actions here.'], actions: [] },
  },
};

const line = (item: ChecklistItem) =>
  `${item.domain} ${item.actionId} ${item.text} ${item.state?.status ?? '-'}${item.retired ? ' retired' : ''}`;

test("the assessment's actions in domain order with their states, then the retired ones by domain and id", () => {
  const states = [
    state('gone-b', 'D5', 'done'),
    state('d3-a', 'D3', 'in-progress'),
    state('gone-z', 'D2', 'todo'),
    state('gone-a', 'D5', 'not-applicable'),
  ];
  expect(checklistItems(assessment, states).map(line)).toEqual([
    'D1 d1-a Validate input. -',
    'D3 d3-b Shorten retention. -',
    'D3 d3-a Isolate tenants. in-progress',
    'D2 gone-z Old gone-z todo retired',
    'D5 gone-a Old gone-a not-applicable retired',
    'D5 gone-b Old gone-b done retired',
  ]);
});

test('without an assessment every saved state is a retired action, none lost', () => {
  const states = [state('x', 'D1', 'done'), state('y', 'D1', 'todo')];
  expect(checklistItems(null, states).map(line)).toEqual(['D1 x Old x done retired', 'D1 y Old y todo retired']);
});

test('progress counts the current actions by status (to do until set), never the retired ones', () => {
  const items = checklistItems(assessment, [
    state('d3-a', 'D3', 'done'),
    state('d3-b', 'D3', 'not-applicable'),
    state('gone', 'D2', 'done'),
  ]);
  expect(progress(items)).toEqual({ todo: 1, 'in-progress': 0, done: 1, 'not-applicable': 1, total: 3 });
  expect(progress([])).toEqual({ todo: 0, 'in-progress': 0, done: 0, 'not-applicable': 0, total: 0 });
});

test("a patch: a new state starts to do, empty; a later one keeps what it does not change; the action's own", () => {
  const base = {
    productId: 'acme-agent',
    actionId: 'd3-a',
    text: 'Isolate tenants.',
    domain: 'D3',
    assessmentId: 'acme-agent-2026',
  } as const;
  const first = applyPatch(undefined, base, { owner: 'Ana' }, 10);
  expect(first).toEqual({ ...base, status: 'todo', owner: 'Ana', due: '', notes: '', updatedAt: 10 });
  const second = applyPatch({ ...first, text: 'Old words' }, base, { status: 'done' }, 20);
  expect(second).toEqual({ ...first, status: 'done', updatedAt: 20 });
});

test('an export says each status in words', () => {
  const items = checklistItems(assessment, [
    state('d1-a', 'D1', 'in-progress'),
    state('d3-a', 'D3', 'done'),
    state('d3-b', 'D3', 'not-applicable'),
    state('gone', 'D2', 'todo'),
  ]);
  const product = { id: 'acme-agent', name: 'Acme Agent', vendor: 'Acme', category: 'AI', homepage: '', match: [] };
  const attribution = { publisher: 'Acme Bank', url: 'https://acme.example/', license: 'Internal', licenseUrl: '' };
  const source = { attribution, version: '2026.01.01', published: '2026-01-01' };
  const parsed = parseCsv(actionsExport({ product, assessment }, items, [], source, 'csv'));
  if (parsed.kind !== 'rows') throw new Error(parsed.reason);
  expect(parsed.rows.slice(1).map((row) => `${row[3]} ${row[5]}`)).toEqual([
    'd1-a In progress',
    'd3-b Not applicable',
    'd3-a Done',
    'gone To do',
  ]);
});
