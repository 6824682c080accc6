/** How the background words what a page is about, for the in-page badge and the toolbar. Pure. */
import { headlineText, type Headline } from '../core/summary.ts';
import type { ToolbarState } from './toolbar.ts';

export interface ProductSummary {
  productId: string;
  name: string;
  vendor: string;
  /** Null when the product has no published assessment. */
  headline: Headline | null;
}

export interface BadgeText {
  name: string;
  line: string;
}

const NO_ASSESSMENT = 'no PSF assessment yet';

/** One product: its name and headline. Several (a vendor's home page): the vendor and the products' names. */
export function badgeText(items: readonly ProductSummary[]): BadgeText {
  const [first] = items;
  if (!first) throw new Error('badgeText needs at least one product');
  if (items.length === 1)
    return { name: first.name, line: first.headline ? headlineText(first.headline) : NO_ASSESSMENT };
  const vendors = new Set(items.map((i) => i.vendor));
  const owner = vendors.size === 1 ? `${first.vendor}: ` : '';
  return { name: `${owner}${items.length} rated products`, line: items.map((i) => i.name).join(' · ') };
}

export function toolbarState(items: readonly ProductSummary[]): ToolbarState {
  const [first] = items;
  if (!first) return { kind: 'none' };
  if (items.length > 1) return { kind: 'several', names: items.map((i) => i.name) };
  return first.headline
    ? { kind: 'assessed', productName: first.name, headline: first.headline }
    : { kind: 'not-assessed', productName: first.name };
}
