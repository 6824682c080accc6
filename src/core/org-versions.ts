/**
 * The history of the organisation's own ratings, one version per save, and what differs between two versions of
 * one assessment (a local draft and a team feed's copy): shown to the user, never resolved silently. Pure.
 */
import type { RatingChange } from './history.ts';
import { DOMAIN_IDS } from './model.ts';
import { draftRecords, type OrgDraft } from './org-draft.ts';

export interface OrgVersion {
  /** 1, 2, 3 ... in the order saved. */
  n: number;
  savedAt: number;
  draft: OrgDraft;
}

export interface VersionStep {
  n: number;
  savedAt: number;
  assessor: string;
  date: string;
  /** Against the version before; for the first version, from nothing (not assessed) to its ratings. */
  changes: RatingChange[];
}

export function ratingSteps(versions: readonly OrgVersion[]): VersionStep[] {
  return versions.map((version, i) => {
    const before = versions[i - 1]?.draft;
    const changes = DOMAIN_IDS.flatMap((domain) => {
      const from = before?.domains[domain].rating ?? null;
      const to = version.draft.domains[domain].rating;
      return from === to ? [] : [{ domain, from, to }];
    });
    return {
      n: version.n,
      savedAt: version.savedAt,
      assessor: version.draft.assessor,
      date: version.draft.date,
      changes,
    };
  });
}

/** The parts of two drafts that differ, as a reader names them: "D3 rating", "D3 findings", "sites", "assessor". */
export function draftDifferences(a: OrgDraft, b: OrgDraft): string[] {
  const ra = draftRecords(a);
  const rb = draftRecords(b);
  const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);
  const out: string[] = [];
  for (const [label, x, y] of [
    ['name', ra.product.name, rb.product.name],
    ['vendor', ra.product.vendor, rb.product.vendor],
    ['sites', ra.product.match, rb.product.match],
    ['assessor', ra.assessment.basis, rb.assessment.basis],
    ['date', ra.assessment.published, rb.assessment.published],
    ['scope', ra.assessment.scope, rb.assessment.scope],
  ] as const) {
    if (!same(x, y)) out.push(label);
  }
  for (const d of DOMAIN_IDS) {
    if (ra.assessment.ratings[d] !== rb.assessment.ratings[d]) out.push(`${d} rating`);
    const da = ra.assessment.domains[d];
    const db = rb.assessment.domains[d];
    if (!same(da?.findings ?? [], db?.findings ?? [])) out.push(`${d} findings`);
    if (!same(da?.actions ?? [], db?.actions ?? [])) out.push(`${d} actions`);
    if ((da?.ratingSource ?? '') !== (db?.ratingSource ?? '')) out.push(`${d} evidence`);
  }
  return out;
}
