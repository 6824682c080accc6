/** The views the background sends the popup, built from the bundled dataset. */
import type { TabView } from '../../../src/shared/messages.ts';
import { assessmentOf, bundled, productOf } from './dataset.ts';

export type ProductView = Extract<TabView, { kind: 'product' }>;

/** The view of a product's page on `site`, matched by its address. */
export function productView(productId: string, site = 'openai.com'): ProductView {
  const d = bundled();
  return {
    kind: 'product',
    product: productOf(d, productId),
    alternatives: [],
    assessment: assessmentOf(d, productId),
    domains: d.domains,
    detection: { confidence: 'high', via: 'url', reason: `matched ${productId} on ${site}` },
    dataset: { version: d.version, published: d.published, source: 'bundled', loadedAt: 0, attribution: d.attribution },
    site,
    siteHidden: false,
  };
}
