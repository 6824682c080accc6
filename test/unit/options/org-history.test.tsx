// @vitest-environment happy-dom
// The history of the organisation's own ratings, rendered alone: newest version first, each with its rating changes
// named by domain ("not assessed" where a side has none, never a Gap), a version that changed no rating saying so,
// and a domain the dataset does not describe named by its id.
import { cleanup, render } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import type { Domain, DomainId, Rating } from '../../../src/core/model.ts';
import type { OrgVersion } from '../../../src/core/org-versions.ts';
import { OrgHistory } from '../../../src/options/org-history.tsx';
import { acmeDraft } from '../helpers/org.ts';

afterEach(cleanup);

const DOMAINS: Domain[] = [
  { id: 'D1', name: 'Input Governance', summary: '' },
  { id: 'D3', name: 'Data Protection', summary: '' },
] as Domain[];

const version = (n: number, ratings: Partial<Record<DomainId, Rating>>, assessor = 'Dana'): OrgVersion => ({
  n,
  savedAt: Date.UTC(2026, 10, n, 9),
  draft: acmeDraft(ratings, assessor),
});

function history(versions: OrgVersion[], domains = DOMAINS) {
  render(<OrgHistory versions={versions} domains={domains} onTake={() => {}} />);
  return [...document.querySelectorAll('ol > li')];
}

test('newest first, counted in the summary, each version with who assessed and when', () => {
  const [latest, first] = history([version(1, { D1: 'Gap' }), version(2, { D1: 'Partial' }, 'Risk office')]);
  expect(document.querySelector('summary')?.textContent).toBe('History of your ratings (2 versions)');
  expect(document.querySelector('ol')?.hasAttribute('reversed')).toBe(true);
  expect(latest?.querySelector('strong')?.textContent).toBe('Version 2');
  expect(latest?.textContent).toMatch(/^Version 2, saved .* · assessed by Risk office on 2026-11-20/);
  expect(first?.textContent).toMatch(/^Version 1, saved .* · assessed by Dana on 2026-11-20/);
});

test('a change names its domain and both ratings; a side with none reads "not assessed", never a Gap', () => {
  const [latest, first] = history([version(1, { D1: 'Strong' }), version(2, { D3: 'Partial' })]);
  expect([...(latest?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual([
    'D1 Input Governance: Strong → not assessed',
    'D3 Data Protection: not assessed → Partial',
  ]);
  expect([...(first?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual([
    'D1 Input Governance: not assessed → Strong',
  ]);
});

test('a version that changed no rating says so', () => {
  const [latest] = history([version(1, { D1: 'Gap' }), version(2, { D1: 'Gap' }, 'Risk office')]);
  expect(latest?.querySelector('ul')).toBeNull();
  expect(latest?.querySelector('.meta')?.textContent).toBe('No rating changed.');
});

test('a domain the dataset does not describe is named by its id alone', () => {
  const [only] = history([version(1, { D7: 'Partial' })], []);
  expect(only?.querySelector('li')?.textContent).toBe('D7: not assessed → Partial');
});

test('one version: the summary says one', () => {
  history([version(1, {})]);
  expect(document.querySelector('summary')?.textContent).toBe('History of your ratings (1 version)');
});
