/** How old the PSF data is and where it comes from, in one line for every page that shows ratings. */
import type { DatasetInfo } from './messages.ts';

function ago(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 2) return 'just now';
  if (minutes < 120) return `${minutes} minutes ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} hours ago`;
  return `${Math.round(hours / 24)} days ago`;
}

export function dataLine(
  info: Pick<DatasetInfo, 'published' | 'source' | 'feedUrl' | 'loadedAt'>,
  now = Date.now(),
): string {
  if (info.source === 'feed' && info.feedUrl) {
    let host = info.feedUrl;
    try {
      host = new URL(info.feedUrl).host;
    } catch {
      // Shown as written.
    }
    return `PSF data of ${info.published}, updated ${ago(now - info.loadedAt)} from ${host}`;
  }
  return `PSF data of ${info.published}, bundled`;
}
