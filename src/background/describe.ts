/** How the background words what a page is about, for the toolbar (the in-page badge's words: rule-store.ts). Pure. */
import type { Headline } from '../core/summary.ts';
import type { ToolbarState } from './toolbar.ts';

export interface ProductSummary {
  productId: string;
  name: string;
  vendor: string;
  /** Null when the product has no published assessment. */
  headline: Headline | null;
}

export function toolbarState(items: readonly ProductSummary[]): ToolbarState {
  const [first] = items;
  if (!first) return { kind: 'none' };
  if (items.length > 1) return { kind: 'several', names: items.map((i) => i.name) };
  return first.headline
    ? { kind: 'assessed', productName: first.name, headline: first.headline }
    : { kind: 'not-assessed', productName: first.name };
}
