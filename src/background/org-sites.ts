/**
 * The content script on the organisation's own products' sites. The manifest's content scripts cover the hosts of
 * PAI's dataset only; for a product the organisation assessed elsewhere, the user grants exactly its sites (an
 * optional host permission, asked on the click that saves the assessment), and PSF Lens registers the same content
 * script for the granted patterns alone. A pattern not granted, or no longer granted (permissions.onRemoved), or of
 * an assessment deleted, is not registered: nothing runs on a host the user did not allow.
 */
import { ALL_SITES, matchPatterns } from '../core/match-patterns.ts';
import type { Product } from '../core/model.ts';
import { syncRegistration, type RegisteredScript, type ScriptingApi } from './registration.ts';

export const ORG_SCRIPT_ID = 'psf-lens-organisation';

export type { RegisteredScript, ScriptingApi } from './registration.ts';

export interface OrgSitesDeps {
  /** The organisation's products PAI does not rate (their sites are not in the manifest). */
  products(): Promise<readonly Pick<Product, 'match'>[]>;
  /** Host patterns the user granted now. */
  granted(): Promise<readonly string[]>;
  /** The manifest's own content script: its file, when it runs, and the patterns it already covers. */
  script: { js: string; runAt: RegisteredScript['runAt']; matches: readonly string[] } | null;
  scripting: ScriptingApi;
}

/** The patterns to run the content script on: the organisation's sites the user granted, beyond the manifest's. */
export function wantedPatterns(
  products: readonly Pick<Product, 'match'>[],
  granted: readonly string[],
  manifest: readonly string[],
): string[] {
  // A manifest that asks for every site already runs the content script on the organisation's.
  if (manifest.includes(ALL_SITES)) return [];
  const allowed = new Set(granted);
  return matchPatterns(products).filter((p) => allowed.has(p) && !manifest.includes(p));
}

/** Brings the registration in line with the organisation's products and the user's grants; returns its patterns. */
export async function syncOrgScripts(deps: OrgSitesDeps): Promise<string[]> {
  if (!deps.script) return [];
  const [products, granted] = await Promise.all([deps.products(), deps.granted()]);
  const matches = wantedPatterns(products, granted, deps.script.matches);
  const script: RegisteredScript = {
    id: ORG_SCRIPT_ID,
    matches,
    js: [deps.script.js],
    ...(deps.script.runAt ? { runAt: deps.script.runAt } : {}),
    persistAcrossSessions: true,
  };
  await syncRegistration(deps.scripting, ORG_SCRIPT_ID, matches.length ? script : null);
  return matches;
}
