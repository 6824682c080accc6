/** The workspace's handlers: the library, and the checklist states that only the user writes. */
import { applyPatch } from '../../core/checklist.ts';
import { DOMAIN_IDS, type Assessment } from '../../core/model.ts';
import { currentOwnKey, formerOwnKey, ownKey, parseOwnKey } from '../../core/own-key.ts';
import { latestByProduct } from '../../core/latest.ts';
import type { LibraryView, OrgDatasetView, OwnKept, WatchView } from '../../shared/messages.ts';
import { readAssessments, readProduct, readProducts, readRemovedProducts, type Db } from '../db.ts';
import {
  deleteChecklist,
  moveChecklist,
  readChecklist,
  readOwnChecklists,
  readHistory,
  readWatchlist,
  setWatched,
  updateActionState,
} from '../db-user.ts';
import { loadedDataset } from '../dataset.ts';
import type { Deps, Handlers } from '../types.ts';
import { orgViews } from './org.ts';
import { userError } from '../../shared/user-error.ts';

type WorkspaceHandlers = Pick<
  Handlers,
  'library' | 'checklist' | 'checklist-delete' | 'update-action' | 'watch-state' | 'set-watched'
>;

export function workspaceHandlers(deps: Deps, now: () => number = Date.now): WorkspaceHandlers {
  // Inside the factory, as the handlers are: a worker woken by a vendor page never makes them (see index.ts).

  async function watchView(db: Db, productId: string): Promise<WatchView> {
    const [watched, history] = await Promise.all([readWatchlist(db), readHistory(db, productId)]);
    return { kind: 'watch', watched: watched.includes(productId), history: history.sort((a, b) => a.at - b.at) };
  }

  /**
   * What a checklist tracks: PAI's assessments of a product (one an update removed keeps its checklist, editable as its
   * retired actions are), or one of the organisation's own assessments, by its `ownKey`.
   */
  async function checklistOf(
    deps: Deps,
    db: Db,
    key: string,
  ): Promise<{ name: string; assessments: readonly Assessment[] }> {
    const own = parseOwnKey(key);
    if (own) {
      const org = (await orgViews(deps)).find((o) => o.id === own.orgId);
      const assessment = org?.dataset.assessments.find((a) => a.id === own.assessmentId);
      if (org && assessment) return { name: assessment.title, assessments: [assessment] };
      // Kept after its assessment went: every action retired and still editable, as a removed product's are.
      if ((await readChecklist(db, key)).length) return { name: own.assessmentId, assessments: [] };
      throw userError({ code: 'unknown-product', id: key });
    }
    const product = (await readProduct(db, key)) ?? (await readRemovedProducts(db)).find((p) => p.id === key);
    if (!product) throw userError({ code: 'unknown-product', id: key });
    return { name: product.name, assessments: (await readAssessments(db)).filter((a) => a.productId === key) };
  }

  /**
   * The checklists kept of the organisation's assessments that are no longer loaded: their file deleted, or replaced
   * by a version without them. One an earlier version kept under a policy dataset's place is not among them while
   * that dataset has the assessment (it moves when read).
   */
  async function keptOwn(db: Db, organisation: readonly OrgDatasetView[]): Promise<OwnKept[]> {
    const loaded = new Set(organisation.flatMap((org) => org.dataset.assessments.map((a) => ownKey(org.id, a.id))));
    const policy = organisation.filter((org) => org.managed).map((org) => org.id);
    const kept = new Map<string, OwnKept>();
    for (const state of await readOwnChecklists(db)) {
      if (loaded.has(currentOwnKey(state.productId, policy))) continue;
      const entry = kept.get(state.productId) ?? { key: state.productId, actions: 0, updatedAt: 0 };
      kept.set(state.productId, {
        ...entry,
        actions: entry.actions + 1,
        updatedAt: Math.max(entry.updatedAt, state.updatedAt),
      });
    }
    return [...kept.values()];
  }

  return {
    async library(): Promise<LibraryView> {
      const loaded = await loadedDataset(deps.dataset);
      if (!('meta' in loaded)) return loaded;
      const { key: _key, domains, ...dataset } = loaded.meta;
      const db = await deps.db();
      const [products, assessments, removed] = await Promise.all([
        readProducts(db),
        readAssessments(db),
        readRemovedProducts(db),
      ]);
      const latest = latestByProduct(assessments);
      const organisation = await orgViews(deps);
      // Only those the user kept something of: a checklist row, or a watch.
      const watched = new Set(removed.length ? await readWatchlist(db) : []);
      const kept = await Promise.all(
        removed.map(async (p) => watched.has(p.id) || (await readChecklist(db, p.id)).length > 0),
      );
      return {
        kind: 'library',
        entries: products.map((product) => ({ product, assessment: latest.get(product.id) ?? null })),
        domains,
        dataset,
        organisation,
        removed: removed.filter((_, i) => kept[i]),
        ownKept: await keptOwn(db, organisation),
      };
    },

    async 'watch-state'(request) {
      return watchView(await deps.db(), request.productId);
    },

    async 'set-watched'(request) {
      const db = await deps.db();
      if (request.watched && !(await readProduct(db, request.productId)))
        throw userError({ code: 'unknown-product', id: request.productId });
      await setWatched(db, request.productId, request.watched, now());
      return watchView(db, request.productId);
    },

    async checklist({ productId }) {
      const db = await deps.db();
      const states = await readChecklist(db, productId);
      // A policy dataset's assessment kept its checklist under the key of an earlier version: it moves, once.
      const policy = async () => (await orgViews(deps)).filter((org) => org.managed).map((org) => org.id);
      const former = !states.length && parseOwnKey(productId) && formerOwnKey(productId, await policy());
      return { kind: 'checklist', states: former ? await moveChecklist(db, former, productId) : states };
    },

    async 'checklist-delete'({ productId }) {
      const db = await deps.db();
      // Only a checklist no assessment shows any more: one in use is cleared action by action, on its page.
      if (!(await keptOwn(db, await orgViews(deps))).some((kept) => kept.key === productId))
        throw new Error(`${productId}: no checklist kept of an assessment no longer loaded`);
      await deleteChecklist(db, productId);
      return { kind: 'ok' };
    },

    async 'update-action'(request) {
      await deps.dataset.ensure();
      const db = await deps.db();
      const { productId, actionId } = request;
      const { name, assessments } = await checklistOf(deps, db, productId);
      let current: Parameters<typeof applyPatch>[1] | undefined;
      for (const assessment of assessments) {
        for (const domain of DOMAIN_IDS) {
          const action = assessment.domains[domain]?.actions.find((a) => a.id === actionId);
          if (action) current = { productId, actionId, text: action.text, domain, assessmentId: assessment.id };
        }
      }
      // The state is read and written in one transaction: saves of one action sent at once each keep the others'.
      const state = await updateActionState(db, productId, actionId, (previous) => {
        // An action retired by a dataset update stays editable under its last known text.
        const base = current ?? previous;
        if (!base) throw userError({ code: 'unknown-action', id: actionId, product: name });
        return applyPatch(previous, base, request.patch, now());
      });
      return { kind: 'saved', state };
    },
  };
}
