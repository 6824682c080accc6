/** Reads what a page says about itself, for the close calls the URL cannot decide. */
import type { PageSignals } from '../core/detect.ts';

const META = ['og:title', 'application-name'];

export function readSignals(doc: Document): PageSignals {
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel~="canonical"]')?.href;
  const meta: string[] = [];
  for (const key of META) {
    const content = doc.querySelector<HTMLMetaElement>(`meta[property="${key}"],meta[name="${key}"]`)?.content;
    if (content) meta.push(content);
  }
  return { title: doc.title, ...(canonical ? { canonical } : {}), meta };
}
