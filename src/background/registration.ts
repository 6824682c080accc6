/**
 * Content scripts PSF Lens registers at run time (`scripting.registerContentScripts`), each under an id of its
 * own: the content script on the organisation's own products' sites (org-sites.ts) and the search result marks
 * (search-marks.ts). Each is made to match what is wanted now: registered, updated, removed or left alone, so a
 * sync can run at every start and on every change. `createRegistrations` also applies one change at a time, so a
 * worker start, a settings change and a permission change arriving together cannot register an id twice.
 */

export interface RegisteredScript {
  id: string;
  matches?: string[];
  js?: string[];
  runAt?: 'document_start' | 'document_end' | 'document_idle';
  persistAcrossSessions?: boolean;
}

/** The part of `browser.scripting` this needs (a fake in tests). */
export interface ScriptingApi {
  getRegisteredContentScripts(filter: { ids: string[] }): Promise<RegisteredScript[]>;
  registerContentScripts(scripts: RegisteredScript[]): Promise<void>;
  updateContentScripts(scripts: RegisteredScript[]): Promise<void>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
}

export type SyncResult = 'registered' | 'updated' | 'removed' | 'unchanged';

/** A list as one text, whatever its order. */
// Stryker disable next-line ArrayDeclaration: a list read back without it differs from any wanted one, filler or none.
function sorted(list: readonly string[] = []): string {
  // Stryker disable next-line StringLiteral: no file name or match pattern holds a newline to run into another.
  return [...list].sort((a, b) => a.localeCompare(b)).join('\n');
}

/** Whether a registration read back from the browser is the one wanted (an unset runAt is document_idle). */
function isSame(current: RegisteredScript, wanted: RegisteredScript): boolean {
  return (
    sorted(current.js) === sorted(wanted.js) &&
    sorted(current.matches) === sorted(wanted.matches) &&
    (current.runAt ?? 'document_idle') === (wanted.runAt ?? 'document_idle')
  );
}

/** Makes the registration `id` be `wanted`, or removes it (`null`). */
export async function syncRegistration(
  scripting: ScriptingApi,
  id: string,
  wanted: RegisteredScript | null,
): Promise<SyncResult> {
  if (wanted && wanted.id !== id) throw new Error(`registration ${wanted.id} synced as ${id}`);
  const [current] = await scripting.getRegisteredContentScripts({ ids: [id] });
  if (!wanted) {
    if (!current) return 'unchanged';
    await scripting.unregisterContentScripts({ ids: [id] });
    return 'removed';
  }
  if (!current) {
    await scripting.registerContentScripts([wanted]);
    return 'registered';
  }
  if (isSame(current, wanted)) return 'unchanged';
  await scripting.updateContentScripts([wanted]);
  return 'updated';
}

export interface Registrations {
  sync(id: string, wanted: RegisteredScript | null): Promise<SyncResult>;
}

/** `syncRegistration`, one change at a time. */
export function createRegistrations(scripting: ScriptingApi): Registrations {
  let queue: Promise<unknown> = Promise.resolve();
  return {
    sync(id, wanted) {
      const run = queue.then(() => syncRegistration(scripting, id, wanted));
      queue = run.catch(() => undefined);
      return run;
    },
  };
}
