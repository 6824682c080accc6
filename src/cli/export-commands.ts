/** `psf-lens compare` and `psf-lens actions`: the workspace's exports, from the shell. */
import { checklistItems } from '../core/checklist.ts';
import { compareExport } from '../core/compare-export.ts';
import { actionsExport, EXPORT_FORMATS, type Entry, type ExportFormat } from '../core/export.ts';
import type { Dataset } from '../core/model.ts';
import { latestByProduct } from '../core/latest.ts';
import type { Output } from './check.ts';
import type { Arity } from './args.ts';
import { argsWithDataset } from './dataset-file.ts';

export const PRODUCT_IDS = { one: 'product id', other: 'product ids' } satisfies Pick<Arity, 'one' | 'other'>;

export const COMPARE_USAGE =
  'usage: psf-lens compare <productId> <productId>... [--format md|csv|json] [--dataset <file>]';
export const ACTIONS_USAGE = 'usage: psf-lens actions <productId> [--format md|csv|json] [--dataset <file>]';

function entries(dataset: Dataset, ids: string[]): Entry[] | string {
  const known = new Set(dataset.products.map((p) => p.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length)
    return `unknown product ${unknown.map((id) => `"${id}"`).join(', ')}; known: ${[...known].sort().join(', ')}`;
  const latest = latestByProduct(dataset.assessments);
  return ids.map((id) => ({ product: dataset.products.find((p) => p.id === id)!, assessment: latest.get(id) ?? null }));
}

async function exportCommand(
  args: string[],
  io: Output,
  usage: string,
  arity: Arity & { command: string },
  write: (d: Dataset, e: Entry[], f: ExportFormat) => string,
): Promise<number> {
  const read = await argsWithDataset(args, EXPORT_FORMATS, usage, arity, io);
  if (!read) return 2;
  const { parsed, dataset } = read;
  const list = entries(dataset, parsed.positional);
  if (typeof list === 'string') {
    io.err(list);
    return 2;
  }
  io.out(write(dataset, list, parsed.format).replace(/\r?\n$/, ''));
  return 0;
}

export function compareCommand(args: string[], io: Output): Promise<number> {
  return exportCommand(args, io, COMPARE_USAGE, { command: 'compare', min: 2, max: 6, ...PRODUCT_IDS }, (d, e, f) =>
    compareExport(e, d.domains, d, f),
  );
}

/** The actions as the dataset has them, all to do: the checklist's own states live in the browser. */
export function actionsCommand(args: string[], io: Output): Promise<number> {
  return exportCommand(args, io, ACTIONS_USAGE, { command: 'actions', min: 1, max: 1, ...PRODUCT_IDS }, (d, [e], f) =>
    // Stryker disable next-line ArrayDeclaration: a filler is no action's state, so every action stays to do.
    actionsExport(e!, checklistItems(e!.assessment, []), d.domains, d, f),
  );
}
