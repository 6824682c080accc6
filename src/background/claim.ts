/**
 * The background's check of what a content script claims a tab shows. The claim is only trusted as far as the
 * tab's own address supports it: a compromised renderer or a confused page must not make the toolbar and the
 * popup show another product's assessment. Pure.
 */
import { pathMatches } from '../core/detect.ts';
import { isSharedHost } from '../core/match-patterns.ts';
import { parsePageUrl } from '../core/url.ts';
import type { HostRecord } from '../shared/rule-store.ts';
import type { DetectionInfo } from '../shared/messages.ts';

export type ClaimCheck = { kind: 'fits' } | { kind: 'refused'; reason: string };

/**
 * Each claimed product needs a rule of its own on the tab's host whose path fits the tab's address. Page words
 * (title, meta) cannot be seen from here, so a rule that also needs them counts by its path. A claim through the
 * canonical link (another path of the same site) is accepted on a vendor's own host only: on a shared host the
 * address alone decides.
 */
export function checkClaim(
  record: HostRecord | undefined,
  tabUrl: string,
  productIds: readonly string[],
  detection: Pick<DetectionInfo, 'via'>,
): ClaimCheck {
  const page = parsePageUrl(tabUrl);
  if (!page || !record) return { kind: 'refused', reason: 'no rated product on this site' };
  for (const id of productIds) {
    const rules = record.rules.filter((rule) => rule.productId === id);
    const fits =
      rules.some((rule) => pathMatches(rule, page)) ||
      (detection.via === 'canonical' && rules.length > 0 && !isSharedHost(page.host));
    if (!fits || !record.products[id]) return { kind: 'refused', reason: `${id} cannot be at ${tabUrl}` };
  }
  return { kind: 'fits' };
}
