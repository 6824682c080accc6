// @vitest-environment happy-dom
// The assessment form's pieces, rendered alone: a labelled field that shows its value, hands on what is typed and
// carries its reason (read with the field by a screen reader); and a list of lines the user adds to, edits and
// removes from, each line named by its number and with its own reason.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, expect, test, vi } from 'vitest';
import { LineList, TextField, type Problems } from '../../../src/options/org-fields.tsx';
import { press } from '../helpers/keyboard.ts';

afterEach(cleanup);

const none: Problems = new Map();

/** The reason a screen reader reads with a control: the element its aria-describedby names. */
const reasonOf = (el: HTMLElement) =>
  document.getElementById(el.getAttribute('aria-describedby')?.split(' ')[0] ?? '-')?.textContent;

test('a text field shows its value and label, hands on what is typed, and has no reason while it is fine', () => {
  const onInput = vi.fn();
  const { container } = render(
    <TextField field="name" label="Product name" value="Acme" problems={none} onInput={onInput} />,
  );
  const input = screen.getByLabelText('Product name') as HTMLInputElement;
  expect(input.tagName).toBe('INPUT');
  expect(input.type).toBe('text');
  expect(input.value).toBe('Acme');
  expect(input.getAttribute('aria-invalid')).toBeNull();
  expect(input.getAttribute('aria-describedby')).toBeNull();
  expect(container.querySelector('.field')?.className).toBe('field');
  expect(container.querySelector('.field-hint')).toBeNull();
  expect(container.querySelector('.field-problem')).toBeNull();
  fireEvent.input(input, { target: { value: 'Acme Agent' } });
  expect(onInput).toHaveBeenCalledWith('Acme Agent');
});

test('a field with a problem is marked invalid and described by its reason; a hint is shown beside the label', () => {
  const problems: Problems = new Map([['sites.0.host', 'Write the host alone.']]);
  const { container } = render(
    <TextField
      field="sites.0.host"
      label="Host"
      hint="vendor.example"
      value="x"
      problems={problems}
      onInput={vi.fn()}
    />,
  );
  const input = screen.getByLabelText('Host');
  expect(input.getAttribute('aria-invalid')).toBe('true');
  expect(input.getAttribute('aria-describedby')).toBe('f-sites-0-host-problem f-sites-0-host-hint');
  expect(reasonOf(input)).toBe('Write the host alone.');
  expect(container.querySelector('.field')?.className).toBe('field has-problem');
  expect(container.querySelector('.field-hint')?.textContent).toBe('vendor.example');
});

test('a hint is read with its field, problem or not; what is typed runs in its own direction', () => {
  render(<TextField field="who" label="Who" hint="A team" value="" problems={none} onInput={vi.fn()} />);
  render(<TextField field="scope" label="Scope" value="" multiline problems={none} onInput={vi.fn()} />);
  render(<TextField field="date" label="Date" type="date" value="" problems={none} onInput={vi.fn()} />);
  const who = screen.getByLabelText('Who');
  expect(document.getElementById(who.getAttribute('aria-describedby') ?? '-')?.textContent).toBe('A team');
  expect(who.getAttribute('dir')).toBe('auto');
  expect(screen.getByLabelText('Scope').getAttribute('dir')).toBe('auto');
  expect(screen.getByLabelText('Date').getAttribute('dir')).toBeNull();
});

test.each([
  ['a line of text runs in its own direction', false, 'نص', 'auto'],
  ['a link line runs left to right', true, 'https://a.example', null],
])('%s', (_, isUrl, line, dir) => {
  render(
    <LineList
      field="f"
      label="Lines"
      itemLabel={(n) => `Line ${n}`}
      addLabel="Add"
      lines={[line]}
      problems={none}
      onChange={vi.fn()}
      isUrl={isUrl}
    />,
  );
  expect(screen.getByLabelText('Line 1').getAttribute('dir')).toBe(dir);
});

test('a multiline field is a text area and a date field a date input', () => {
  render(<TextField field="scope" label="Scope" value="v2" multiline problems={none} onInput={vi.fn()} />);
  render(<TextField field="date" label="Date" type="date" value="2026-01-02" problems={none} onInput={vi.fn()} />);
  expect(screen.getByLabelText('Scope').tagName).toBe('TEXTAREA');
  expect((screen.getByLabelText('Scope') as HTMLTextAreaElement).value).toBe('v2');
  expect((screen.getByLabelText('Date') as HTMLInputElement).type).toBe('date');
});

const FINDINGS = {
  field: 'domains.D2.findings',
  label: 'Findings',
  itemLabel: (n: number) => `Finding ${n}`,
  addLabel: 'Add a finding',
};

