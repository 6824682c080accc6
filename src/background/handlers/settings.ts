/** The settings page's handlers: read and save the user's settings, and fetch the feed on demand. */
import * as v from 'valibot';
import type { FeedStatus } from '../../shared/feed-status.ts';
import type { SettingsView } from '../../shared/messages.ts';
import { SettingsPatchSchema, type Settings } from '../../shared/settings.ts';
import { userError } from '../../shared/user-error.ts';
import { readMeta } from '../db.ts';
import type { Deps, Handlers } from '../types.ts';

type SettingsHandlers = Pick<Handlers, 'settings' | 'save-settings' | 'update-now'>;

export function settingsHandlers(deps: Deps): SettingsHandlers {
  async function view(feed?: FeedStatus, org?: FeedStatus): Promise<SettingsView> {
    const [effective, status, orgFeed, meta, bundle] = await Promise.all([
      deps.settings.read(),
      feed ?? deps.settings.feed.status(),
      org ?? deps.settings.orgFeed.status(),
      deps.db().then(readMeta),
      deps.dataset.bundleProblem(),
    ]);
    const dataset = meta ? (({ key: _key, domains: _domains, ...info }) => info)(meta) : null;
    return { kind: 'settings', ...effective, feed: status, orgFeed, dataset, ...(bundle ? { bundle } : {}) };
  }

  return {
    settings: () => view(),

    async 'save-settings'(request) {
      const patch = v.parse(SettingsPatchSchema, request.patch) as Partial<Settings>;
      const { managed } = await deps.settings.read();
      const locked = Object.keys(patch).filter((key) => managed.includes(key as keyof Settings));
      // A policy that came after the page showed the value free: said on the page in its reader's language.
      if (locked.length) throw userError({ code: 'managed' });
      const user = await deps.settings.readUser();
      await deps.settings.writeUser({ ...user, ...patch });
      if ('searchMarks' in patch) await deps.searchMarks?.reconcile();
      await Promise.all([deps.settings.feed.reschedule(), deps.settings.orgFeed.reschedule()]);
      return view();
    },

    async 'update-now'() {
      const [feed, org] = await Promise.all([deps.settings.feed.run(), deps.settings.orgFeed.run()]);
      return view(feed, org);
    },
  };
}
