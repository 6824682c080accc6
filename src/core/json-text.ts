/**
 * What `JSON.parse` does not say about a dataset file's text. It keeps the last of two equal keys without a
 * word, so `{"ratings": {"D1": "Gap", "D1": "Strong"}}` reads as Strong while a reviewer reading the file sees
 * Gap first. This scanner walks text that `JSON.parse` has already accepted and names every repeated key with
 * its JSON path and its line and column. It keeps its own stack, so a hostile file nested a million deep cannot
 * overflow the call stack.
 */

/** `$.assessments[3].ratings.D1`; a key that is not a plain name is quoted: `$["a key"]`. */
export function jsonPath(segments: readonly (string | number)[]): string {
  let out = '$';
  // An index is never a plain name (no name starts with a digit), so it is bracketed as it is: `[3]`.
  for (const key of segments) out += /^[A-Za-z_$][\w$]*$/.test(String(key)) ? `.${key}` : `[${JSON.stringify(key)}]`;
  return out;
}

export interface Position {
  line: number;
  column: number;
}

export interface DuplicateKey {
  path: string;
  key: string;
  /** 1-based, where the repeated key starts, and where its first occurrence does. */
  at: Position;
  first: Position;
}

/**
 * One open container; the path to a value is read off the stack, so nesting costs no copies. An object's `key` is
 * the key whose value is being read, and none between a comma (or its opening brace) and the next key.
 */
type Frame = { kind: 'object'; keys: Map<string, Position>; key?: string } | { kind: 'array'; index: number };

/** Every repeated key in `text`, which must be JSON that `JSON.parse` accepts. */
export function duplicateKeys(text: string): DuplicateKey[] {
  // The tokens that shape a path: line breaks, brackets, commas and whole strings (escapes included, so a quote or
  // bracket inside a string is never read as one); colons, numbers, literals and spaces are skipped. One pass of
  // matchAll with no counter of its own, so the scan always ends.
  const TOKEN = /[\n{}[\],]|"(?:[^"\\]|\\.)*"/g;
  const found: DuplicateKey[] = [];
  const stack: Frame[] = [];
  const pathTo = (key: string) =>
    jsonPath([...stack.map((f) => (f.kind === 'array' ? f.index : (f.key as string))).slice(0, -1), key]);
  // Raw line breaks occur only between tokens (JSON escapes them inside strings), so one pass counts lines.
  let line = 1;
  let lineStart = 0;
  for (const { 0: token, index } of text.matchAll(TOKEN)) {
    const top = stack.at(-1);
    if (token === '\n') {
      line++;
      lineStart = index + 1;
    } else if (token === '{') stack.push({ kind: 'object', keys: new Map() });
    else if (token === '[') stack.push({ kind: 'array', index: 0 });
    else if (token === '}' || token === ']') stack.pop();
    else if (top?.kind === 'array') {
      if (token === ',') top.index++;
    } else if (top?.kind === 'object') {
      if (token === ',') top.key = undefined;
      else if (top.key === undefined) {
        const key = JSON.parse(token) as string;
        const at = { line, column: index - lineStart + 1 };
        const first = top.keys.get(key);
        if (first === undefined) top.keys.set(key, at);
        else found.push({ path: pathTo(key), key, at, first });
        top.key = key;
      }
    }
  }
  return found;
}