function lines(list: string[], problems: Problems = none, isUrl = false) {
  const onChange = vi.fn();
  const view = render(
    <LineList
      {...FINDINGS}
      lines={list}
      problems={problems}
      onChange={onChange}
      {...(isUrl ? { isUrl, placeholder: 'https://' } : {})}
    />,
  );
  return { onChange, view };
}

test('each line is named by its number from 1 and shows its text; its remove button says which line', () => {
  lines(['one', 'two']);
  const group = screen.getByRole('group', { name: 'Findings' });
  const inputs = within(group).getAllByRole('textbox') as HTMLInputElement[];
  expect(inputs.map((i) => [i.getAttribute('aria-label'), i.value])).toEqual([
    ['Finding 1', 'one'],
    ['Finding 2', 'two'],
  ]);
  expect(inputs[0]!.getAttribute('inputmode')).toBeNull();
  expect(inputs[0]!.getAttribute('aria-invalid')).toBeNull();
  const removes = within(group).getAllByRole('button', { name: /^Remove/ });
  expect(removes.map((b) => [b.getAttribute('aria-label'), b.textContent])).toEqual([
    ['Remove Finding 1', 'Remove'],
    ['Remove Finding 2', 'Remove'],
  ]);
});

test('typing in a line changes that line alone; remove drops it and names its index; add appends an empty line', () => {
  const { onChange } = lines(['one', 'two', 'three']);
  fireEvent.input(screen.getByLabelText('Finding 2'), { target: { value: 'TWO' } });
  expect(onChange).toHaveBeenLastCalledWith(['one', 'TWO', 'three']);
  fireEvent.click(screen.getByRole('button', { name: 'Remove Finding 2' }));
  expect(onChange).toHaveBeenLastCalledWith(['one', 'three'], 1);
  fireEvent.click(screen.getByRole('button', { name: 'Add a finding' }));
  expect(onChange).toHaveBeenLastCalledWith(['one', 'two', 'three', '']);
});

test('a line with a problem is marked and described by its own reason; the list’s reason shows below it', () => {
  const problems: Problems = new Map([
    ['domains.D2.findings.1', 'Write the finding or remove the line.'],
    ['domains.D2.findings', 'Too many findings.'],
  ]);
  const { view } = lines(['fine', ''], problems, true);
  const [fine, bad] = [screen.getByLabelText('Finding 1'), screen.getByLabelText('Finding 2')];
  expect(fine.getAttribute('aria-invalid')).toBeNull();
  expect(fine.getAttribute('aria-describedby')).toBeNull();
  expect(bad.getAttribute('aria-invalid')).toBe('true');
  expect(bad.getAttribute('aria-describedby')).toBe('f-domains-D2-findings-1-problem');
  expect(reasonOf(bad)).toBe('Write the finding or remove the line.');
  expect([...view.container.querySelectorAll('.line')].map((l) => l.className)).toEqual(['line', 'line has-problem']);
  expect(bad.getAttribute('inputmode')).toBe('url');
  expect(bad.getAttribute('placeholder')).toBe('https://');
  const problemsShown = [...view.container.querySelectorAll('.field-problem')].map((p) => p.textContent);
  expect(problemsShown).toEqual(['Write the finding or remove the line.', 'Too many findings.']);
});

/** A list kept by its own state, as the form keeps it. */
function KeptList({ start }: { start: string[] }) {
  const [lines, setLines] = useState(start);
  return <LineList {...FINDINGS} lines={lines} problems={none} onChange={setLines} />;
}

test('the keyboard follows the lines: into a line just added, onto the line that took a removed one’s place', async () => {
  render(<KeptList start={['one', 'two', 'three']} />);
  const focused = () => (document.activeElement as HTMLInputElement).getAttribute('aria-label');
  press('Add a finding');
  await waitFor(() => expect(focused()).toBe('Finding 4'));
  expect((document.activeElement as HTMLInputElement).value).toBe('');
  // The second removed: the third, now second, has the keyboard.
  press('Remove Finding 2');
  await waitFor(() => expect((document.activeElement as HTMLInputElement).value).toBe('three'));
  expect(focused()).toBe('Finding 2');
  // The last removed: the one before it.
  press('Remove Finding 3');
  await waitFor(() => expect(focused()).toBe('Finding 2'));
  press('Remove Finding 1');
  await waitFor(() => expect((document.activeElement as HTMLInputElement).value).toBe('three'));
  // None left: the Add button.
  press('Remove Finding 1');
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add a finding' })));
  // Typing moves nothing.
  press('Add a finding');
  await waitFor(() => expect(focused()).toBe('Finding 1'));
  fireEvent.input(document.activeElement!, { target: { value: 'new' } });
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(focused()).toBe('Finding 1');
});
