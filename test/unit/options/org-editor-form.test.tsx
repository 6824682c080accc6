// @vitest-environment happy-dom
// The organisation's assessment form rendered alone with a draft: each field labelled, holding its own part of the
// draft, handing on exactly that part when typed in, and showing its own problem (and only its own) beside it; the
// eight domains named from the dataset, or by their ids where the dataset has none.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { DOMAIN_IDS, type Domain, type DomainId } from '../../../src/core/model.ts';
import { emptyDraft, type OrgDraft } from '../../../src/core/org-draft.ts';
import type { Problems } from '../../../src/options/org-fields.tsx';
import { OrgEditorForm } from '../../../src/options/org-editor-form.tsx';

afterEach(cleanup);

const DOMAINS: Domain[] = DOMAIN_IDS.map((id, i) => ({ id, name: `Domain ${i + 1} name`, summary: `About ${id}.` }));

function filledDraft(): OrgDraft {
  return {
    ...emptyDraft('acme-agent', '2026-11-02'),
    name: 'Acme Agent',
    vendor: 'Acme',
    category: 'Coding agent',
    sites: [{ host: 'acme-agent.example', path: '/docs' }],
    assessor: 'Security team',
    scope: 'Release 4.2, hosted',
  };
}

function show(
  draft: OrgDraft,
  { problems = new Map(), domains = DOMAINS } = {} as { problems?: Problems; domains?: Domain[] },
) {
  const onChange = vi.fn<(next: OrgDraft) => void>();
  render(<OrgEditorForm draft={draft} domains={domains} problems={problems} onChange={onChange} />);
  return onChange;
}

/** Each text field: its label, the draft's key it holds. */
const FIELDS = [
  ['Product name', 'name'],
  ['Vendor', 'vendor'],
  ['Category', 'category'],
  ['Assessor', 'assessor'],
  ['Date assessed', 'date'],
  ['Scope', 'scope'],
] as const;

test('one named form in three titled sections, each field labelled with its value from the draft', () => {
  const draft = filledDraft();
  show(draft);
  const form = screen.getByRole('form', { name: 'Your assessment' });
  expect(
    within(form)
      .getAllByRole('heading', { level: 2 })
      .map((h) => h.textContent),
  ).toEqual(['The product', 'The assessment', 'The eight PSF domains']);
  for (const [label, key] of FIELDS) expect((screen.getByLabelText(label) as HTMLInputElement).value).toBe(draft[key]);
  // Every field its own id, so each label reaches its own input.
  const ids = FIELDS.map(([label]) => screen.getByLabelText(label).id);
  expect(new Set(ids).size).toBe(FIELDS.length);
  expect(screen.getByLabelText('Date assessed').getAttribute('type')).toBe('date');
  expect(screen.getByLabelText('Scope').tagName).toBe('TEXTAREA');
  expect(screen.getByLabelText('Product name').getAttribute('type')).toBe('text');
  expect(screen.getByText('A person or a team')).toBeTruthy();
  expect(screen.getByText('What was assessed: the release, the deployment, the contract')).toBeTruthy();
  expect(screen.getByText(/Rate a domain only where you have looked at it/)).toBeTruthy();
  expect((screen.getByLabelText('Site 1: host') as HTMLInputElement).value).toBe('acme-agent.example');
});

test.each(FIELDS)('typing in "%s" hands on the draft with only %s changed', (label, key) => {
  const draft = filledDraft();
  const onChange = show(draft);
  fireEvent.input(screen.getByLabelText(label), { target: { value: '2027-01-15' } });
  expect(onChange).toHaveBeenCalledOnce();
  expect(onChange).toHaveBeenCalledWith({ ...draft, [key]: '2027-01-15' });
});

test.each(FIELDS)('a problem of %s is shown beside that field alone and read with it', (label, key) => {
  show(filledDraft(), { problems: new Map([[key, `The ${key} is not right`]]) });
  const field = screen.getByLabelText(label);
  expect(field.getAttribute('aria-invalid')).toBe('true');
  // The reason first; a field with a hint names it after.
  const described = document.getElementById(field.getAttribute('aria-describedby')!.split(' ')[0]!);
  expect(described?.textContent).toBe(`The ${key} is not right`);
  for (const [other] of FIELDS.filter(([l]) => l !== label))
    expect(screen.getByLabelText(other).getAttribute('aria-invalid')).toBeNull();
  expect(screen.getAllByText(/is not right/)).toHaveLength(1);
});

test("a site's change hands on the draft with the new sites", () => {
  const draft = filledDraft();
  const onChange = show(draft);
  fireEvent.input(screen.getByLabelText('Site 1: path'), { target: { value: '/agent' } });
  expect(onChange).toHaveBeenCalledWith({ ...draft, sites: [{ host: 'acme-agent.example', path: '/agent' }] });
});

test("the eight domains in order, named from the dataset; a domain's change replaces that domain alone", () => {
  const draft = filledDraft();
  const onChange = show(draft);
  const legends = [...document.querySelectorAll('fieldset.domain-editor > legend')].map((l) => l.textContent);
  expect(legends).toEqual(DOMAIN_IDS.map((id, i) => `${id} Domain ${i + 1} name`));
  expect(screen.getByText('About D5.')).toBeTruthy();
  fireEvent.click(
    within(screen.getByRole('radiogroup', { name: 'D5 Domain 5 name rating' })).getByLabelText('Partial'),
  );
  expect(onChange).toHaveBeenCalledOnce();
  const next = onChange.mock.calls[0]![0];
  expect(next.domains.D5).toEqual({ ...draft.domains.D5, rating: 'Partial' });
  expect({ ...next, domains: { ...next.domains, D5: draft.domains.D5 } }).toEqual(draft);
});

test('a domain the dataset does not describe is named by its id alone, never left out', () => {
  const known = DOMAINS.filter((d) => d.id !== ('D7' as DomainId));
  show(filledDraft(), { domains: known });
  const editors = [...document.querySelectorAll('fieldset.domain-editor')];
  expect(editors.map((e) => e.querySelector('legend')?.textContent)).toEqual(
    DOMAIN_IDS.map((id, i) => (id === 'D7' ? 'D7' : `${id} Domain ${i + 1} name`)),
  );
  expect(screen.getByRole('radiogroup', { name: 'D7 rating' })).toBeTruthy();
  // No empty summary for it, and nothing points at one.
  expect(editors[6]!.querySelector('.domain-summary')).toBeNull();
  expect(editors[6]!.getAttribute('aria-describedby')).toBeNull();
  expect(document.getElementById(editors[5]!.getAttribute('aria-describedby')!)?.textContent).toBe('About D6.');
});

test('pressing Enter in a field submits nothing: the page stays', () => {
  show(filledDraft());
  const form = screen.getByRole('form', { name: 'Your assessment' });
  const submit = new Event('submit', { bubbles: true, cancelable: true });
  form.dispatchEvent(submit);
  expect(submit.defaultPrevented).toBe(true);
});
