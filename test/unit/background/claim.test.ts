// The background's check of what a content script claims its tab shows, against the records PSF Lens publishes
// for the bundled dataset: a claim stands only where the tab's own address fits a rule of each product claimed.
import { expect, test } from 'vitest';
import { checkClaim } from '../../../src/background/claim.ts';
import { compileIndex } from '../../../src/core/detect.ts';
import { latestByProduct } from '../../../src/core/latest.ts';
import { hostRecords } from '../../../src/shared/rule-store.ts';
import { bundled } from '../helpers/dataset.ts';
import { recordAt } from '../helpers/records.ts';

const d = bundled();
const entries = hostRecords(compileIndex(d.products), d.products, latestByProduct(d.assessments));
const CODEX = 'https://openai.com/codex/';
const GPT = 'https://openai.com/index/gpt-4-1/';
const NO_SITE = { kind: 'refused', reason: 'no rated product on this site' };

test('a claim that the address fits stands, with the record’s words of each product claimed, in order', () => {
  const codex = recordAt(entries, CODEX)!;
  expect(checkClaim(codex, CODEX, ['openai-codex'])).toEqual({
    kind: 'fits',
    products: [{ productId: 'openai-codex', ...codex.products['openai-codex'] }],
  });
  expect(checkClaim(recordAt(entries, GPT), GPT, ['gpt-4-1'])).toMatchObject({
    kind: 'fits',
    products: [{ productId: 'gpt-4-1', name: 'GPT-4.1' }],
  });
  const home = 'https://www.anthropic.com/';
  const several = checkClaim(recordAt(entries, home), home, ['claude-sonnet-4-6', 'claude-opus-4-8']);
  expect(several.kind === 'fits' && several.products.map((p) => p.name)).toEqual([
    'Claude Sonnet 4.6',
    'Claude Opus 4.8',
  ]);
});

test('a product the page’s record knows, but whose rules do not fit this address, is refused by name', () => {
  // The record at /index/ carries Codex's words (for its /index/*codex* pages), not a rule that fits this one.
  expect(Object.keys(recordAt(entries, GPT)?.products ?? {})).toContain('openai-codex');
  expect(checkClaim(recordAt(entries, GPT), GPT, ['openai-codex'])).toEqual({
    kind: 'refused',
    reason: `openai-codex cannot be at ${GPT}`,
  });
  expect(checkClaim(recordAt(entries, GPT), GPT, ['gpt-4-1', 'openai-codex'])).toMatchObject({ kind: 'refused' });
});

test('a product whose rule fits but whose words the record lacks is refused', () => {
  const record = recordAt(entries, CODEX)!;
  const withoutWords = { ...record, products: {} };
  expect(checkClaim(withoutWords, CODEX, ['openai-codex'])).toEqual({
    kind: 'refused',
    reason: `openai-codex cannot be at ${CODEX}`,
  });
});

test('no record, another host’s record, or an address that is no web page: nothing rated here', () => {
  const record = recordAt(entries, CODEX);
  expect(checkClaim(undefined, CODEX, ['openai-codex'])).toEqual(NO_SITE);
  expect(checkClaim(record, 'https://chatgpt.com/codex/', ['openai-codex'])).toEqual(NO_SITE);
  expect(checkClaim(record, 'about:blank', ['openai-codex'])).toEqual(NO_SITE);
  expect(checkClaim(record, 'not an address', ['openai-codex'])).toEqual(NO_SITE);
});
