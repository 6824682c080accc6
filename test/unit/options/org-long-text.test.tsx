// @vitest-environment happy-dom
// A long text pasted into the assessment editor, over the real handlers: a 5,000-character finding is kept in the
// draft while the field says how long a version allows; a text longer than a draft keeps is said in words, and
// what was stored before stays.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { acmeDraft } from '../helpers/org.ts';
import { editRecord } from './org-editor-fixture.tsx';
import { fakeApi } from './workspace-fixture.tsx';

afterEach(cleanup);

async function editor() {
  const api = fakeApi();
  await api.saveDraft('r1', acmeDraft({ D3: 'Gap' }));
  editRecord(api, 'r1');
  const [add] = await screen.findAllByRole('button', { name: 'Add a finding' });
  fireEvent.click(add!);
  const finding = (await screen.findByLabelText('Finding 1')) as HTMLInputElement;
  const stored = async () => (await api.orgRecords()).records[0]?.draft.domains.D1.findings;
  return { finding, stored, line: () => document.querySelector('.save-line')?.textContent ?? '' };
}

test('a 5,000-character finding is kept in the draft, and the field says how long a version allows', async () => {
  const { finding, stored, line } = await editor();
  const long = 'Prompt injection through uploaded files. '.repeat(125).slice(0, 5000);
  fireEvent.input(finding, { target: { value: long } });
  await waitFor(() => expect(line()).toMatch(/^Draft saved at /), { timeout: 3000 });
  expect(await stored()).toEqual([long]);
  expect(document.getElementById(finding.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(
    /longer than 280 characters/,
  );
});

test('a text longer than a draft keeps is said in words, and the draft stored before stays', async () => {
  const { finding, stored, line } = await editor();
  fireEvent.input(finding, { target: { value: 'x'.repeat(10_001) } });
  await waitFor(() => expect(line()).toMatch(/A field holds more than 10,000 characters, more than a draft keeps/), {
    timeout: 3000,
  });
  expect(await stored()).toEqual([]);
  // Shortened, it is saved again.
  fireEvent.input(finding, { target: { value: 'x'.repeat(10_000) } });
  await waitFor(() => expect(line()).toMatch(/^Draft saved at /), { timeout: 3000 });
  expect(await stored()).toEqual(['x'.repeat(10_000)]);
});
