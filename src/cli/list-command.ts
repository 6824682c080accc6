/** `psf-lens list`: every product the dataset knows, with its id (what the other commands take), name and vendor. */
import { csvRow } from '../core/csv.ts';
import type { Output } from './check.ts';
import { argsWithDataset } from './dataset-file.ts';

export const LIST_USAGE = 'usage: psf-lens list [--format text|csv|json] [--dataset <file>]';
const FORMATS = ['text', 'csv', 'json'] as const;
const HEADER = ['id', 'name', 'vendor'];

export async function listCommand(args: string[], io: Output): Promise<number> {
  const read = await argsWithDataset(
    args,
    FORMATS,
    LIST_USAGE,
    // Stryker disable next-line StringLiteral: the singular is for a command that takes exactly one.
    { command: 'list', min: 0, max: 0, one: 'argument', other: 'arguments' },
    io,
  );
  if (!read) return 2;
  const rows = [...read.dataset.products]
    .sort((a, b) => a.id.localeCompare(b.id, 'en'))
    .map((p) => [p.id, p.name, p.vendor]);
  switch (read.parsed.format) {
    case 'json':
      io.out(
        JSON.stringify(
          rows.map(([id, name, vendor]) => ({ id, name, vendor })),
          null,
          2,
        ),
      );
      break;
    case 'csv':
      for (const row of [HEADER, ...rows]) io.out(csvRow(row));
      break;
    case 'text': {
      // Columns padded to the widest cell, for reading in a terminal.
      // Stryker disable next-line StringLiteral: every row has a cell in every column.
      const widths = HEADER.map((_, i) => Math.max(...[HEADER, ...rows].map((r) => (r[i] ?? '').length)));
      for (const row of [HEADER, ...rows])
        io.out(row.map((cell, i) => (i < row.length - 1 ? cell.padEnd(widths[i] ?? 0) : cell)).join('  '));
    }
  }
  return 0;
}
