/**
 * Reads what a page says about itself, for the close calls the URL leaves on a vendor's own host. The canonical
 * link is not read: detection never follows it (single-page apps leave a stale one behind).
 */
import type { PageSignals } from '../core/detect.ts';

const META = ['meta[property="og:title"]', 'meta[name="application-name"]'];
/**
 * A page's words are read this far only: a product's name sits at the start of a real title, and a page with a
 * title of a megabyte must not cost PSF Lens a search through all of it (on the page's own main thread).
 */
export const SIGNAL_CHARS = 300;

export function readSignals(doc: Document): PageSignals {
  const meta = META.map(
    (selector) => doc.querySelector<HTMLMetaElement>(selector)?.content.slice(0, SIGNAL_CHARS) ?? '',
  );
  return { title: doc.title.slice(0, SIGNAL_CHARS), meta };
}
