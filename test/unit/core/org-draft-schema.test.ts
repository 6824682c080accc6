// The shape a draft must have to cross to the background or load from storage: every part of a full draft is
// taken as it is, anything else (an unknown field, a wrong type, an oversized list) is refused; a record id is a
// short kebab-case key.
import * as v from 'valibot';
import { expect, test } from 'vitest';
import {
  DRAFT_TEXT_MAX,
  isDraftTooLong,
  OrgDraftSchema,
  OrgRecordIdSchema,
} from '../../../src/core/org-draft-schema.ts';
import { emptyDraft, type OrgDraft } from '../../../src/core/org-draft.ts';
import { acmeDraft } from '../helpers/org.ts';

function full(): OrgDraft {
  const draft = acmeDraft({ D1: 'Gap', D7: 'Strong' });
  draft.sites = [{ host: 'acme.example', path: '/agent', exact: true, signals: ['Acme Agent'] }];
  draft.domains.D1 = {
    rating: 'Gap',
    findings: ['No limits.'],
    actions: [{ id: 'org-d1-1', text: 'Ask for limits.' }],
    evidence: ['https://acme.example/limits'],
  };
  draft.basedOn = { assessmentId: 'pai-acme', title: 'PAI on Acme', url: 'https://pai.example/acme' };
  return draft;
}

test('an empty draft and a full one are taken as they are', () => {
  for (const draft of [emptyDraft('new-product', ''), full()]) {
    expect(v.parse(OrgDraftSchema, draft)).toEqual(draft);
  }
});

test.each<[string, (d: Record<string, unknown> & OrgDraft) => void]>([
  ['an unknown field', (d) => void (d.extra = 1)],
  ['an unknown field of a site', (d) => void Object.assign(d.sites[0]!, { www: true })],
  ['an unknown field of a domain', (d) => void Object.assign(d.domains.D1, { score: 3 })],
  ['an unknown field of an action', (d) => void Object.assign(d.domains.D1.actions[0]!, { done: true })],
  ['an unknown field of the starting assessment', (d) => void Object.assign(d.basedOn!, { rating: 'Gap' })],
  ['an unknown domain', (d) => void Object.assign(d.domains, { D9: d.domains.D1 })],
  ['a rating no PSF domain has', (d) => void Object.assign(d.domains.D1, { rating: 'Weak' })],
  ['a number for a name', (d) => void Object.assign(d, { name: 1 })],
  ['a text too long to be a field', (d) => void (d.scope = 's'.repeat(DRAFT_TEXT_MAX + 1))],
  ['more findings than a form holds', (d) => void (d.domains.D1.findings = Array<string>(101).fill('f'))],
])('refused: %s', (_name, spoil) => {
  const draft = full() as Record<string, unknown> & OrgDraft;
  spoil(draft);
  expect(v.is(OrgDraftSchema, draft)).toBe(false);
});

test.each([
  ['acme-agent', true],
  ['a'.repeat(80), true],
  ['7', true],
  ['a'.repeat(81), false],
  ['', false],
  ['Acme', false],
  ['acme agent', false],
  ['acme-agent\n', false],
  ['../acme', false],
])('record id %j: %s', (id, ok) => {
  const result = v.safeParse(OrgRecordIdSchema, id);
  expect(result.success).toBe(ok);
  if (!ok) expect(result.issues?.[0]?.message).toBe('not a record id');
});

test.each<[string, (d: OrgDraft) => void, boolean]>([
  ['a draft at the limit everywhere', (d) => void (d.scope = 's'.repeat(DRAFT_TEXT_MAX)), false],
  ['a scope past it', (d) => void (d.scope = 's'.repeat(DRAFT_TEXT_MAX + 1)), true],
  ['a finding past it', (d) => void (d.domains.D8.findings = ['f', 'f'.repeat(DRAFT_TEXT_MAX + 1)]), true],
  ['an action past it', (d) => void (d.domains.D2.actions = [{ id: 'a', text: 'a'.repeat(DRAFT_TEXT_MAX + 1) }]), true],
  ['a site path past it', (d) => void (d.sites = [{ host: 'a.example', path: 'p'.repeat(DRAFT_TEXT_MAX + 1) }]), true],
])('too long for a draft: %s, %s', (_name, change, expected) => {
  const draft = acmeDraft();
  change(draft);
  expect(isDraftTooLong(draft)).toBe(expected);
  // The page's check and the message schema agree.
  expect(v.is(OrgDraftSchema, draft)).toBe(!expected);
});
