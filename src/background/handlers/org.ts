/**
 * The organisation's own assessments: a dataset file imported from the workspace, checked by exactly the rules
 * of the bundled dataset and `psf-lens check`. A bad file is refused with every problem and changes nothing; a file
 * already imported adds nothing, and another version of an import waits for the user to replace it or keep both.
 */
import { parseDataset } from '../../core/schema.ts';
import type { ImportedEntry, ImportResult, OrgDatasetView } from '../../shared/messages.ts';
import { draftsDataset } from '../../core/org-draft.ts';
import { readMeta } from '../db.ts';
import { deleteOrgDataset, readOrgDatasets, readOrgFeed, writeOrgDatasetAfter } from '../db-org.ts';
import type { OrgDataset } from '../db.ts';
import { matchDataset } from '../../core/dataset-match.ts';
import { savedDrafts } from './authoring.ts';
import type { Deps, Handlers } from '../types.ts';
import { userError } from '../../shared/user-error.ts';
import { policyIds, slugOf } from '../../core/own-key.ts';

/** The id of the dataset view of the assessments written in PSF Lens. */
export const WRITTEN_HERE = 'written-here';
/** The id of the dataset view of the organisation's team feed. */
export const TEAM_FEED = 'team-feed';

type OrgHandlers = Pick<Handlers, 'org-import' | 'org-delete'>;

type Decision = { entry: OrgDataset; result: ImportResult } | { result: ImportResult };

const viewOf = ({ id, name, importedAt, dataset }: OrgDataset): OrgDatasetView => ({ id, name, importedAt, dataset });

/** The organisation's datasets: those set by policy first (read-only), then the user's imports. */
export async function orgViews(deps: Deps): Promise<OrgDatasetView[]> {
  // The library must not wait for the browser's policy service at start: the policy as last seen will do.
  const [stored, managed] = await Promise.all([
    readOrgDatasets(await deps.db()),
    deps.settings.managedDatasets({ wait: false }),
  ]);
  const ids = policyIds(managed.map((m) => m.name));
  const fromPolicy = managed.flatMap(({ name, json }, i): OrgDatasetView[] => {
    const parsed = parseDataset(json);
    return parsed.kind === 'valid'
      ? [{ id: ids[i]!, name, importedAt: 0, dataset: parsed.dataset, managed: true }]
      : [];
  });
  const imported = stored.sort((a, b) => a.importedAt - b.importedAt).map(viewOf);
  const feed = await readOrgFeed(await deps.db());
  const fromFeed: OrgDatasetView[] = feed
    ? [{ id: TEAM_FEED, name: "Your team's feed", importedAt: feed.loadedAt, dataset: feed.dataset, feedUrl: feed.url }]
    : [];
  return [...fromPolicy, ...fromFeed, ...imported, ...(await writtenHere(deps))];
}

/** The assessments written in PSF Lens, as one dataset beside the imported ones. */
async function writtenHere(deps: Deps): Promise<OrgDatasetView[]> {
  const saved = await savedDrafts(deps);
  const meta = await readMeta(await deps.db());
  if (!saved.length || !meta) return [];
  const latest = Math.max(...saved.map((s) => s.savedAt));
  const day = new Date(latest).toISOString().slice(0, 10);
  const dataset = draftsDataset(
    saved.map((s) => s.draft),
    meta.domains,
    { version: `${day.replaceAll('-', '.')}.${saved.length}`, published: day, publisher: 'Your organisation' },
  );
  return [{ id: WRITTEN_HERE, name: 'Written in PSF Lens', importedAt: latest, dataset, written: true }];
}

export function orgHandlers(deps: Deps, now: () => number = Date.now): OrgHandlers {
  // Inside the factory, as the handlers are: a worker woken by a vendor page never makes them (see index.ts).

  /** The ids of the list's entries that are not imports: PSF Lens's own view, the team feed's and each policy's. */
  function isReserved(id: string): boolean {
    return id === WRITTEN_HERE || id === TEAM_FEED || id.startsWith('policy_') || /^policy-\d+$/.test(id);
  }

  /** Import ids are derived from the name, made unique, and stable for a replacement. */
  function idFor(name: string, taken: { has(id: string): boolean }): string {
    const base = slugOf(name) || 'organisation';
    let id = base;
    for (let i = 2; taken.has(id); i++) id = `${base}-${i}`;
    return id;
  }

  const entryOf = ({ id, name, importedAt, dataset }: OrgDataset): ImportedEntry => ({
    id,
    name,
    importedAt,
    version: dataset.version,
  });

  return {
    async 'org-import'(request) {
      const parsed = parseDataset(request.text);
      if (parsed.kind === 'invalid') return { kind: 'refused', issues: parsed.issues };
      const { dataset } = parsed;
      const result = await writeOrgDatasetAfter(await deps.db(), (existing): Decision => {
        const replaced = existing.find((e) => e.id === request.replaces);
        // Undo of a replacement writes over the import only while it is the file that replacement stored: another
        // tab's later replacement, or a delete (and a new import under the same id), is not the user's to lose.
        const over = request.restore?.over;
        if (request.replaces && over !== undefined && replaced?.importedAt !== over)
          return { result: { kind: 'changed', id: request.replaces } };
        if (request.replaces && !replaced) throw userError({ code: 'no-import', id: request.replaces });
        // A file chosen anew that is already imported, or another version of an import, adds nothing until the user
        // says how; a replacement knows its entry. An Undo of a delete is a version the user had, but not once the
        // very same file is imported again meanwhile (in another tab): that would be a second, identical entry.
        if (!request.replaces) {
          const found = matchDataset(
            dataset,
            [...existing].sort((a, b) => a.importedAt - b.importedAt),
          );
          if (found?.kind === 'same-file') return { result: { kind: 'same-file', entry: entryOf(found.entry) } };
          if (found && !request.alongside && !request.restore)
            return {
              result: {
                kind: 'other-version',
                entry: entryOf(found.entry),
                version: dataset.version,
                order: found.order,
              },
            };
        }
        // The views PSF Lens adds beside the imports keep their ids: an exported "Written in PSF Lens" or team feed
        // file imported back is another entry of the list, never a second `written-here` or `team-feed`.
        const imported = new Set(existing.map((e) => e.id));
        const taken = { has: (id: string) => imported.has(id) || isReserved(id) };
        // Undo of a delete: its id again, if no file has taken it since; Undo of a replacement: over the import it
        // replaced, with its import time.
        const restored =
          request.restore && (request.restore.id === request.replaces || !taken.has(request.restore.id))
            ? request.restore
            : undefined;
        const id = request.replaces ?? restored?.id ?? idFor(request.name, taken);
        const name = request.name.trim().slice(0, 120) || id;
        const importedAt = restored?.importedAt ?? now();
        return {
          entry: { id, name, importedAt, dataset },
          result: {
            kind: 'imported',
            id,
            importedAt,
            products: dataset.products.length,
            assessments: dataset.assessments.length,
            ...(replaced ? { replaced: viewOf(replaced) } : {}),
          },
        };
      });
      if (result.kind === 'imported') await deps.org?.changed();
      return result;
    },

    async 'org-delete'(request) {
      await deleteOrgDataset(await deps.db(), request.id);
      await deps.org?.changed();
      return { kind: 'ok' };
    },
  };
}
