/** The settings page's handlers: read and save the user's settings, and fetch the feed on demand. */
import * as v from 'valibot';
import type { FeedStatus } from '../shared/feed-status.ts';
import type { SettingsView } from '../shared/messages.ts';
import { SettingsPatchSchema, type Settings } from '../shared/settings.ts';
import { readMeta } from './db.ts';
import type { Deps, Handlers } from './handlers.ts';

export interface SettingsDeps {
  /**
   * The effective settings: the user's, with the administrator's managed values over them. `wait: false` is for
   * the page-load path: it may answer with the policy as last seen rather than wait for the browser's policy service.
   */
  read(options?: { wait?: boolean }): Promise<{ settings: Settings; managed: (keyof Settings)[]; ignored: string[] }>;
  /** Organisation datasets an administrator set by policy, as JSON text (already checked), with their names. */
  managedDatasets(options?: { wait?: boolean }): Promise<{ name: string; json: string }[]>;
  /** The user's own settings (managed values are not stored). */
  readUser(): Promise<Settings>;
  writeUser(settings: Settings): Promise<void>;
  feed: { run(): Promise<FeedStatus>; status(): Promise<FeedStatus>; reschedule(): Promise<void> };
}

type SettingsHandlers = Pick<Handlers, 'settings' | 'save-settings' | 'update-now'>;

export function settingsHandlers(deps: Deps): SettingsHandlers {
  async function view(feed?: FeedStatus): Promise<SettingsView> {
    const [effective, status, meta] = await Promise.all([
      deps.settings.read(),
      feed ?? deps.settings.feed.status(),
      deps.db().then(readMeta),
    ]);
    const dataset = meta ? (({ key: _key, domains: _domains, ...info }) => info)(meta) : null;
    return { kind: 'settings', ...effective, feed: status, dataset };
  }

  return {
    settings: () => view(),

    async 'save-settings'(request) {
      const patch = v.parse(SettingsPatchSchema, request.patch) as Partial<Settings>;
      const { managed } = await deps.settings.read();
      const locked = Object.keys(patch).filter((key) => managed.includes(key as keyof Settings));
      if (locked.length) throw new Error(`managed by your administrator: ${locked.join(', ')}`);
      const user = await deps.settings.readUser();
      await deps.settings.writeUser({ ...user, ...patch });
      await deps.settings.feed.reschedule();
      return view();
    },

    async 'update-now'() {
      return view(await deps.settings.feed.run());
    },
  };
}
