/**
 * Reads what a page says about itself, for the close calls the URL leaves on a vendor's own host. The canonical
 * link is not read: detection never follows it (single-page apps leave a stale one behind).
 */
import type { PageSignals } from '../core/detect.ts';

const META = ['meta[property="og:title"]', 'meta[name="application-name"]'];

export function readSignals(doc: Document): PageSignals {
  const meta = META.map((selector) => doc.querySelector<HTMLMetaElement>(selector)?.content ?? '');
  return { title: doc.title, meta };
}
