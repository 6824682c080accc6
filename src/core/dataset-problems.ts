/**
 * A dataset problem as a code with its details, for the workspace to say in its reader's language. The rules
 * (schema.ts, dataset-issues.ts, text-rules.ts) say each problem in English, as `psf-lens check` prints it and as
 * the logs keep it; this reads those sentences back into codes, in one place, beside the rules that write them.
 * A sentence no pattern knows is 'other' and is shown as it is, in English; a test runs every rule and finds none.
 */
import { DOMAIN_IDS } from './model.ts';

export type ValueKind = 'text' | 'number' | 'boolean' | 'list' | 'object';
export type HeldKind = 'list' | 'number' | 'text' | 'null' | 'boolean';

export type DatasetProblem =
  | { kind: 'not-json'; line?: number; column?: number; position?: number }
  | { kind: 'not-dataset'; held: HeldKind }
  | { kind: 'lens-export' }
  | { kind: 'no-dataset-fields' }
  | { kind: 'repeated-key'; key: string; line: number; column: number; firstLine: number; firstColumn: number }
  | { kind: 'format-newer'; format: number }
  | { kind: 'format-unknown' }
  | { kind: 'missing' }
  | { kind: 'unknown-field'; field: string }
  | { kind: 'type'; expected: ValueKind }
  | { kind: 'one-of'; options: string[] }
  | { kind: 'unknown-domain' }
  | { kind: 'empty' }
  | { kind: 'too-long'; max: number }
  | { kind: 'too-few'; min: number }
  | { kind: 'no-match-rule' }
  | { kind: 'conflict-sources' }
  | { kind: 'eight-domains' }
  | { kind: 'whole-number' }
  | { kind: 'at-least'; min: number }
  | { kind: 'at-most'; max: number }
  | { kind: 'id-form' }
  | { kind: 'date-form' }
  | { kind: 'no-such-date'; value: string; days: number }
  | { kind: 'version-form' }
  | { kind: 'host-form' }
  | { kind: 'path-form' }
  | { kind: 'path-stars' }
  | { kind: 'not-url' }
  | { kind: 'not-https' }
  | { kind: 'credentials'; host: string }
  | { kind: 'invisible'; code: string; position: number }
  | { kind: 'duplicate-id'; what: 'domain' | 'product' | 'assessment' | 'action'; id: string; first: string }
  | { kind: 'shared-host'; host: string }
  | { kind: 'nothing-to-exclude'; product: string; host: string }
  | { kind: 'unknown-product'; id: string }
  | { kind: 'counts-total'; total: number }
  | { kind: 'counts-disagree'; rating: string; says: number; holds: number }
  | { kind: 'other'; message: string };

/** The value valibot names in "Expected …" for a type, as a kind of value. */
const EXPECTED = new Map<string, ValueKind>([
  ['string', 'text'],
  ['number', 'number'],
  ['boolean', 'boolean'],
  ['Array', 'list'],
  ['Object', 'object'],
]);

const HELD = new Map<string, HeldKind>([
  ['a list', 'list'],
  ['a number', 'number'],
  ['a string', 'text'],
  ['null', 'null'],
  ['true or false', 'boolean'],
]);

/** The sentences of fixed wording, whole. */
const FIXED = new Map<string, DatasetProblem>(
  Object.entries({
    'not a PSF dataset: the file is a PSF Lens export of a comparison or a checklist, which is read, not imported': {
      kind: 'lens-export',
    },
    'not a PSF dataset: the file holds an object with neither "format" nor "assessments"': {
      kind: 'no-dataset-fields',
    },
    'this reader knows dataset format 1 only': { kind: 'format-unknown' },
    'missing required field': { kind: 'missing' },
    [`unknown domain: domains are ${DOMAIN_IDS.join(', ')}`]: { kind: 'unknown-domain' },
    'must not be empty': { kind: 'empty' },
    'a product needs at least one match rule': { kind: 'no-match-rule' },
    'a conflict names at least two sources': { kind: 'conflict-sources' },
    'must list the eight PSF domains': { kind: 'eight-domains' },
    'must be kebab-case (a-z, 0-9, - and .)': { kind: 'id-form' },
    'must be YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Qn': { kind: 'date-form' },
    'must be YYYY.MM.DD or YYYY.MM.DD.N': { kind: 'version-form' },
    'must be a lower-case host name without www.': { kind: 'host-form' },
    'must start with / and hold no query or fragment': { kind: 'path-form' },
    'a * stands for any run of characters within one segment: ** says nothing more': { kind: 'path-stars' },
    'must be a URL': { kind: 'not-url' },
    'must be an https: link': { kind: 'not-https' },
  } satisfies Record<string, DatasetProblem>),
);

const DUPLICATE = new Map<string, 'domain' | 'product' | 'assessment' | 'action'>([
  ['domain', 'domain'],
  ['product id', 'product'],
  ['assessment id', 'assessment'],
  ['action id', 'action'],
]);

type Reader = [RegExp, (m: RegExpExecArray) => DatasetProblem | null];

