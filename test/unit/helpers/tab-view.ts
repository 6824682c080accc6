/** The views the background sends the popup, built from the bundled dataset. */
import type { DatasetInfo, LauncherView, TabView } from '../../../src/shared/messages.ts';
import { assessmentOf, bundled, productOf } from './dataset.ts';

export type ProductView = Extract<TabView, { kind: 'product' }>;
export type LauncherData = Extract<LauncherView, { kind: 'launcher' }>;

/** The bundled dataset as a view names it: version, date and source. */
export function bundledInfo(): DatasetInfo {
  const d = bundled();
  return { version: d.version, published: d.published, source: 'bundled', loadedAt: 0, attribution: d.attribution };
}

/** The view of a product's page on `site`, matched by its address (a rule `/<productId>` on the site). */
export function productView(productId: string, site = 'openai.com'): ProductView {
  const d = bundled();
  return {
    kind: 'product',
    product: productOf(d, productId),
    alternatives: [],
    assessment: assessmentOf(d, productId),
    domains: d.domains,
    detection: { confidence: 'high', via: 'url', rule: { host: site, path: `/${productId}`, exact: false } },
    dataset: bundledInfo(),
    site,
    siteHidden: false,
  };
}

/** The popup off a rated page: every product of the library, and `recent` as the recently viewed ones. */
export function launcherView(recent: string[] = []): LauncherData {
  return {
    kind: 'launcher',
    products: bundled().products.map(({ id, name, vendor }) => ({ id, name, vendor })),
    recent,
    dataset: bundledInfo(),
  };
}
