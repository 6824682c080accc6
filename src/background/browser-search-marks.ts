/** Search result marks over the real browser: the user's setting, the granted hosts, the built script's file. */
import browser from 'webextension-polyfill';
import { searchOrigins } from '../core/search-links.ts';
import { SEARCH_SCRIPT_FILE } from '../shared/script-files.ts';
import type { Registrations } from './registration.ts';
import { searchMarks } from './search-marks.ts';
import type { SettingsDeps } from './types.ts';

export function browserSearchMarks(settings: SettingsDeps, registrations: Registrations) {
  return searchMarks({
    wanted: async () => (await settings.readUser()).searchMarks,
    hasAccess: () => browser.permissions.contains({ origins: searchOrigins() }),
    registrations,
    file: SEARCH_SCRIPT_FILE,
  });
}
