/** #/settings: where the data comes from, how current it is, the feed, and the badge. Managed values are locked. */
import { useEffect, useState } from 'preact/hooks';
import { versionLine } from '../shared/data-line.ts';
import { t } from '../shared/i18n.ts';
import type { DatasetInfo, SettingsView } from '../shared/messages.ts';
import type { Settings } from '../shared/settings.ts';
import type { WorkspaceApi } from './api.ts';
import { StateBox } from './layout.tsx';
import { SearchMarksSetting } from './search-marks-setting.tsx';
import { LanguageSetting } from './language-setting.tsx';
import { errorText } from '../shared/error-text.ts';
import { useLoad } from '../ui/use-load.ts';
import { OrgFeedSettings } from './org-feed-settings.tsx';
import { useTitle } from './library-data.ts';
import { rich } from '../ui/rich.tsx';
import { bundleText } from './feed-text.tsx';
import { LastResult, Managed, when } from './settings-parts.tsx';
import { useSettingProblems, type FeedField } from './settings-problems.ts';
import { PsfFeedForm } from './psf-feed-form.tsx';
import { useFocusKept } from './use-focus-kept.ts';

/** Where an action's outcome is said: beside the control that started it. */
type Place = 'update' | 'feed' | 'org' | 'badge' | 'language';

