// The keys of the organisation's own assessments: a policy's datasets named by their names, so that what is kept of
// their assessments follows them, and the keys of an earlier version, which named them by their place, read again.
import { expect, test } from 'vitest';
import { currentOwnKey, formerOwnKey, ownKey, parseOwnKey, policyIds, slugOf } from '../../../src/core/own-key.ts';

test('a policy’s datasets are named by their names, each apart, never as an import is', () => {
  expect(policyIds(['Corp reviews', 'Bank policy.json', 'Corp  Reviews', '', '***'])).toEqual([
    'policy_corp-reviews',
    'policy_bank-policy',
    'policy_corp-reviews-2',
    'policy_dataset',
    'policy_dataset-2',
  ]);
  // The same name keeps its id wherever the list puts it.
  expect(policyIds(['Bank policy.json', 'Corp reviews'])).toEqual(['policy_bank-policy', 'policy_corp-reviews']);
  // An import's id is a slug: no underscore, so none is ever a policy's.
  expect(slugOf('policy_corp reviews.json')).toBe('policy-corp-reviews');
});

test('a key of an earlier version, by a policy dataset’s place, reads as the key in force and back', () => {
  const policy = ['policy_corp-reviews', 'policy_bank-policy'];
  expect(currentOwnKey('own:policy-2:bank-codex', policy)).toBe(ownKey('policy_bank-policy', 'bank-codex'));
  expect(formerOwnKey(ownKey('policy_bank-policy', 'bank-codex'), policy)).toBe('own:policy-2:bank-codex');
  // A place the policy no longer has, an import's key, a product's id: as they are, and nothing before them.
  expect(currentOwnKey('own:policy-3:x', policy)).toBe('own:policy-3:x');
  expect(currentOwnKey('own:acme:acme-codex', policy)).toBe('own:acme:acme-codex');
  expect(currentOwnKey('openai-codex', policy)).toBe('openai-codex');
  expect(formerOwnKey('own:acme:acme-codex', policy)).toBeNull();
  expect(formerOwnKey('openai-codex', policy)).toBeNull();
  expect(parseOwnKey(ownKey('policy_bank-policy', 'a:b'))).toEqual({
    orgId: 'policy_bank-policy',
    assessmentId: 'a:b',
  });
});
