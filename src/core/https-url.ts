/**
 * Kept apart from url.ts: the popup needs this one check, and a module of its own keeps the rest of the URL
 * helpers (detection's) out of the popup's bundle.
 */

/** True for an absolute `https:` URL: the only kind of link PSF Lens follows. */
export function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}
