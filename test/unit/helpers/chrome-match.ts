/**
 * Chrome's match patterns as the browser applies them to content scripts
 * (https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns): scheme `*` is http or https,
 * the host is exact (the URL's host is canonical lower case), and the path is a glob where `*` is any run of
 * characters, matched case-sensitively (base::MatchPattern) against the path plus the query, never the fragment.
 */
export function chromeMatches(pattern: string, url: string): boolean {
  const parts = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!parts) throw new Error(`not a pattern this test understands: ${pattern}`);
  const [, scheme, host, path] = parts as unknown as [string, string, string, string];
  const target = new URL(url);
  const targetScheme = target.protocol.slice(0, -1);
  if (scheme === '*' ? targetScheme !== 'http' && targetScheme !== 'https' : scheme !== targetScheme) return false;
  if (host !== target.hostname) return false;
  const glob = new RegExp(
    `^${path
      .split('*')
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return glob.test(target.pathname + target.search);
}
