/**
 * The manifest's content-script match patterns, derived from the dataset's match rules so that the two can
 * never drift apart. PSF Lens runs only where a rated product lives, as long as the manifest can list those places
 * (`manifestPatterns`).
 *
 * On a vendor's own marketing and docs host the pattern covers the whole host, so that in-page (SPA)
 * navigation into the product's section is seen; the content script then stays silent on pages that are not a
 * product's. On hosts shared by many unrelated projects (code forges, package registries, clouds) and on the
 * apps where people work with their own data (ChatGPT, the API console), it is scoped to the product's paths,
 * so PSF Lens is not even loaded on anyone else's pages, up to `PATHS_PER_HOST` patterns a host: past that (a
 * dataset of thousands of products, most with a GitHub repository) the host gets one pattern for the whole host and
 * the content script's own path check decides, silent on every other page as on a vendor's host. Chromium's start
 * grows faster than the number of patterns (about 5 s with 2,000 more, 28 s with 5,000 more, measured with
 * `npm run bench`'s browser), so their count must not grow with the rules of a host.
 */
import type { ExcludeRule, Product } from './model.ts';
import { bareHost } from './url.ts';

/** Hosts (or suffixes after a dot) shared by unrelated projects, or apps holding the user's own work. */
export const SHARED_HOSTS = [
  'chatgpt.com',
  'claude.ai',
  'platform.openai.com',
  'console.anthropic.com',
  'gemini.google.com',
  'github.com',
  'github.io',
  'gitlab.com',
  'pypi.org',
  'pkg.go.dev',
  'npmjs.com',
  'nuget.org',
  'huggingface.co',
  'aws.amazon.com',
  'learn.microsoft.com',
  'devblogs.microsoft.com',
  'cloud.google.com',
  'medium.com',
] as const;

/**
 * More patterns than this in a manifest and it asks for every https site instead. Chromium's start grows by about
 * 2 ms a pattern (1.1 s with the 201 patterns of 17 products, 2.6 s with 1,200, 5 s with 2,200; a manifest of
 * 10,000 products' 31,061 patterns did not start within 120 s), and it parses the manifest's patterns on every
 * start. Twice today's count keeps the start within a fifth of today's while the dataset grows.
 */
export const MANIFEST_PATTERN_LIMIT = 400;

/** Every https page: what a manifest asks for past `MANIFEST_PATTERN_LIMIT`. */
export const ALL_SITES = 'https://*/*';

/**
 * The manifest's content-script patterns and host permissions: each product's, or, past the limit, every https
 * site. Then the content script runs on every page but does there what it does on a vendor's page that is not a
 * product's: it reads its host's record from extension storage, finds none and tells no one anything.
 * The browser's install prompt says "all websites", which is the honest cost of covering thousands of vendors.
 */
export function manifestPatterns(products: readonly Pick<Product, 'match'>[]): string[] {
  const patterns = matchPatterns(products);
  return patterns.length > MANIFEST_PATTERN_LIMIT ? [ALL_SITES] : patterns;
}

/**
 * The host permissions for content-script patterns: each host once, whole. Browsers grant a host permission for its
 * origin and ignore the pattern's path, so a pattern scoped to /openai/codex on github.com already granted all of
 * github.com; the manifest now says so, in one pattern a host rather than one a path.
 */
export function hostPermissions(patterns: readonly string[]): string[] {
  // Stryker disable next-line Regex: every pattern starts with https://, and .* runs to its end either way
  return [...new Set(patterns.map((p) => p.replace(/^(https:\/\/[^/]+\/).*$/, '$1*')))].sort();
}

/** More path-scoped patterns than this on one host, and it gets one pattern for the whole host instead. */
export const PATHS_PER_HOST = 64;

/** Shared hosts that serve localized copies under a leading locale segment (/de/bedrock/agents). */
function isLocalizedHost(host: string): boolean {
  return ['aws.amazon.com', 'docs.aws.amazon.com', 'learn.microsoft.com', 'cloud.google.com'].includes(host);
}

export function isSharedHost(host: string): boolean {
  const bare = bareHost(host);
  return SHARED_HOSTS.some((shared) => bare === shared || bare.endsWith(`.${shared}`));
}

/** Shared hosts whose pages are served from `www.` (www.npmjs.com); the other shared hosts are not. */
function servesWww(host: string): boolean {
  return ['npmjs.com', 'nuget.org'].includes(host);
}

/** `www.` is accepted for a registrable two-label host (openai.com), not for a sub-domain (docs.crewai.com). */
function hostVariants(host: string): string[] {
  const bare = bareHost(host);
  const www = bare.split('.').length === 2 && (!isSharedHost(bare) || servesWww(bare));
  return www ? [bare, `www.${bare}`] : [bare];
}

/** PyPI serves every project at `/p/<name>` too (a short link that redirects): the same rule holds there. */
export function withAliases<R extends ExcludeRule>(rules: readonly R[]): R[] {
  return rules.flatMap((rule) =>
    /^(?:test\.)?pypi\.org$/.test(rule.host) && rule.path?.startsWith('/project/')
      ? [rule, { ...rule, path: `/p/${rule.path.slice('/project/'.length)}` }]
      : [rule],
  );
}

export function matchPatterns(products: readonly Pick<Product, 'match'>[]): string[] {
  /** host -> path prefixes, or null for the whole host. */
  const scopes = new Map<string, Set<string> | null>();
  for (const product of products) {
    for (const rule of withAliases(product.match)) {
      // Detection reads `agents.html` and `agents.md` as one page, and a glob's `*` as any run: so does the pattern.
      const path = (rule.path ?? '')
        .replace(/\/+$/, '')
        .replace(/\.(?:html?|mdx?)$/, '')
        .replace(/\*+$/, '');
      for (const host of hostVariants(rule.host)) {
        if (!path || !isSharedHost(host)) scopes.set(host, null);
        else if (scopes.get(host) !== null) scopes.set(host, (scopes.get(host) ?? new Set<string>()).add(path));
      }
    }
  }
  // Stryker disable next-line ArrayDeclaration: an entry without a final `*` is its own prefix's and is dropped below
  const patterns: string[] = [];
  for (const [host, paths] of scopes) {
    if (!paths) {
      patterns.push(`https://${host}/*`);
      continue;
    }
    // Detection ignores case in paths, match patterns do not: /crewAIInc/crewAI is also typed /crewaiinc/crewai.
    const own = [...new Set([...paths].flatMap((p) => [p, p.toLowerCase()]))].flatMap((path) =>
      // A localized copy of the page (/en-us/semantic-kernel) is the same product.
      isLocalizedHost(host) ? [`https://${host}${path}*`, `https://${host}/*${path}*`] : [`https://${host}${path}*`],
    );
    patterns.push(...(own.length > PATHS_PER_HOST ? [`https://${host}/*`] : own));
  }
  // A pattern whose prefix is already another pattern (/langchain-ai/langchain* covers .../langchainjs*) adds nothing.
  // Each pattern looks up its own prefixes in a set: comparing every pattern with every other took minutes at
  // 10,000 products.
  const prefixes = new Set(patterns.map((p) => p.slice(0, -1))); // Every pattern ends in one `*`.
  const covered = (p: string) => {
    // Stryker disable next-line EqualityOperator: no pattern ends in two `*`, so none is a whole other pattern's prefix
    for (let end = 1; end < p.length; end++)
      if (prefixes.has(p.slice(0, end)) && p !== `${p.slice(0, end)}*`) return true;
    return false;
  };
  return patterns.filter((p) => !covered(p)).sort();
}
