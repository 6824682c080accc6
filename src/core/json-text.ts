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
  for (const key of segments) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
  }
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

/** One open container; the path to a value is read off the stack, so nesting costs no copies. */
type Frame =
  { kind: 'object'; keys: Map<string, Position>; key: string; wantKey: boolean } | { kind: 'array'; index: number };

/** Offset of the closing quote of the string that opens at `start`. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || Number.isNaN(c)) return i;
    i += c === 0x5c ? 2 : 1;
  }
}

/** Every repeated key in `text`, which must be JSON that `JSON.parse` accepts. */
export function duplicateKeys(text: string): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const stack: Frame[] = [];
  const pathTo = (key: string) =>
    jsonPath([...stack.map((f) => (f.kind === 'array' ? f.index : f.key)).slice(0, -1), key]);
  // Raw line breaks occur only between tokens (JSON escapes them inside strings), so one pass counts lines.
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const top = stack.at(-1);
    if (c === '\n') {
      line++;
      lineStart = i + 1;
    } else if (c === '{') stack.push({ kind: 'object', keys: new Map(), key: '', wantKey: true });
    else if (c === '[') stack.push({ kind: 'array', index: 0 });
    else if (c === '}' || c === ']') stack.pop();
    else if (c === ',' && top?.kind === 'array') top.index++;
    else if (c === ',' && top?.kind === 'object') top.wantKey = true;
    else if (c === '"') {
      const end = stringEnd(text, i);
      if (top?.kind === 'object' && top.wantKey) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        const at = { line, column: i - lineStart + 1 };
        const first = top.keys.get(key);
        if (first === undefined) top.keys.set(key, at);
        else found.push({ path: pathTo(key), key, at, first });
        top.key = key;
        top.wantKey = false;
      }
      i = end;
    }
  }
  return found;
}
