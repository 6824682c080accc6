/** URL helpers shared by detection and by the manifest's match patterns. Pure. */

export interface PageUrl {
  /** Lower-case host without a trailing dot and without a leading `www.`. */
  host: string;
  /** Lower-case, decoded, non-empty path segments. */
  segments: string[];
}

/** A leading path segment such as `en`, `ja-JP`, `en-us` or `zh-Hant`: a localized copy of the same page. */
const LOCALE_SEGMENT = /^[a-z]{2}(?:[-_][a-z0-9]{2,4})?$/i;

export function bareHost(host: string): string {
  const lower = host.toLowerCase().replace(/\.$/, '');
  return lower.startsWith('www.') ? lower.slice(4) : lower;
}

export function pathSegments(path: string): string[] {
  const out: string[] = [];
  for (const raw of path.split('/')) {
    if (!raw) continue;
    let segment = raw;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      // A malformed escape is kept as written: it can still match a rule spelled the same way.
    }
    out.push(segment.toLowerCase());
  }
  return out;
}

/** Parses an http(s) URL into what detection needs, or returns null for anything else. */
export function parsePageUrl(input: string): PageUrl | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (!url.hostname) return null;
  return { host: bareHost(url.hostname), segments: pathSegments(url.pathname) };
}

export function isLocaleSegment(segment: string): boolean {
  return LOCALE_SEGMENT.test(segment);
}

export { isHttpsUrl } from './https-url.ts';
