/**
 * Valid datasets, broken in the ways a careless author or a hostile feed might: a value replaced by any JSON or by
 * a string chosen to slip past a checker, a field removed or added (`__proto__` included), an array item copied
 * (repeated ids), two values swapped, and raw edits of the file's text (repeated keys, truncation, stray bytes).
 */
import fc from 'fast-check';
import { bundled, DATASET_TEXT } from '../helpers/dataset.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

function pathsOf(value: Json, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...at, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) pathsOf(v, [...at, k], out);
  return out;
}

/** Every place in the bundled dataset, computed once, and the places of its strings, links and dates. */
const ROOT = bundled() as unknown as Json;
const PATHS = pathsOf(ROOT).filter((p) => p.length > 0);
const valueAt = (at: Path): unknown => at.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], ROOT);
const STRING_PATHS = PATHS.filter((p) => typeof valueAt(p) === 'string');
const lastKeyIn = (keys: string[]) => STRING_PATHS.filter((p) => keys.includes(String(p.at(-1))));
const LINK_PATHS = lastKeyIn(['homepage', 'url', 'licenseUrl']);
const DATE_PATHS = lastKeyIn(['published', 'updated', 'date']);

/** Strings a checker must judge right: invisible characters, credentials, impossible dates, near-misses. */
export const trickyString = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\u202eGap',
    'Strong\u200b',
    'a\u0000b',
    '\ud800',
    '\ufeff',
    'https://user:pass@productionai.institute/x',
    'https://productionai.institute@evil.example/',
    'http://productionai.institute/',
    'javascript:alert(1)',
    'https://\u202eexample.org/',
    '2026-02-30',
    '2026-02-29',
    '2024-02-29',
    '2026-13',
    '2026-Q5',
    '2026-Q4',
    '0000-00-00',
    'Strong',
    'Partial',
    'Gap',
    'D9',
    '__proto__',
    'constructor',
    'x'.repeat(281),
    'x'.repeat(121),
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ maxLength: 20 }).map((s) => `https://${s}`),
);

const anyValue: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  trickyString,
  fc.constantFrom(null, 0, -1, 1.5, 8, 101, 2 ** 53, true),
);

type Mutation =
  | { kind: 'replace'; path: Path; value: Json }
  | { kind: 'insert-char'; path: Path; char: string; at: number }
  | { kind: 'remove'; path: Path }
  | { kind: 'add-key'; path: Path; key: string; value: Json }
  | { kind: 'copy-item'; path: Path }
  | { kind: 'swap'; path: Path; other: Path };

/** Links with a user name or password, in the spellings a URL parser accepts. */
const linkWithCredentials = fc
  .tuple(fc.constantFrom('user:pass@', 'user@', ':pass@', 'a%40b:c@', 'productionai.institute@'), fc.webUrl())
  .map(([credentials, url]) => url.replace('://', `://${credentials}`));
/** Dates in the YYYY-MM-DD shape, most of them real, some not (the 29th to 31st of short months). */
const dayOfAnyMonth = fc
  .tuple(fc.integer({ min: 1, max: 2400 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
  .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const invisible = fc.oneof(
  fc.constantFrom('\u202e', '\u2066', '\u200b', '\u200d', '\ufeff', '\u0000', '\u001b', '\u0085', '\u00ad'),
  fc.integer({ min: 0xe0000, max: 0xe007f }).map((c) => String.fromCodePoint(c)),
);

const path = fc.constantFrom(...PATHS);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), path, value: anyValue }),
  fc.record({
    kind: fc.constant('replace' as const),
    path: fc.constantFrom(...LINK_PATHS),
    value: fc.oneof(linkWithCredentials, fc.webUrl(), trickyString),
  }),
  fc.record({ kind: fc.constant('replace' as const), path: fc.constantFrom(...DATE_PATHS), value: dayOfAnyMonth }),
  fc.record({
    kind: fc.constant('insert-char' as const),
    path: fc.constantFrom(...STRING_PATHS),
    char: invisible,
    at: fc.nat(),
  }),
  fc.record({ kind: fc.constant('remove' as const), path }),
  fc.record({
    kind: fc.constant('add-key' as const),
    path,
    key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'D9', 'id', 'extra'), fc.string({ maxLength: 8 })),
    value: anyValue,
  }),
  fc.record({ kind: fc.constant('copy-item' as const), path }),
  fc.record({ kind: fc.constant('swap' as const), path, other: path }),
);

