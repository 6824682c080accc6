import { expect, test } from 'vitest';
import { domainName } from '../../../src/core/model.ts';

const domains = [
  { id: 'D1' as const, name: 'Input governance' },
  { id: 'D7' as const, name: 'Observability' },
];

test.each([
  ['D1', 'Input governance'],
  ['D7', 'Observability'],
  ['D3', 'D3'],
])('domainName(%s) is %s: the dataset’s name, or the id where the dataset lacks it', (id, name) => {
  expect(domainName(domains, id)).toBe(name);
});
