// @vitest-environment happy-dom
// One domain of the organisation's assessment, rendered alone with a draft: the rating it shows (not assessed
// unless chosen, never Gap), its findings, actions and evidence lines, and the domain handed on after each change,
// actions keeping their ids so a checklist keeps its state.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import type { DomainId } from '../../../src/core/model.ts';
import { emptyDraft, type DraftDomain, type OrgDraft } from '../../../src/core/org-draft.ts';
import { DomainEditor } from '../../../src/options/org-domain-editor.tsx';
import type { Problems } from '../../../src/options/org-fields.tsx';

afterEach(cleanup);

const DOMAIN = { id: 'D3' as DomainId, name: 'Data handling', summary: 'How the product keeps data.' };

function draftWith(d3: Partial<DraftDomain>, others: Partial<Record<DomainId, Partial<DraftDomain>>> = {}): OrgDraft {
  const draft = emptyDraft('acme', '2026-01-02');
  for (const [id, patch] of Object.entries({ ...others, D3: d3 })) Object.assign(draft.domains[id as DomainId], patch);
  return draft;
}

function show(draft: OrgDraft, problems: Problems = new Map()) {
  const onChange = vi.fn<(next: DraftDomain) => void>();
  const view = render(<DomainEditor domain={DOMAIN} draft={draft} problems={problems} onChange={onChange} />);
  return { onChange, view };
}

const radios = () => screen.getAllByRole('radio') as HTMLInputElement[];
const labelOf = (input: HTMLElement) => input.closest('label')!;

test('a domain not rated shows "Not assessed" chosen among Strong, Partial and Gap, in one named group', () => {
  const { view } = show(draftWith({}));
  const group = screen.getByRole('radiogroup', { name: 'D3 Data handling rating' });
  expect(within(group).getAllByRole('radio')).toHaveLength(4);
  expect(radios().map((r) => [labelOf(r).textContent, r.checked])).toEqual([
    ['Strong', false],
    ['Partial', false],
    ['Gap', false],
    ['Not assessed', true],
  ]);
  expect(radios().every((r) => r.name === 'rating-D3')).toBe(true);
  expect(radios().map((r) => labelOf(r).className)).toEqual([
    'choice rating-strong',
    'choice rating-partial',
    'choice rating-gap',
    'choice rating-none',
  ]);
  const fieldset = view.container.querySelector('fieldset.domain-editor')!;
  expect(fieldset.querySelector('legend')?.textContent).toBe('D3 Data handling');
  expect(document.getElementById(fieldset.getAttribute('aria-describedby')!)?.textContent).toBe(
    'How the product keeps data.',
  );
});

test('a rated domain shows its rating chosen, and choosing another hands on the domain with that rating', () => {
  const { onChange } = show(draftWith({ rating: 'Partial', findings: ['f'] }));
  expect(radios().map((r) => r.checked)).toEqual([false, true, false, false]);
  fireEvent.click(screen.getByRole('radio', { name: 'Gap' }));
  expect(onChange).toHaveBeenLastCalledWith({ rating: 'Gap', findings: ['f'], actions: [], evidence: [] });
  fireEvent.click(screen.getByRole('radio', { name: 'Not assessed' }));
  expect(onChange).toHaveBeenLastCalledWith({ rating: null, findings: ['f'], actions: [], evidence: [] });
});

test('findings and evidence lines are named, editable and handed on in the domain', () => {
  const { onChange } = show(draftWith({ rating: 'Strong', findings: ['Logs kept'], evidence: ['https://a.example'] }));
  expect(screen.getByRole('group', { name: 'Findings' })).toBeTruthy();
  expect(screen.getByRole('group', { name: 'Evidence links' })).toBeTruthy();
  const evidence = screen.getByLabelText('Evidence link 1') as HTMLInputElement;
  expect(evidence.value).toBe('https://a.example');
  expect(evidence.getAttribute('placeholder')).toBe('https://');
  fireEvent.input(screen.getByLabelText('Finding 1'), { target: { value: 'Logs kept 30 days' } });
  expect(onChange).toHaveBeenLastCalledWith({
    rating: 'Strong',
    findings: ['Logs kept 30 days'],
    actions: [],
    evidence: ['https://a.example'],
  });
  fireEvent.click(screen.getByRole('button', { name: 'Add an evidence link' }));
  expect(onChange.mock.lastCall![0].evidence).toEqual(['https://a.example', '']);
  fireEvent.click(screen.getByRole('button', { name: 'Add a finding' }));
  expect(onChange.mock.lastCall![0].findings).toEqual(['Logs kept', '']);
});

test('the reasons of a domain’s lines show beside them, the evidence list’s own reason once, below it', () => {
  const problems: Problems = new Map([
    ['domains.D3.findings.0', 'Write the finding.'],
    ['domains.D3.actions.0', 'Write the action.'],
    ['domains.D3.evidence.0', 'Use an https link.'],
    ['domains.D3.evidence', 'A Strong rating needs evidence.'],
  ]);
  show(draftWith({ findings: [''], actions: [{ id: 'org-d3-1', text: '' }], evidence: ['http://x'] }), problems);
  for (const [label, reason] of [
    ['Finding 1', 'Write the finding.'],
    ['Action 1', 'Write the action.'],
    ['Evidence link 1', 'Use an https link.'],
  ]) {
    const input = screen.getByLabelText(label!);
    expect(document.getElementById(input.getAttribute('aria-describedby')!)?.textContent).toBe(reason);
  }
  // Once, below the evidence lines: not repeated (with a second element of the same id) after the fieldset.
  const reasons = screen.getAllByText('A Strong rating needs evidence.');
  expect(reasons).toHaveLength(1);
  expect(reasons[0]!.closest('fieldset')?.getAttribute('class')).toBe('line-list');
  expect(reasons[0]!.id).toBe('f-domains-D3-evidence-problem');
});

const ACTIONS = [
  { id: 'org-d3-1', text: 'Ask for the retention policy' },
  { id: 'org-d3-2', text: 'Turn off training on our data' },
  { id: 'org-d3-3', text: 'Review the logs' },
];

test('an action’s line shows its text; editing or removing a line keeps every other action’s id', () => {
  const { onChange } = show(draftWith({ actions: ACTIONS }));
  expect((screen.getAllByRole('textbox') as HTMLInputElement[]).map((i) => i.value)).toEqual(
    ACTIONS.map((a) => a.text),
  );
  expect(screen.getByRole('group', { name: 'Practitioner actions' })).toBeTruthy();
  fireEvent.input(screen.getByLabelText('Action 2'), { target: { value: 'Turn training off' } });
  expect(onChange.mock.lastCall![0].actions).toEqual([
    ACTIONS[0],
    { id: 'org-d3-2', text: 'Turn training off' },
    ACTIONS[2],
  ]);
  fireEvent.click(screen.getByRole('button', { name: 'Remove Action 1' }));
  expect(onChange).toHaveBeenLastCalledWith({ rating: null, findings: [], actions: ACTIONS.slice(1), evidence: [] });
});

test('a new action gets an id no action of the whole draft uses yet', () => {
  // Another domain already holds the id the count would give, so the new line skips it.
  const { onChange } = show(
    draftWith({ actions: [ACTIONS[1]!] }, { D1: { actions: [{ id: 'org-d3-3', text: 'x' }] } }),
  );
  fireEvent.click(screen.getByRole('button', { name: 'Add an action' }));
  expect(onChange.mock.lastCall![0].actions).toEqual([ACTIONS[1], { id: 'org-d3-4', text: '' }]);
});
