/**
 * The key of one of the organisation's own assessments where a product's id would go: in the comparison's address
 * and as the checklist of its actions. A product's id never starts with `own:` (the dataset's ids are slugs).
 */
export const ownKey = (orgId: string, assessmentId: string) => `own:${orgId}:${assessmentId}`;

/** The dataset's and the assessment's ids of an `ownKey`; null for a product's id. */
export function parseOwnKey(key: string): { orgId: string; assessmentId: string } | null {
  const match = /^own:([^:]+):(.+)$/.exec(key);
  return match ? { orgId: match[1]!, assessmentId: match[2]! } : null;
}