export function SettingsPage({
  api,
  onDataChanged,
  shown,
}: {
  api: WorkspaceApi;
  onDataChanged(): void;
  /** The dataset the workspace's frame shows (null: none), when its library has loaded. */
  shown?: DatasetInfo | null;
}) {
  // Stryker disable next-line ObjectLiteral,StringLiteral: the form shows only once fillForm has replaced these.
  const [draft, setDraft] = useState({ feedUrl: '', feedPublicKey: '', updateIntervalHours: '24' });
  const [busy, setBusy] = useState(false);
  useFocusKept(busy);
  // Said beside the control it is about (`at`): a message at the page's foot was below the window's fold.
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string; at: Place } | null>(null);
  const feedForm = useSettingProblems();

  // The form starts from what is saved, again after every save.
  const fillForm = ({ settings: saved }: SettingsView) =>
    setDraft({
      feedUrl: saved.feedUrl,
      feedPublicKey: saved.feedPublicKey,
      updateIntervalHours: String(saved.updateIntervalHours),
    });
  const settings = useLoad(async () => {
    const view = await api.settings();
    fillForm(view);
    return view;
  }, [api]);
  const load = settings.state;
  useTitle(t('settings_title'));
  // A dataset installed while the workspace was open (a feed's scheduled check) is news to the frame, which would
  // go on naming the one before it above this page's newer data line: the workspace loads its data again.
  const read = load.kind === 'ready' ? load.value.dataset : null;
  useEffect(() => {
    if (read && shown !== undefined && (!shown || read.loadedAt > shown.loadedAt)) onDataChanged();
  }, [read?.loadedAt]);

  if (load.kind === 'loading') return <StateBox role="status" title={t('settings_loading')} />;
  if (load.kind === 'error')
    return (
      <StateBox role="alert" title={t('settings_loadError')}>
        <p>{load.message}</p>
      </StateBox>
    );
  const view = load.value;
  /** The outcome of the last action, where that action's control is. */
  const said = (at: Place) =>
    message?.at === at && (
      <p class={message.kind === 'error' ? 'error' : 'note'} role={message.kind === 'error' ? 'alert' : 'status'}>
        {message.text}
      </p>
    );

  /**
   * `done` says what happened, or nothing where the page already shows it (the feed's last result); `meanwhile`,
   * what is going on while the work runs, for work that can take a while (a feed may take 20 s to answer).
   */
  const act = async (
    at: Place,
    work: () => Promise<SettingsView>,
    done: (v: SettingsView) => string,
    meanwhile = '',
  ) => {
    setBusy(true);
    // Stryker disable next-line StringLiteral: any kind but 'error' shows as a status.
    setMessage(meanwhile ? { kind: 'ok', text: meanwhile, at } : null);
    try {
      const next = await work();
      settings.set(next);
      fillForm(next);
      const text = done(next);
      // Stryker disable next-line StringLiteral: any kind but 'error' shows as a status.
      setMessage(text ? { kind: 'ok', text, at } : null);
    } catch (error) {
      setMessage({ kind: 'error', text: errorText(error), at });
    } finally {
      setBusy(false);
    }
  };
  const save = (at: Place, patch: Partial<Settings>) =>
    act(
      at,
      () => api.saveSettings(patch),
      () => t('settings_saved'),
    );
  const updateNow = () =>
    act(
      'update',
      api.updateNow,
      (next) => {
        if (next.feed.lastOutcome?.kind === 'updated' || next.orgFeed.lastOutcome?.kind === 'updated') onDataChanged();
        return '';
      },
      t('settings_checking'),
    );
  const feedPatch = (): Partial<Settings> => {
    const patch: Partial<Settings> = {};
    // Stryker disable next-line MethodExpression: a url input's value has no spaces around it (HTML strips them).
    if (!view.managed.includes('feedUrl')) patch.feedUrl = draft.feedUrl.trim();
    if (!view.managed.includes('feedPublicKey')) patch.feedPublicKey = draft.feedPublicKey.trim();
    if (!view.managed.includes('updateIntervalHours')) patch.updateIntervalHours = Number(draft.updateIntervalHours);
    return patch;
  };
  /** The values typed in the fields that are not locked, as `feedPatch` will save them. */
  const feedTyped = () =>
    Object.fromEntries(
      (['feedUrl', 'feedPublicKey', 'updateIntervalHours'] as const)
        .filter((field) => !view.managed.includes(field))
        .map((field) => [field, draft[field].trim()]),
    ) as Partial<Record<FeedField, string>>;
  const outcome = view.feed.lastOutcome;
  const hasFeed = Boolean(view.settings.feedUrl || view.settings.orgFeedUrl);

  return (
    <section class="settings" aria-labelledby="settings-title">
      <h1 id="settings-title" tabIndex={-1}>
        {t('settings_title')}
      </h1>
      <h2>{t('settings_data')}</h2>
      <p>{view.dataset ? versionLine(view.dataset) : t('settings_noDataset')}</p>
      <p class="meta">
        {t('settings_feedTimes', {
          last: when(view.feed.lastAttempt),
          success: when(view.feed.lastSuccess),
          next: when(view.feed.nextAttempt),
        })}
      </p>
      {outcome && (
        <p
          class={outcome.kind === 'refused' || outcome.kind === 'failed' ? 'error' : 'note'}
          role={outcome.kind === 'refused' || outcome.kind === 'failed' ? 'alert' : 'status'}
        >
          <LastResult outcome={outcome} />
        </p>
      )}
      {view.bundle && (
        <p class="error" role="alert">
          {bundleText(view.bundle)}
        </p>
      )}
      <button
        type="button"
        disabled={busy || !hasFeed}
        aria-describedby={hasFeed ? undefined : 'update-now-why'}
        onClick={() => void updateNow()}
      >
        {t('settings_updateNow')}
      </button>
      {said('update')}
      {!hasFeed && (
        <p id="update-now-why" class="note">
          {t('settings_updateNowWhy')}
        </p>
      )}
      {view.ignored.length > 0 && (
        // Each ignored value with the settings rule's own words, English: said so.
        <p class="error">{rich(t('settings_ignored'), { list: <span lang="en">{view.ignored.join('; ')}</span> })}</p>
      )}

      <PsfFeedForm
        view={view}
        draft={draft}
        onInput={(field, value) => setDraft({ ...draft, [field]: value })}
        form={feedForm.form}
        problems={feedForm.problems}
        canSave={Object.keys(feedTyped()).length > 0}
        busy={busy}
        onSave={() => {
          if (feedForm.check(feedTyped(), view.settings)) void save('feed', feedPatch());
          else setMessage(null);
        }}
        note={said('feed')}
      />
      <OrgFeedSettings
        view={view}
        busy={busy}
        save={(patch) => void save('org', patch)}
        note={said('org')}
        refused={() => setMessage(null)}
      />

      <h2>{t('settings_vendorPages')}</h2>
      <label class="toggle">
        <input
          type="checkbox"
          checked={view.settings.badgeEnabled}
          disabled={busy || view.managed.includes('badgeEnabled')}
          onChange={(e) => void save('badge', { badgeEnabled: e.currentTarget.checked })}
        />
        {t('settings_badge')} <Managed view={view} field="badgeEnabled" />
      </label>
      {said('badge')}
      <SearchMarksSetting api={api} view={view} onSaved={settings.set} />
      <LanguageSetting
        view={view}
        busy={busy}
        browserLanguage={navigator.language}
        save={(language) =>
          void act(
            'language',
            () => api.saveSettings({ language }),
            () => {
              // Every word of the page changes: load it again in the new language.
              location.reload();
              return '';
            },
          )
        }
      />
      {said('language')}
    </section>
  );
}
