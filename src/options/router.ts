/**
 * The workspace's deep links, all in the hash so a bookmark or a link from the popup opens the right page:
 * `#/library[?q=..]`, `#/product/<id>`, `#/compare?products=<id>,<id>`, `#/checklist/<id>[?action=<id>]`. Anything else is
 * the library.
 */
import { useEffect, useState } from 'preact/hooks';
import { EMPTY_QUERY, parseQuery, queryString, type LibraryQuery } from './library-query.ts';

export type Route =
  | { kind: 'library'; query: LibraryQuery }
  | { kind: 'product'; productId: string }
  | { kind: 'compare'; productIds: string[] }
  /** `actionId`: the item to focus, for a link to one action (`#/checklist/<id>?action=<action id>`). */
  | { kind: 'checklist'; productId: string; actionId?: string }
  | { kind: 'settings' }
  /** Opened once, when PSF Lens is installed. */
  | { kind: 'welcome' }
  | { kind: 'organisation' }
  /** A new assessment (`from` a rated product, or for a `site`), or one being edited (`recordId`). */
  | { kind: 'org-edit'; recordId: string | null; from?: string; site?: string }
  | { kind: 'questionnaire'; productId: string; basis?: 'pai' | 'organisation' };

export const LIBRARY: Route = { kind: 'library', query: EMPTY_QUERY };

/** The path's segments decoded, or null where one is not valid percent-encoding. */
function segmentsOf(path: string): string[] | null {
  try {
    return path
      .split('/')
      .filter(Boolean)
      .map((segment) => decodeURIComponent(segment));
  } catch {
    return null;
  }
}

/** `hash` is the location's: empty, or `#` and what follows. */
export function parseHash(hash: string): Route {
  const body = hash.slice(1);
  const cut = body.includes('?') ? body.indexOf('?') : body.length;
  const path = body.slice(0, cut);
  const params = new URLSearchParams(body.slice(cut + 1));
  const segments = segmentsOf(path);
  // A link whose path cannot be read opens the library, as any other unknown link does.
  if (segments === null) return LIBRARY;
  const [page, id, ...rest] = segments;
  if (page === 'product' && id && rest.length === 0) return { kind: page, productId: id };
  if (page === 'checklist' && id && rest.length === 0) {
    const actionId = params.get('action');
    return actionId ? { kind: page, productId: id, actionId } : { kind: page, productId: id };
  }
  if (page === 'settings' && segments.length === 1) return { kind: 'settings' };
  if (page === 'welcome' && segments.length === 1) return { kind: 'welcome' };
  if (page === 'organisation' && segments.length === 1) return { kind: 'organisation' };
  if (page === 'organisation' && id === 'new' && rest.length === 0) {
    const from = params.get('from');
    const site = params.get('site');
    return { kind: 'org-edit', recordId: null, ...(from ? { from } : {}), ...(site ? { site } : {}) };
  }
  if (page === 'organisation' && id === 'edit' && rest.length === 1 && rest[0])
    return { kind: 'org-edit', recordId: rest[0] };
  if (page === 'questionnaire' && id && rest.length === 0) {
    const basis = params.get('basis');
    return { kind: 'questionnaire', productId: id, ...(basis === 'pai' || basis === 'organisation' ? { basis } : {}) };
  }
  if (page === 'compare' && segments.length === 1) {
    const ids = (params.get('products') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    return { kind: 'compare', productIds: [...new Set(ids)] };
  }
  return { kind: 'library', query: page === 'library' ? parseQuery(params) : EMPTY_QUERY };
}

export function hrefFor(route: Route): string {
  switch (route.kind) {
    case 'library': {
      const query = queryString(route.query);
      return query ? `#/library?${query}` : '#/library';
    }
    case 'product':
      return `#/product/${encodeURIComponent(route.productId)}`;
    case 'checklist': {
      const base = `#/checklist/${encodeURIComponent(route.productId)}`;
      return route.actionId ? `${base}?action=${encodeURIComponent(route.actionId)}` : base;
    }
    case 'compare':
      return `#/compare?products=${route.productIds.map(encodeURIComponent).join(',')}`;
    case 'settings':
      return '#/settings';
    case 'welcome':
      return '#/welcome';
    case 'organisation':
      return '#/organisation';
    case 'org-edit': {
      if (route.recordId) return `#/organisation/edit/${encodeURIComponent(route.recordId)}`;
      const params = new URLSearchParams();
      if (route.from) params.set('from', route.from);
      if (route.site) params.set('site', route.site);
      const query = params.toString();
      return query ? `#/organisation/new?${query}` : '#/organisation/new';
    }
    case 'questionnaire':
      return `#/questionnaire/${encodeURIComponent(route.productId)}${route.basis ? `?basis=${route.basis}` : ''}`;
  }
}

export interface HashRouter {
  route: Route;
  /** A new history entry: the back button returns to the page before. */
  navigate(route: Route): void;
  /** The same history entry, for state such as filters that should not fill the back button. */
  replace(route: Route): void;
}

/** A new history entry, as a followed link makes: the hashchange that follows shows the page. */
function navigate(next: Route): void {
  location.hash = hrefFor(next);
}

export function useHashRoute(): HashRouter {
  const [route, setRoute] = useState<Route>(() => parseHash(location.hash));
  useEffect(
    () => {
      const onChange = () => setRoute(parseHash(location.hash));
      window.addEventListener('hashchange', onChange);
      // The hash may have changed between the first render and this listener.
      onChange();
      return () => window.removeEventListener('hashchange', onChange);
    },
    // Stryker disable next-line ArrayDeclaration: a list that never changes, whatever it holds, runs the effect once
    [],
  );
  function replace(next: Route): void {
    // Stryker disable next-line StringLiteral: browsers ignore the title argument
    history.replaceState(history.state, '', hrefFor(next));
    setRoute(next);
  }
  return { route, navigate, replace };
}
