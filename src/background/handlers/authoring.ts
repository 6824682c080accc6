/**
 * Assessments the organisation writes in PSF Lens: drafts kept as the user types, versions saved only when the
 * draft passes the dataset rules (`checkDraft`), delete with undo. Each record lives apart from the dataset, so
 * no dataset load, feed or import can touch it.
 */
import { checkDraft } from '../../core/org-draft-check.ts';
import { draftFromAssessment, idFromName, type OrgDraft } from '../../core/org-draft.ts';
import { latestByProduct } from '../../core/latest.ts';
import { draftDifferences } from '../../core/org-versions.ts';
import type { OrgRecordView } from '../../shared/messages.ts';
import { readProducts, type OrgFeedCopy, type OrgRecord } from '../db.ts';
import { purgeOrgRecords, readOrgFeed, readOrgRecord, readOrgRecords, writeOrgRecord } from '../db-org.ts';
import type { Deps, Handlers } from '../types.ts';
import { userError } from '../../shared/user-error.ts';

type AuthoringHandlers = Pick<
  Handlers,
  'org-records' | 'org-save-draft' | 'org-save-version' | 'org-delete-record' | 'org-restore-record' | 'org-keep-mine'
>;

/** How long a deleted assessment can still be restored. */
export const UNDO_DAYS = 30;

/**
 * A record as the workspace shows it, with the team feed's version of the same product beside it where the two
 * differ (and the user has not set that feed version aside): a conflict to show, never to resolve silently.
 */
export function recordView(record: OrgRecord, feed?: OrgFeedCopy): OrgRecordView {
  const last = record.versions.at(-1);
  const status = !last ? 'new' : draftDifferences(last.draft, record.draft).length ? 'edited' : 'saved';
  const { feedResolved, ...rest } = record;
  // An empty id (a new product not yet saved) is no feed product's: the dataset rules give every product one.
  const product = feed?.dataset.products.find((p) => p.id === record.draft.id);
  if (!feed || !product || feedResolved === feed.dataset.version) return { ...rest, status };
  const assessment = latestByProduct(feed.dataset.assessments).get(product.id) ?? null;
  // Stryker disable next-line ObjectLiteral: no `fresh` reads as false, the feed's assessment read back as written.
  const theirs = draftFromAssessment(product, assessment, { fresh: false });
  const differences = draftDifferences(record.draft, theirs);
  return differences.length
    ? { ...rest, status, conflict: { feedVersion: feed.dataset.version, differences, feedDraft: theirs } }
    : { ...rest, status };
}

/** The organisation's current assessments: the last saved version of every record not deleted. */
export async function savedDrafts(deps: Deps): Promise<{ draft: OrgDraft; savedAt: number }[]> {
  const records = await readOrgRecords(await deps.db());
  return records.flatMap((r) => {
    const last = r.versions.at(-1);
    return last && r.deletedAt === undefined ? [{ draft: last.draft, savedAt: last.savedAt }] : [];
  });
}

export function authoringHandlers(deps: Deps, now: () => number = Date.now): AuthoringHandlers {
  async function live(id: string): Promise<OrgRecord> {
    const record = await readOrgRecord(await deps.db(), id);
    if (!record) throw userError({ code: 'assessment-missing' });
    if (record.deletedAt !== undefined) throw userError({ code: 'assessment-deleted' });
    return record;
  }

  const changed = () => deps.org?.changed() ?? Promise.resolve();

  return {
    async 'org-records'() {
      const db = await deps.db();
      await purgeOrgRecords(db, now() - UNDO_DAYS * 86_400_000);
      const [records, products, feed] = await Promise.all([readOrgRecords(db), readProducts(db), readOrgFeed(db)]);
      const productIds = [...new Set([...products.map((p) => p.id), ...records.map((r) => r.draft.id)])];
      return {
        kind: 'org-records',
        records: records.sort((a, b) => b.draftUpdatedAt - a.draftUpdatedAt).map((r) => recordView(r, feed)),
        productIds: productIds.filter(Boolean).sort(),
      };
    },

    async 'org-save-draft'({ id, draft, since }) {
      const db = await deps.db();
      const record = await readOrgRecord(db, id);
      if (record?.deletedAt !== undefined) throw userError({ code: 'assessment-deleted' });
      // Another tab or window saved this draft after this page last saw it: its typing is not overwritten unasked.
      if (record && since !== undefined && record.draftUpdatedAt !== since)
        throw userError({ code: 'draft-changed-elsewhere' });
      // Later than the draft it replaces even within one millisecond, so that `since` always tells two saves apart.
      const updatedAt = Math.max(now(), (record?.draftUpdatedAt ?? 0) + 1);
      // A saved product keeps its id: its checklist, answers and sites hang on it.
      const productId = record?.versions.at(-1)?.draft.id ?? draft.id;
      await writeOrgRecord(db, {
        ...(record ?? { id, versions: [] }),
        draft: { ...draft, id: productId },
        draftUpdatedAt: updatedAt,
      });
      return { kind: 'draft-saved', updatedAt };
    },

    async 'org-save-version'({ id }) {
      const db = await deps.db();
      const record = await live(id);
      const others = (await readOrgRecords(db)).filter((r) => r.id !== id && r.deletedAt === undefined);
      let { draft } = record;
      if (!draft.id) {
        const taken = new Set([...(await readProducts(db)).map((p) => p.id), ...others.map((r) => r.draft.id)]);
        draft = { ...draft, id: idFromName(draft.name, taken) };
      }
      if (others.some((r) => r.draft.id === draft.id))
        return {
          kind: 'not-ready',
          issues: [{ field: 'name', problem: { kind: 'duplicate-product' } }],
        };
      const check = checkDraft(draft);
      if (check.kind === 'not-ready') return check;
      const last = record.versions.at(-1);
      if (last && !draftDifferences(last.draft, draft).length) return { kind: 'unchanged', n: last.n };
      const n = (last?.n ?? 0) + 1;
      await writeOrgRecord(db, { ...record, draft, versions: [...record.versions, { n, savedAt: now(), draft }] });
      await changed();
      return { kind: 'version-saved', n, productId: draft.id };
    },

    async 'org-delete-record'({ id }) {
      const record = await live(id);
      await writeOrgRecord(await deps.db(), { ...record, deletedAt: now() });
      await changed();
      return { kind: 'ok' };
    },

    /** The user keeps their own version over the team feed's current one: that feed version is no longer shown. */
    async 'org-keep-mine'({ id }) {
      const db = await deps.db();
      const [record, feed] = await Promise.all([live(id), readOrgFeed(db)]);
      if (feed) await writeOrgRecord(db, { ...record, feedResolved: feed.dataset.version });
      return { kind: 'ok' };
    },

    async 'org-restore-record'({ id }) {
      const db = await deps.db();
      const record = await readOrgRecord(db, id);
      if (!record) throw userError({ code: 'assessment-gone' });
      // Its product may have been given to a new assessment meanwhile: two of one product would make its badge,
      // checklist and sites ambiguous, so the user decides which one stays.
      const productId = record.versions.at(-1)?.draft.id;
      const rival = (await readOrgRecords(db)).find(
        (r) => r.id !== id && r.deletedAt === undefined && productId && r.draft.id === productId,
      );
      if (rival) throw userError({ code: 'assessment-taken', name: rival.draft.name || rival.draft.id });
      const { deletedAt: _gone, ...kept } = record;
      await writeOrgRecord(db, kept);
      await changed();
      return { kind: 'ok' };
    },
  };
}
