/**
 * `psf-lens detect`: which rated product each URL is about, for teams that review many vendors.
 * One JSON object per URL (or a CSV table with the ratings); a bad line gets an error row and the run goes on.
 */
import { compileIndex, detectAll, type DetectionIndex } from '../core/detect.ts';
import { DOMAIN_IDS, type Assessment, type Dataset } from '../core/model.ts';
import { csvRow } from '../core/csv.ts';
import { latestByProduct } from '../core/latest.ts';
import { NOT_CAPTURED } from '../shared/rating-look.ts';

/** Longer lines are not URLs anyone visits; they get an error row instead of being read. */
export const MAX_URL_LENGTH = 8192;

export type Row =
  | {
      kind: 'result';
      url: string;
      /** The first product; `products` lists all where the page is about several (a vendor's home page). */
      product: string | null;
      products?: string[];
      assessment: string | null;
      confidence: 'high' | 'medium' | null;
      reason: string;
    }
  | { kind: 'error'; line?: number; input: string; error: string };

export interface Classifier {
  dataset: Dataset;
  index: DetectionIndex;
  assessmentOf: Map<string, Assessment>;
}

export function classifier(dataset: Dataset): Classifier {
  return {
    dataset,
    index: compileIndex(dataset.products, dataset.assessments),
    assessmentOf: latestByProduct(dataset.assessments),
  };
}

export function classify(c: Classifier, raw: string, line?: number): Row {
  const at = line === undefined ? {} : { line };
  if (raw.length > MAX_URL_LENGTH) {
    return {
      kind: 'error',
      ...at,
      input: `${raw.slice(0, 80)}…`,
      error: `${raw.length} characters long; a URL longer than ${MAX_URL_LENGTH} is not read`,
    };
  }
  const input = raw.trim();
  if (!input) return { kind: 'error', ...at, input, error: 'empty line' };
  const found = detectAll(c.index, input);
  if (!Array.isArray(found)) {
    if (found.kind === 'invalid-url') return { kind: 'error', ...at, input, error: 'not an http(s) URL' };
    return { kind: 'result', url: input, product: null, assessment: null, confidence: null, reason: found.reason };
  }
  const [first] = found;
  const ids = found.map((m) => m.productId);
  return {
    kind: 'result',
    url: input,
    product: first.productId,
    ...(ids.length > 1 ? { products: ids } : {}),
    assessment: c.assessmentOf.get(first.productId)?.id ?? null,
    confidence: first.confidence,
    reason: [...new Set(found.map((m) => m.reason))].join('; '),
  };
}

/** The row without its `kind`, as one line of JSON (written out by hand: a detect run prints one per URL). */
export function jsonLine(row: Row): string {
  const q = JSON.stringify;
  if (row.kind === 'error') {
    return `{${row.line === undefined ? '' : `"line":${row.line},`}"input":${q(row.input)},"error":${q(row.error)}}`;
  }
  const products = row.products ? `"products":${q(row.products)},` : '';
  return `{"url":${q(row.url)},"product":${q(row.product)},${products}"assessment":${q(row.assessment)},"confidence":${q(row.confidence)},"reason":${q(row.reason)}}`;
}

export const CSV_HEADER = [
  'url',
  'product',
  'vendor',
  'assessment',
  'published',
  'confidence',
  'reason',
  ...DOMAIN_IDS,
  'assessment_url',
  'error',
];

export function csvLine(c: Classifier, row: Row): string {
  if (row.kind === 'error') {
    const error = row.line === undefined ? row.error : `line ${row.line}: ${row.error}`;
    // The input, every column after it empty, the error last.
    return csvRow([row.input, ...Array<undefined>(CSV_HEADER.length - 2), error]);
  }
  const product = row.product ? c.dataset.products.find((p) => p.id === row.product) : undefined;
  const assessment = row.product ? c.assessmentOf.get(row.product) : undefined;
  const ratings = DOMAIN_IDS.map((d) => (assessment ? (assessment.ratings[d] ?? NOT_CAPTURED) : ''));
  return csvRow([
    row.url,
    row.product,
    product?.vendor,
    row.assessment,
    assessment?.published,
    row.confidence,
    row.reason,
    ...ratings,
    assessment?.url,
    '',
  ]);
}
