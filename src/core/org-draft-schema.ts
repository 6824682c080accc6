/**
 * The shape of a draft as it crosses from the workspace to the background: every field present and bounded, but
 * the content not yet held to the dataset rules (a draft is saved as the user types; `checkDraft` decides what
 * may become a version). Also read back from storage, so a record written by an older PSF Lens still loads.
 */
import * as v from 'valibot';
import { DOMAIN_IDS, RATINGS, type DomainId } from './model.ts';
import type { OrgDraft } from './org-draft.ts';

/**
 * The most a draft's field keeps: far above what a version allows (280 for a finding, 120 for a name), so that a long
 * text pasted in is kept while the field says how long it may be; bounded, so that a draft stays a small message.
 */
export const DRAFT_TEXT_MAX = 10_000;

/** Whether any text of a draft is longer than a draft keeps: then the draft is not saved until it is shortened. */
export function isDraftTooLong(draft: OrgDraft): boolean {
  const long = (value: unknown): boolean =>
    typeof value === 'string'
      ? value.length > DRAFT_TEXT_MAX
      : typeof value === 'object' && value !== null && Object.values(value).some(long);
  return long(draft);
}

/** Built for each check and dropped after (in module scope it would sit in the service worker's heap for good). */
function orgDraftShape() {
  const short = v.pipe(v.string(), v.maxLength(DRAFT_TEXT_MAX));
  const list = <T extends v.GenericSchema>(item: T) => v.pipe(v.array(item), v.maxLength(100));

  const DomainShape = v.strictObject({
    rating: v.nullable(v.picklist(RATINGS)),
    findings: list(short),
    actions: list(v.strictObject({ id: v.pipe(v.string(), v.maxLength(120)), text: short })),
    evidence: list(short),
  });

  return v.strictObject({
    id: v.pipe(v.string(), v.maxLength(120)),
    name: short,
    vendor: short,
    category: short,
    sites: list(
      v.strictObject({
        host: short,
        path: short,
        exact: v.optional(v.boolean()),
        signals: v.optional(list(short)),
      }),
    ),
    domains: v.strictObject(
      Object.fromEntries(DOMAIN_IDS.map((d) => [d, DomainShape])) as Record<DomainId, typeof DomainShape>,
    ),
    assessor: short,
    date: v.pipe(v.string(), v.maxLength(40)),
    scope: short,
    basedOn: v.optional(v.strictObject({ assessmentId: short, title: short, url: short })),
  }) satisfies v.GenericSchema<OrgDraft, OrgDraft>;
}

export const OrgDraftSchema = v.lazy(orgDraftShape);

function recordIdShape() {
  return v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,80}$/, 'not a record id'));
}

/** A record's key: made by the workspace when a new draft starts, stable for its whole life. */
export const OrgRecordIdSchema = v.lazy(recordIdShape);