function parentOf(root: Json, at: Path): { parent: Json; key: string | number } | null {
  let node: Json = root;
  for (const key of at.slice(0, -1)) {
    if (!node || typeof node !== 'object' || !Object.hasOwn(node, key)) return null;
    node = (node as Record<string | number, Json>)[key] as Json;
  }
  if (!node || typeof node !== 'object') return null;
  return { parent: node, key: at.at(-1) as string | number };
}

/** Sets an own property, as JSON.parse would, even for `__proto__`. */
function put(target: object, key: string | number, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function apply(root: Json, m: Mutation): void {
  const place = parentOf(root, m.path);
  if (!place) return;
  const { parent, key } = place;
  const holder = parent as Record<string | number, Json>;
  const current = holder[key] as Json;
  if (m.kind === 'replace') put(parent as object, key, m.value);
  else if (m.kind === 'insert-char') {
    if (typeof current !== 'string') return;
    const at = m.at % (current.length + 1);
    put(parent as object, key, current.slice(0, at) + m.char + current.slice(at));
  } else if (m.kind === 'remove') {
    if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
    else delete holder[key];
  } else if (m.kind === 'add-key') {
    if (current && typeof current === 'object' && !Array.isArray(current)) put(current, m.key, m.value);
  } else if (m.kind === 'copy-item') {
    if (Array.isArray(parent)) parent.push(structuredClone(current));
  } else {
    const other = parentOf(root, m.other);
    if (!other) return;
    const otherHolder = other.parent as Record<string | number, Json>;
    const value = otherHolder[other.key] as Json;
    put(otherHolder, other.key, current);
    put(parent as object, key, value);
  }
}

/** The bundled dataset with one to four mutations applied. */
export const mutatedDataset: fc.Arbitrary<unknown> = fc.array(mutation, { minLength: 1, maxLength: 4 }).map((ms) => {
  const root = bundled() as unknown as Json;
  for (const m of ms) apply(root, m);
  return root;
});

/** Raw edits of the file's text: a key:value pair repeated, bytes cut, inserted or replaced. */
export const editedText: fc.Arbitrary<string> = fc
  .array(
    fc.record({
      at: fc.nat({ max: DATASET_TEXT.length }),
      kind: fc.constantFrom('repeat-pair', 'cut', 'insert', 'replace'),
      text: fc.oneof(
        fc.string({ maxLength: 6 }),
        fc.constantFrom('"', ',', '{', '}', '\ufeff', '\\u202e', '"D1": "Gap",'),
      ),
      length: fc.integer({ min: 1, max: 40 }),
    }),
    { minLength: 1, maxLength: 3 },
  )
  .map((edits) => {
    let text = DATASET_TEXT;
    for (const e of edits) {
      const at = Math.min(e.at, text.length);
      if (e.kind === 'cut') text = text.slice(0, at) + text.slice(at + e.length);
      else if (e.kind === 'insert') text = text.slice(0, at) + e.text + text.slice(at);
      else if (e.kind === 'replace') text = text.slice(0, at) + e.text + text.slice(at + e.text.length);
      else {
        // The first `"key": value,` pair after `at`, written twice.
        const pair = /"[^"\\]+": ("[^"\\]*"|\d+|true|false),/g;
        pair.lastIndex = at;
        const found = pair.exec(text);
        if (found) text = text.slice(0, found.index) + found[0] + found[0] + text.slice(found.index + found[0].length);
      }
    }
    return text;
  });
