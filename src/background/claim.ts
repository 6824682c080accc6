/**
 * The background's check of what a content script claims a tab shows. The claim is only trusted as far as the
 * tab's own address supports it: a compromised renderer or a confused page must not make the toolbar and the
 * popup show another product's assessment. Pure.
 */
import { productsFitting } from '../core/host-rules.ts';
import { parsePageUrl } from '../core/url.ts';
import type { BadgeFacts, HostRecord } from '../shared/rule-store.ts';

/** A claimed product as the toolbar shows it: what the host's record says of it. */
export type ClaimedProduct = BadgeFacts & { productId: string };

export type ClaimCheck = { kind: 'fits'; products: ClaimedProduct[] } | { kind: 'refused'; reason: string };

/**
 * Each claimed product needs a rule of its own on the tab's host whose path fits the tab's address, and no
 * exclusion of it there. Page words (title, meta) cannot be seen from here, so a rule that also needs them counts
 * by its path. Detection never follows a canonical link, so no claim can rest on one.
 */
export function checkClaim(record: HostRecord | undefined, tabUrl: string, productIds: readonly string[]): ClaimCheck {
  const page = parsePageUrl(tabUrl);
  if (!page || !record || record.rules.host !== page.host)
    return { kind: 'refused', reason: 'no rated product on this site' };
  const fitting = productsFitting(record.rules, page.segments);
  const products: ClaimedProduct[] = [];
  for (const id of productIds) {
    const facts = record.products[id];
    if (!fitting.includes(id) || !facts) return { kind: 'refused', reason: `${id} cannot be at ${tabUrl}` };
    products.push({ productId: id, ...facts });
  }
  return { kind: 'fits', products };
}
