/**
 * The organisation's own products over the real browser: published on their pages beside PAI's, and the content
 * script registered on the sites of theirs the user granted (org-sites.ts).
 */
import browser from 'webextension-polyfill';
import { readAssessments, readMeta, readProducts } from './db.ts';
import { orgViews } from './handlers/org.ts';
import { syncOrgScripts, type OrgSitesDeps } from './org-sites.ts';
import { publishRecords, type OwnSource } from './publish.ts';
import type { ScriptingApi } from './registration.ts';
import { records } from './browser-storage.ts';
import type { Deps } from './types.ts';

/** The organisation's own products and their latest assessments: every organisation dataset, PAI's excluded later. */
export async function ownSource(deps: Deps): Promise<OwnSource> {
  const views = await orgViews(deps);
  return {
    products: views.flatMap((v) => v.dataset.products),
    assessments: views.flatMap((v) => v.dataset.assessments),
  };
}

/** The manifest's content script (its file crxjs named in this build), as dynamic registrations copy it. */
export function manifestScript(): OrgSitesDeps['script'] {
  const script = browser.runtime.getManifest().content_scripts?.[0];
  const js = script?.js?.[0];
  if (!js) return null;
  // Firefox answers with the file's full address (moz-extension://…/src/content/index.js), which its
  // registerContentScripts refuses ("must be a relative URL"): the path from the extension's root serves both.
  const path = js.replace(browser.runtime.getURL(''), '');
  // Stryker disable next-line ArrayDeclaration: a pattern that is no product's leaves every product's site wanted.
  return { js: path, runAt: script.run_at, matches: script.matches ?? [] };
}

// One sync at a time: two concurrent registrations of one script id would fail.
let sites: Promise<unknown> = Promise.resolve();

export function syncSites(deps: Deps): Promise<void> {
  const next = sites.then(async () => {
    const [own, rated] = await Promise.all([ownSource(deps), deps.db().then(readProducts)]);
    const ratedIds = new Set(rated.map((p) => p.id));
    await syncOrgScripts({
      products: async () => own.products.filter((p) => !ratedIds.has(p.id)),
      // Stryker disable next-line ArrayDeclaration,LogicalOperator: none listed and none granted both allow no site.
      granted: async () => (await browser.permissions.getAll()).origins ?? [],
      script: manifestScript(),
      scripting: browser.scripting as unknown as ScriptingApi,
    });
  });
  sites = next.catch((error: unknown) => console.error('PSF Lens could not register its organisation sites:', error));
  return next;
}

/** After the organisation's assessments change: publish the pages' records again, then follow with the scripts. */
export async function orgChanged(deps: Deps & { syncOrgSites(): Promise<void> }): Promise<void> {
  const database = await deps.db();
  const meta = await readMeta(database);
  if (meta) {
    const [products, assessments] = await Promise.all([readProducts(database), readAssessments(database)]);
    await publishRecords(records, { version: meta.version, products, assessments }, await ownSource(deps));
  }
  await deps.syncOrgSites();
}
