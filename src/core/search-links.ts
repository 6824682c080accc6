/**
 * Search result marks (opt-in): which search engines' result pages PSF Lens may mark, where a result link really
 * leads (engines wrap their links in redirects), and which rated products that address is about, decided by the
 * detection engine itself. Pure: the content script hands in the links and the host's published rules.
 */
import { detectAll, hostIndex } from './detect.ts';
import type { HostRules } from './host-rules.ts';
import { bareHost, parsePageUrl } from './url.ts';

interface SearchEngine {
  hosts: readonly string[];
  /** Where the engine shows results: the marking script runs on these addresses only. */
  resultPaths: readonly string[];
}

/** The engines whose results PSF Lens may mark, built when asked (only when the setting is read or changed). */
function searchEngines(): SearchEngine[] {
  // Google's hosts for the languages PSF Lens speaks (English, German, French) and their main markets.
  const google = ['com', 'co.uk', 'ca', 'de', 'at', 'ch', 'fr', 'be'].map((tld) => `www.google.${tld}`);
  return [
    { hosts: google, resultPaths: ['/search?'] },
    { hosts: ['www.bing.com'], resultPaths: ['/search?'] },
    // DuckDuckGo shows results at /?q=… (rendered by script), and without script at html.duckduckgo.com/html/.
    { hosts: ['duckduckgo.com'], resultPaths: ['/?'] },
    { hosts: ['html.duckduckgo.com'], resultPaths: ['/html'] },
  ];
}

/** The optional host permissions the setting asks for (a host permission's path means nothing to browsers). */
export function searchOrigins(): string[] {
  return searchEngines().flatMap((engine) => engine.hosts.map((host) => `https://${host}/*`));
}

/** The match patterns of the marking script: result pages only, never an engine's other pages (mail, maps). */
export function searchResultPatterns(): string[] {
  return searchEngines().flatMap((engine) =>
    engine.hosts.flatMap((host) => engine.resultPaths.map((path) => `https://${host}${path}*`)),
  );
}

function isGoogle(host: string): boolean {
  return /^google\.(?:[a-z]{2,3}|co\.[a-z]{2}|com\.[a-z]{2})$/.test(host);
}

/** Bing's `u` parameter: "a1" and the address in unpadded base64url (atob needs no padding). */
function bingTarget(value: string | null): string | null {
  if (!value?.startsWith('a1')) return null;
  const base64 = value.slice(2).replace(/-/g, '+').replace(/_/g, '/');
  try {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The address a search engine's redirect link leads to, or null when the link is not one of theirs. */
function unwrap(url: URL): string | null {
  const host = bareHost(url.hostname);
  if (isGoogle(host) && url.pathname === '/url') return url.searchParams.get('q') ?? url.searchParams.get('url');
  if (host === 'bing.com' && url.pathname === '/ck/a') return bingTarget(url.searchParams.get('u'));
  if ((host === 'duckduckgo.com' || host.endsWith('.duckduckgo.com')) && url.pathname === '/l/')
    return url.searchParams.get('uddg');
  return null;
}

/**
 * Where a result link leads: its own address, or the one inside an engine's redirect (google.com/url?q=,
 * bing.com/ck/a?u=a1<base64url>, duckduckgo.com/l/?uddg=), three wrappers deep at most. Null for anything that is not
 * an http(s) address in the end (javascript:, a broken wrapper).
 */
export function resultTarget(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href);
    for (let depth = 0; depth < 3; depth++) {
      const inner = unwrap(url);
      if (inner === null) break;
      url = new URL(inner);
    }
  } catch {
    return null;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
}

/**
 * The rated products a result's address is about, best first, by the detection engine over the record published
 * for the address's host. The result's title stands for the page's title, which is what engines show (the engine
 * reads it only where a vendor's own host leaves a choice).
 */
export function ratedProductsAt(rules: HostRules | undefined, target: string, title: string): string[] {
  const page = parsePageUrl(target);
  if (!page) return [];
  const found = detectAll(hostIndex(page.host, rules), target, () => ({ title }));
  return Array.isArray(found) ? found.map((match) => match.productId) : [];
}
