/** The command line's shared options: `--format <one of formats>`, `--dataset <file>`, bare flags, and the rest. */
export interface ParsedArgs<F extends string> {
  format: F;
  dataset?: string;
  flags: Set<string>;
  positional: string[];
}

/** The parsed arguments, or the reason they cannot be. */
export function parseArgs<F extends string>(
  args: readonly string[],
  formats: readonly F[],
  flags: readonly string[],
): ParsedArgs<F> | string {
  const [defaultFormat] = formats;
  if (defaultFormat === undefined) throw new Error('parseArgs needs at least one format');
  const out: ParsedArgs<F> = { format: defaultFormat, flags: new Set(), positional: [] };
  // An option's value is the next argument: taken from the same iterator, so the loop goes on after it.
  const items = args.values();
  for (const arg of items) {
    if (arg === '--format') {
      const value = items.next().value;
      if (!value || !(formats as readonly string[]).includes(value))
        return `--format takes ${formats.join(', ')}, not ${value || 'nothing'}`;
      out.format = value as F;
    } else if (arg === '--dataset') {
      const value = items.next().value;
      if (!value) return '--dataset takes a file';
      out.dataset = value;
    } else if (flags.includes(arg)) out.flags.add(arg);
    else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else out.positional.push(arg);
  }
  return out;
}

/** How many ids or files a command takes, and what to call one: for a usage error that says what is expected. */
export interface Arity {
  min: number;
  max: number;
  one: string;
  other: string;
}

/** "compare needs 2 to 6 product ids, not 1", or null when the count is right. */
export function arityProblem(command: string, n: number, arity: Arity): string | null {
  if (n >= arity.min && n <= arity.max) return null;
  const want =
    arity.min === arity.max
      ? `${arity.min} ${arity.min === 1 ? arity.one : arity.other}`
      : `${arity.min} to ${arity.max} ${arity.other}`;
  return `${command} needs ${want}, not ${n}`;
}
