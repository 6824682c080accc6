/**
 * Kept apart from url.ts: the popup needs this one check, and a module of its own keeps the rest of the URL
 * helpers (detection's) out of the popup's bundle.
 */

import { noInvisible } from './invisible.ts';

/**
 * True for an absolute `https:` URL that shows what it opens: the only kind of link PSF Lens follows. A user name
 * or password (`https://vendor.example@evil.example/`) or an invisible character (a right-to-left override) can
 * make a link read as one host and open another.
 */
export function isHttpsUrl(value: string): boolean {
  if (!noInvisible().test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && !url.username && !url.password;
  } catch {
    return false;
  }
}
