/** The dataset format as JSON Schema, generated from the same valibot schema the extension enforces. */
import { toJsonSchema } from '@valibot/to-json-schema';
import { datasetSchema } from '../core/dataset-schema.ts';

export function datasetJsonSchema(): object {
  return {
    // Stryker disable next-line StringLiteral: the library writes the same value over it; this puts it first.
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'PSF Lens dataset',
    description:
      'PSF assessments of AI products and the match rules that recognise their pages. Documented in docs/dataset-format.md.',
    // Transformations (trimming) have no JSON Schema form and are left out; every rule that judges input is in.
    ...toJsonSchema(datasetSchema(), { errorMode: 'ignore' }),
  };
}
