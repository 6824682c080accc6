/**
 * Everything the badge's decision reads, from extension storage alone: the parts of this host's record the page's
 * path can reach (rules and badge facts), the badge's words in the user's language, the user's badge setting with
 * the administrator's policy as last mirrored over it, and the sites where the user hid the badge. No message to
 * the background, so a sleeping worker never delays the badge.
 */
import type { BadgeText } from '../shared/badge-text.ts';
import { pageRecord, recordKeys, type HostRecord } from '../shared/rule-store.ts';
import {
  BADGE_TEXT_KEY as TEXT,
  HIDDEN_SITES_KEY as HIDDEN,
  MANAGED_MIRROR_KEY as MANAGED,
  SETTINGS_KEY as SETTINGS,
} from '../shared/storage-keys.ts';

export const storeKeys = (site: string, segments: readonly string[]) => [
  ...recordKeys(site, segments),
  TEXT,
  SETTINGS,
  MANAGED,
  HIDDEN,
];

export interface PageStore {
  /** Undefined until the background has published this host's record. */
  record: HostRecord | undefined;
  /** The badge's words, in the language chosen; undefined until the background has published them. */
  text: BadgeText | undefined;
  showBadge: boolean;
}

const flag = (holder: unknown) => (holder as { badgeEnabled?: unknown } | undefined)?.badgeEnabled;

export function pageStore(site: string, segments: readonly string[], values: Record<string, unknown>): PageStore {
  // A valid managed value wins over the user's; anything but a boolean is ignored, as in the settings rules.
  const managed = flag(values[MANAGED]);
  const user = flag(values[SETTINGS]);
  const enabled = typeof managed === 'boolean' ? managed : user !== false;
  const hidden = values[HIDDEN];
  return {
    record: pageRecord(site, segments, values),
    text: values[TEXT] as BadgeText | undefined,
    showBadge: enabled && !(Array.isArray(hidden) && hidden.includes(site)),
  };
}
