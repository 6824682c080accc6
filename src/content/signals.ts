/** Reads what a page says about itself, for the close calls the URL cannot decide. */
import type { PageSignals } from '../core/detect.ts';

const META = ['meta[property="og:title"]', 'meta[name="application-name"]'];

/**
 * `withCanonical` is false after in-page navigation: single-page apps often leave the first page's canonical
 * link in place for a while, and following it would rate the new page as the old one.
 */
export function readSignals(doc: Document, withCanonical: boolean): PageSignals {
  const canonical = withCanonical ? doc.querySelector<HTMLLinkElement>('link[rel~="canonical"]')?.href : undefined;
  const meta = META.map((selector) => doc.querySelector<HTMLMetaElement>(selector)?.content ?? '');
  return { title: doc.title, ...(canonical ? { canonical } : {}), meta };
}
