// The bench's one table: each figure with its target, the ratio figure/target, and whether it passes.

export function median(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const ms = (n) => `${n.toFixed(0)} ms`;
export const signedMs = (n) => `${n >= 0 ? '+' : ''}${n.toFixed(0)} ms`;
export const bytes = (n) => `${Math.round(n).toLocaleString('en')} B`;
export const kib = (n) => `${(n / 1024).toFixed(1)} KB`;
export const count = (n) => Math.round(n).toLocaleString('en');
export const times = (n) => `${n.toFixed(2)}x`;

/**
 * A row: `value` in the row's unit (null when it could not be measured), `target` a limit (`at most`) or a
 * floor (`at least`), or none for a figure that is reported only. `show` formats both. `failed`: what to show
 * instead of a value that could not be measured because the target was missed (a time-out).
 */
export function row(figure, value, { target = null, atLeast = false, show = String, note = '', failed = '' } = {}) {
  const ratio = value !== null && target ? value / target : null;
  const pass = failed ? false : ratio === null ? null : atLeast ? ratio >= 1 : ratio <= 1;
  return {
    figure,
    value: failed || (value === null ? 'n/a' : show(value)),
    target: target === null ? 'reported' : `${atLeast ? '>=' : '<='} ${show(target)}`,
    ratio: ratio === null ? '' : ratio.toFixed(2),
    result: target === null ? '' : pass === null ? 'n/a' : pass ? 'pass' : 'FAIL',
    note,
  };
}

/** A section heading inside the table. */
export const section = (title) => ({ section: title });

export function printTable(rows) {
  const columns = ['figure', 'value', 'target', 'ratio', 'result'];
  const body = rows.filter((r) => !r.section);
  const width = Object.fromEntries(columns.map((c) => [c, Math.max(c.length, ...body.map((r) => r[c].length))]));
  const line = (r) =>
    `| ${columns.map((c) => (c === 'figure' ? r[c].padEnd(width[c]) : r[c].padStart(width[c]))).join(' | ')} |`;
  console.log(line(Object.fromEntries(columns.map((c) => [c, c]))));
  console.log(`|${columns.map((c) => `${'-'.repeat(width[c] + 1)}${c === 'figure' ? '-' : ':'}`).join('|')}|`);
  for (const r of rows) {
    if (r.section) console.log(line({ figure: `**${r.section}**`, value: '', target: '', ratio: '', result: '' }));
    else console.log(line(r));
  }
  const notes = body.filter((r) => r.note);
  if (notes.length) console.log('');
  for (const r of notes) console.log(`- ${r.figure}: ${r.note}`);
}
