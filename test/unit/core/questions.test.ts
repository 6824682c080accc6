// The due-diligence questions: every domain asks some, each with a stable id in order (answers are matched back
// by id), a question a vendor can answer, and what would count as evidence; no two alike.
import { expect, test } from 'vitest';
import { DOMAIN_IDS } from '../../../src/core/model.ts';
import { buildQuestions, domainQuestions, questionById } from '../../../src/core/questions.ts';

// Read from a build of their own: the table the extension keeps is built once, so a test of its words would read
// whichever build came first.
const all = () => DOMAIN_IDS.flatMap((domain) => buildQuestions()[domain]);

test('every domain asks questions, with ids by domain and number, in order', () => {
  for (const domain of DOMAIN_IDS) {
    const ids = buildQuestions()[domain].map((q) => q.id);
    expect(ids.length, domain).toBeGreaterThanOrEqual(3);
    expect(ids).toEqual(ids.map((_, i) => `${domain}-${i + 1}`));
  }
});

test('each question is a question of some substance, with the evidence that would answer it', () => {
  for (const q of all()) {
    expect(q.text, q.id).toMatch(/^[A-Z].{30,}\?$/);
    expect(q.evidence.length, q.id).toBeGreaterThan(10);
    expect(q.evidence, q.id).not.toMatch(/\?$/);
  }
  const texts = all().map((q) => q.text);
  expect(new Set(texts).size).toBe(texts.length);
  const evidence = all().map((q) => q.evidence);
  expect(new Set(evidence).size, 'no two evidence lines alike').toBeGreaterThan(evidence.length * 0.8);
});

test('the questions are built once and kept: the same table on every call, as a build has it', () => {
  expect(domainQuestions()).toBe(domainQuestions());
  expect(domainQuestions()).toEqual(buildQuestions());
});

test('a question is found by its id, and only by an id it has', () => {
  for (const q of all()) expect(questionById(q.id)).toEqual(q);
  expect(questionById('D1-1')?.text).toMatch(/input that reaches the model/);
  expect(questionById('D9-1')).toBeUndefined();
});
