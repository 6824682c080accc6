// The published JSON Schema is generated from the runtime schema, and a standard validator (Ajv) agrees with it.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { datasetJsonSchema } from '../../../src/cli/json-schema.ts';

const FILE = 'public/data/psf-dataset.schema.json';
const bundled = () => JSON.parse(readFileSync('public/data/psf-dataset.json', 'utf8'));

test(`${FILE} is what the runtime schema generates (run npm run dataset:schema after changing src/core/schema.ts)`, () => {
  expect(readFileSync(FILE, 'utf8')).toBe(`${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
});

describe('validated by Ajv against the published schema', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(FILE, 'utf8')));

  test('the bundled dataset is valid', () => {
    expect(validate(bundled()), JSON.stringify(validate.errors)).toBe(true);
  });

  // The breakages write into arbitrary JSON on purpose: a typed dataset could not hold them.
  // oxlint-disable-next-line typescript/no-explicit-any
  const breakages: [string, (d: any) => void, string][] = [
    ['an unknown domain', (d) => (d.assessments[0].ratings.D9 = 'Strong'), '/assessments/0/ratings'],
    ['an unknown rating', (d) => (d.assessments[0].ratings.D1 = 'Excellent'), '/assessments/0/ratings/D1'],
    ['an http: link', (d) => (d.assessments[0].url = 'http://example.org/'), '/assessments/0/url'],
    ['a missing title', (d) => delete d.assessments[0].title, '/assessments/0'],
    ['a product without match rules', (d) => (d.products[0].match = []), '/products/0/match'],
    [
      'a finding too long for the UI',
      (d) => (d.assessments[0].overview = ['x'.repeat(281)]),
      '/assessments/0/overview/0',
    ],
  ];
  test.each(breakages)('refuses %s', (_name, breakIt, path) => {
    const dataset = bundled();
    breakIt(dataset);
    expect(validate(dataset)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toContain(path);
  });
});
