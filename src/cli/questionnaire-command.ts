/** `psf-lens questionnaire <product-id>`: the due-diligence questions to send a product's vendor, from the shell. */
import { basisOf, buildQuestionnaire, questionnaireExport, QUESTIONNAIRE_FORMATS } from '../core/questionnaire.ts';
import { latestByProduct } from '../core/latest.ts';
import type { Output } from './check.ts';
import { argsWithDataset } from './dataset-file.ts';
import { PRODUCT_IDS } from './export-commands.ts';

export const QUESTIONNAIRE_USAGE = 'usage: psf-lens questionnaire <productId> [--format md|csv] [--dataset <file>]';

export async function questionnaireCommand(args: string[], io: Output): Promise<number> {
  const read = await argsWithDataset(
    args,
    QUESTIONNAIRE_FORMATS,
    QUESTIONNAIRE_USAGE,
    { command: 'questionnaire', min: 1, max: 1, ...PRODUCT_IDS },
    io,
  );
  if (!read) return 2;
  const { parsed, dataset } = read;
  const [id] = parsed.positional;
  const product = dataset.products.find((p) => p.id === id);
  if (!product) {
    const known = dataset.products.map((p) => p.id).sort();
    io.err(`unknown product "${id}"; known: ${known.join(', ')}`);
    return 2;
  }
  const assessment = latestByProduct(dataset.assessments).get(product.id) ?? null;
  const form = buildQuestionnaire(product, assessment, dataset.domains, basisOf(assessment, dataset.attribution));
  // Stryker disable next-line ArrayDeclaration: a filler answers no question, so every answer stays empty.
  io.out(questionnaireExport(form, parsed.format, []).replace(/\r?\n$/, ''));
  return 0;
}
