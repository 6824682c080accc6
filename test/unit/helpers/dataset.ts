/** The bundled dataset, read from disk: the same file the extension ships. Every call returns a fresh copy. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Assessment, Dataset, Product } from '../../../src/core/model.ts';

// A string, not `new URL(...)`: under happy-dom the global URL is the DOM's, which refuses file: paths here.
export const DATASET_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../../../public/data/psf-dataset.json');
export const DATASET_TEXT = readFileSync(DATASET_PATH, 'utf8');

export function bundled(): Dataset {
  return JSON.parse(DATASET_TEXT) as Dataset;
}

/** The bundled dataset as an update of `version` that no longer has the product `id` nor its assessments. */
export function bundledWithout(id: string, version: string): Dataset {
  const d = bundled();
  d.version = version;
  d.products = d.products.filter((p) => p.id !== id);
  d.assessments = d.assessments.filter((a) => a.productId !== id);
  return d;
}

export function productOf(dataset: Dataset, id: string): Product {
  const product = dataset.products.find((p) => p.id === id);
  if (!product) throw new Error(`test setup: no product ${id} in the bundled dataset`);
  return product;
}

export function assessmentOf(dataset: Dataset, productId: string): Assessment {
  const assessment = dataset.assessments.find((a) => a.productId === productId);
  if (!assessment) throw new Error(`test setup: no assessment of ${productId} in the bundled dataset`);
  return assessment;
}
