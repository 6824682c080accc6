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

/** A name as an id: lower-case letters, digits and single dashes, at most 60 characters; '' when nothing is left. */
export function slugOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/\.json$/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

/**
 * The ids of the datasets the administrator's policy sets, in the policy's order, from their names: `policy_<name>`,
 * so a bookmark to one of their assessments, and the checklist kept of it, follow the dataset when the policy's list
 * is reordered or a dataset before it is dropped. An import's id never has an underscore (`slugOf`), nor is it
 * `policy-<n>`, as earlier versions named them (see `currentOwnKey`).
 */
export function policyIds(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const base = `policy_${slugOf(name) || 'dataset'}`;
    let id = base;
    for (let i = 2; taken.has(id); i++) id = `${base}-${i}`;
    taken.add(id);
    return id;
  });
}

/**
 * The key in force for `key`, given the policy's dataset ids in its order: a key of an earlier version that named a
 * policy's dataset by its place (`own:policy-2:…`) names it by its id now; any other key is itself.
 */
export function currentOwnKey(key: string, policy: readonly string[]): string {
  const own = parseOwnKey(key);
  // How earlier versions named a policy's dataset: by its place among the policy's valid datasets, `policy-1` first.
  const place = own && /^policy-(\d+)$/.exec(own.orgId);
  const id = place && policy[Number(place[1]) - 1];
  return own && id ? ownKey(id, own.assessmentId) : key;
}

/** The key an earlier version gave what `key` names (see `currentOwnKey`), when it is a policy dataset's; else null. */
export function formerOwnKey(key: string, policy: readonly string[]): string | null {
  const own = parseOwnKey(key);
  const place = own ? policy.indexOf(own.orgId) : -1;
  return own && place >= 0 ? ownKey(`policy-${place + 1}`, own.assessmentId) : null;
}