const n = (text: string | undefined) => Number(text);

/** Each sentence a rule builds with details, and the code it reads back as. */
const READERS: Reader[] = [
  // The JSON reader's own words differ by browser; where it says the place, the place is kept.
  [/^not JSON: .*\bline (\d+) column (\d+)/s, (m) => ({ kind: 'not-json', line: n(m[1]), column: n(m[2]) })],
  [/^not JSON: .*\bposition (\d+)/s, (m) => ({ kind: 'not-json', position: n(m[1]) })],
  [/^not JSON: /, () => ({ kind: 'not-json' })],
  [
    /^not a PSF dataset: the file holds (.+), where a dataset is one JSON object$/,
    (m) => {
      const held = HELD.get(m[1] ?? '');
      return held ? { kind: 'not-dataset', held } : null;
    },
  ],
  [
    /^the key "(.*)" appears twice in one object \(line (\d+), column (\d+); first at line (\d+), column (\d+)\)/s,
    (m) => ({
      kind: 'repeated-key',
      key: m[1] ?? '',
      line: n(m[2]),
      column: n(m[3]),
      firstLine: n(m[4]),
      firstColumn: n(m[5]),
    }),
  ],
  [/^is format (\d+), newer than this PSF Lens reads/, (m) => ({ kind: 'format-newer', format: n(m[1]) })],
  [/^unknown field (.*)$/s, (m) => ({ kind: 'unknown-field', field: (m[1] ?? '').replace(/^"(.*)"$/s, '$1') })],
  [
    /^Invalid type: Expected (string|number|boolean|Array|Object) but received/,
    (m) => ({ kind: 'type', expected: EXPECTED.get(m[1] ?? '') ?? 'text' }),
  ],
  [
    /^Invalid type: Expected \(((?:"[^"]*"(?: \| )?)+)\) but received/,
    (m) => ({ kind: 'one-of', options: [...(m[1] ?? '').matchAll(/"([^"]*)"/g)].map((o) => o[1] ?? '') }),
  ],
  [/^must be one of (.+)$/, (m) => ({ kind: 'one-of', options: (m[1] ?? '').split(', ') })],
  [/^is longer than (\d+) characters/, (m) => ({ kind: 'too-long', max: n(m[1]) })],
  [/^Invalid length: Expected <=(\d+) but/, (m) => ({ kind: 'too-long', max: n(m[1]) })],
  [/^Invalid length: Expected >=(\d+) but/, (m) => ({ kind: 'too-few', min: n(m[1]) })],
  [/^Invalid integer: /, () => ({ kind: 'whole-number' })],
  [/^Invalid value: Expected >=(-?\d+) but/, (m) => ({ kind: 'at-least', min: n(m[1]) })],
  [/^Invalid value: Expected <=(-?\d+) but/, (m) => ({ kind: 'at-most', max: n(m[1]) })],
  [/^(.+) is not a date: .+ has (\d+) days$/, (m) => ({ kind: 'no-such-date', value: m[1] ?? '', days: n(m[2]) })],
  [
    /^must not carry a user name or password \(.*?…@(.*)\): link to the page itself$/s,
    (m) => ({ kind: 'credentials', host: m[1] ?? '' }),
  ],
  [
    /^holds an invisible (U\+[0-9A-F]{4,6}) \(.*?\) at position (\d+),/,
    (m) => ({ kind: 'invisible', code: m[1] ?? '', position: n(m[2]) }),
  ],
  [
    /^duplicate (domain|product id|assessment id|action id) "(.*)" \(first at (.*)\)$/s,
    (m) => ({ kind: 'duplicate-id', what: DUPLICATE.get(m[1] ?? '') ?? 'product', id: m[2] ?? '', first: m[3] ?? '' }),
  ],
  [/^(\S+) is shared by many vendors, /, (m) => ({ kind: 'shared-host', host: m[1] ?? '' })],
  [
    /^(\S+) has no match rule on (\S+), so there is nothing to exclude$/,
    (m) => ({ kind: 'nothing-to-exclude', product: m[1] ?? '', host: m[2] ?? '' }),
  ],
  [/^unknown product "(.*)"$/s, (m) => ({ kind: 'unknown-product', id: m[1] ?? '' })],
  [/^counts add up to (\d+), not 8$/, (m) => ({ kind: 'counts-total', total: n(m[1]) })],
  [
    /^counts say (\d+) (\w+) but the ratings hold (\d+)$/,
    (m) => ({ kind: 'counts-disagree', says: n(m[1]), rating: m[2] ?? '', holds: n(m[3]) }),
  ],
];

/** The code of one problem the dataset rules found, read from its English sentence. */
export function datasetProblem(message: string): DatasetProblem {
  const fixed = FIXED.get(message);
  if (fixed) return fixed;
  for (const [pattern, read] of READERS) {
    const match = pattern.exec(message);
    const problem = match && read(match);
    if (problem) return problem;
  }
  return { kind: 'other', message };
}
