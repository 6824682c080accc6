/**
 * URL helpers shared by detection (compile time and in the page) and by the manifest's match patterns. Pure,
 * and small: the content script bundles `parsePageUrl`, `pageSegments` and `isLocaleSegment`.
 */

export interface PageUrl {
  /** Lower-case host without a trailing dot and without a leading `www.`. */
  host: string;
  /** Path segments as detection compares them: see `pageSegments`. */
  segments: string[];
}

// The patterns below are regular expression literals inside the functions that use them: V8 compiles each once
// all the same, and mutation testing sees a change to one in every call rather than only at import.

export function bareHost(host: string): string {
  let lower = host.toLowerCase();
  if (lower.endsWith('.')) lower = lower.slice(0, -1);
  return lower.startsWith('www.') ? lower.slice(4) : lower;
}

/** Lower-case, decoded, non-empty path segments, as written (a rule's own path is read this way too). */
export function pathSegments(path: string): string[] {
  return path
    .toLowerCase()
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      try {
        return decodeURIComponent(segment).toLowerCase();
      } catch {
        return segment; // A malformed escape is kept as written: it can still match a rule spelled the same way.
      }
    });
}

/**
 * The segments detection compares, for a page and for a rule alike: the last segment without a doc ending,
 * and on a package index the names folded (runs of `-`, `_` and `.` read as one `-`).
 */
export function pageSegments(host: string, path: string): string[] {
  const segments = pathSegments(path);
  const last = segments.at(-1);
  // A doc page's other renderings: `agents.html`, `agents.md` and `agents` are one page.
  if (last !== undefined) segments[segments.length - 1] = last.replace(/\.(?:html?|mdx?)$/, '');
  // Names fold on PyPI as PEP 503 says: `Llama_Index`, `llama.index` and `llama-index` are one project.
  return /^(?:test\.)?pypi\.org$/.test(host) ? segments.map((s) => s.replace(/[-_.]+/g, '-')) : segments;
}

/** Parses an http(s) URL into what detection needs, or returns null for anything else. */
export function parsePageUrl(input: string): PageUrl | null {
  let url: URL;
  try {
    url = new URL(input); // The URL parser itself drops leading and trailing spaces.
  } catch {
    return null;
  }
  // An http(s) URL always has a host: the URL parser refuses one without.
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = bareHost(url.hostname);
  return { host, segments: pageSegments(host, url.pathname) };
}

/**
 * A locale path segment: `en`, `de`, `jp`, `ja-JP`, `en_us`, `de_de`, `us_en`, `zh-Hans`, `es-419`. Detection
 * skips one wherever a rule's path does not name it, so `/de_de/bedrock/...` and `/docs/ja/...` are the pages
 * of `/bedrock/...` and `/docs/...`.
 */
export function isLocaleSegment(segment: string): boolean {
  return /^[a-z]{2}([-_]([a-z]{2}|[a-z]{4}|\d{3}))?$/i.test(segment);
}

export { isHttpsUrl } from './https-url.ts';
