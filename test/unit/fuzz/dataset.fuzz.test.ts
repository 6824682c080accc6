// The dataset checker under fuzzing: any JSON value, any text, and valid datasets broken on purpose. It never
// throws; it refuses with issues that each name a JSON path and a reason, or it accepts a dataset that an
// independent reading of the rules (oracle.ts) finds nothing wrong with, and that reads back the same.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { parseDataset, validateDataset, type DatasetResult } from '../../../src/core/schema.ts';
import { runs, TIMEOUT_MS } from './fuzz-runs.ts';
import { editedText, mutatedDataset } from './mutations.ts';
import { breaches } from './oracle.ts';

/** The verdict is well formed and, when it accepts, right. */
function judged(result: DatasetResult): void {
  if (result.kind === 'invalid') {
    expect(result.issues.length).toBeGreaterThan(0);
    for (const issue of result.issues) {
      expect(issue.path).toMatch(/^\$/);
      expect(issue.message.trim().length).toBeGreaterThan(0);
    }
    return;
  }
  expect(result.kind).toBe('valid');
  expect(breaches(result.dataset)).toEqual([]);
  const again = parseDataset(JSON.stringify(result.dataset));
  expect(again).toEqual(result);
}

test(
  'any JSON value is judged without a throw',
  () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => judged(validateDataset(value))),
      runs(2000, 20_000),
    );
  },
  TIMEOUT_MS,
);

test(
  'any text, JSON or not, is judged without a throw',
  () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json()), (text) => judged(parseDataset(text))),
      runs(2000, 20_000),
    );
  },
  TIMEOUT_MS,
);

test(
  'a valid dataset broken in up to four places: refused, or accepted only when nothing it holds breaks a rule',
  () => {
    fc.assert(
      fc.property(mutatedDataset, (dataset) => {
        const before = JSON.stringify(dataset);
        judged(validateDataset(dataset));
        expect(JSON.stringify(dataset), 'the checker must not change what it checks').toBe(before);
        judged(parseDataset(before));
      }),
      runs(400, 30_000),
    );
  },
  TIMEOUT_MS,
);

test(
  'the file text edited by hand (repeated pairs, cuts, stray bytes): judged without a throw',
  () => {
    fc.assert(
      fc.property(editedText, (text) => judged(parseDataset(text))),
      runs(200, 10_000),
    );
  },
  TIMEOUT_MS,
);
