// What the toolbar says a page is about: nothing, one product (assessed or not), or several by name.
import { expect, test } from 'vitest';
import { toolbarState, type ProductSummary } from '../../../src/background/describe.ts';
import { headline as headlineOf } from '../../../src/core/summary.ts';
import { bundled } from '../helpers/dataset.ts';

const headline = headlineOf(bundled().assessments.find((a) => a.productId === 'openai-codex')!);
const codex: ProductSummary = { productId: 'openai-codex', name: 'OpenAI Codex', vendor: 'OpenAI', headline };
const acme: ProductSummary = { productId: 'acme-agent', name: 'Acme Agent', vendor: 'Acme', headline: null };

test.each([
  ['no product', [], { kind: 'none' }],
  ['an assessed product', [codex], { kind: 'assessed', productName: 'OpenAI Codex', headline }],
  ['a product with no assessment', [acme], { kind: 'not-assessed', productName: 'Acme Agent' }],
  ['several products, assessed or not', [codex, acme], { kind: 'several', names: ['OpenAI Codex', 'Acme Agent'] }],
])('%s', (_, items, state) => {
  expect(toolbarState(items)).toEqual(state);
});
