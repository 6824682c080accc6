/** How old the PSF data is and where it comes from, in one line for every page that shows ratings. */
import { t } from './i18n.ts';
import type { DatasetInfo } from './messages.ts';

/** "5 minutes ago", "vor 3 Stunden", "il y a 2 jours": the language's own words for a time past. */
function ago(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 2) return t('data_justNow');
  const relative = new Intl.RelativeTimeFormat(t.locale);
  if (minutes < 120) return relative.format(-minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 48) return relative.format(-hours, 'hour');
  return relative.format(-Math.round(hours / 24), 'day');
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
    return t('data_feed', { date: info.published, ago: ago(now - info.loadedAt), host });
  }
  return t('data_bundled', { date: info.published });
}

/** The data line with the dataset's version, or what the page says before the data has loaded. */
export function versionLine(info: (Parameters<typeof dataLine>[0] & { version: string }) | null): string {
  return info ? t('data_version', { line: dataLine(info), version: info.version }) : t('data_none');
}
