// What a shipped manifest must not hold. The end-to-end builds (PSF_LENS_E2E=1, into dist/<browser>-e2e) open
// PSF Lens's own pages to web content so that Firefox's WebDriver BiDi may navigate to them (a store package with
// that entry would let any web page frame the popup and the workspace), and in Chromium grant the search engines'
// hosts at install (the store build asks only when the user switches search result marks on). Used by the
// packager and by the tests.

/** Web-accessible resources that expose an extension page (HTML, or the folders of the popup and workspace). */
export function exposedPages(manifest) {
  return (manifest.web_accessible_resources ?? []).flatMap((entry) =>
    (entry.resources ?? []).filter((resource) => /\.html$|^src\/(popup|options)\b/.test(resource)),
  );
}

/** Search engine hosts granted at install (the Chromium end-to-end build): the store build only asks, on the user's click. */
export function grantedSearchHosts(manifest) {
  return (manifest.host_permissions ?? []).filter((pattern) =>
    /^https:\/\/(www\.google\.[a-z.]+|www\.bing\.com|(html\.)?duckduckgo\.com)\//.test(pattern),
  );
}

/** Why this manifest is not a store build, or an empty list. */
export function notShippable(manifest) {
  const problems = exposedPages(manifest).map((resource) => `web_accessible_resources exposes ${resource}`);
  for (const host of grantedSearchHosts(manifest)) problems.push(`host_permissions grants ${host} at install`);
  if (manifest.name !== '__MSG_extName__')
    problems.push(`name is "${manifest.name}", not the catalogs' "__MSG_extName__"`);
  // The end-to-end build grants a test site at install (see E2E_ORG_HOST in vite.config.ts): never in a store build.
  for (const host of manifest.host_permissions ?? [])
    if (/\.example\//.test(host)) problems.push(`host_permissions holds the test site ${host}`);
  return problems;
}
