/**
 * The organisation's team feed on #/settings: the address and key of a signed dataset of the organisation's own
 * assessments (published with `psf-lens sign` and its own key pair), and how the last check went.
 */
import type { ComponentChild } from 'preact';
import { useState } from 'preact/hooks';
import type { SettingsView } from '../shared/messages.ts';
import type { Settings } from '../shared/settings.ts';
import { t } from '../shared/i18n.ts';
import { FieldProblem, LastResult, Managed, when } from './settings-parts.tsx';
import { problemAttrs, useSettingProblems } from './settings-problems.ts';

export function OrgFeedSettings({
  view,
  busy,
  save,
  note,
  refused,
}: {
  view: SettingsView;
  busy: boolean;
  save(patch: Partial<Settings>): void;
  /** What the last save of this form ended in, said after its button. */
  note?: ComponentChild;
  /** Called when the form's own check keeps a save from starting: the last save's outcome no longer stands. */
  refused?(): void;
}) {
  const [url, setUrl] = useState(view.settings.orgFeedUrl);
  const [key, setKey] = useState(view.settings.orgFeedPublicKey);
  const locked = (field: keyof Settings) => view.managed.includes(field);
  const checked = useSettingProblems();
  const outcome = view.orgFeed.lastOutcome;
  const bad = outcome?.kind === 'refused' || outcome?.kind === 'failed';
  return (
    <form
      class="org-feed-settings"
      ref={checked.form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const patch: Partial<Settings> = {};
        // Stryker disable next-line MethodExpression: a url input's value has no spaces around it (HTML strips them).
        if (!locked('orgFeedUrl')) patch.orgFeedUrl = url.trim();
        if (!locked('orgFeedPublicKey')) patch.orgFeedPublicKey = key.trim();
        if (checked.check(patch as Partial<Record<'orgFeedUrl' | 'orgFeedPublicKey', string>>, view.settings))
          save(patch);
        else refused?.();
      }}
    >
      <h2>{t('settings_orgFeed')}</h2>
      <p class="note">{t('settings_orgFeedNote')}</p>
      <label>
        {t('settings_orgFeedUrl')} <Managed view={view} field="orgFeedUrl" />
        <input
          type="url"
          value={url}
          disabled={locked('orgFeedUrl')}
          placeholder={t('settings_orgFeedUrlPlaceholder')}
          {...problemAttrs(checked.problems, 'orgFeedUrl')}
          onInput={(e) => setUrl(e.currentTarget.value)}
        />
      </label>
      <FieldProblem problems={checked.problems} field="orgFeedUrl" />
      <label>
        {t('settings_orgFeedKey')} <Managed view={view} field="orgFeedPublicKey" />
        <input
          value={key}
          disabled={locked('orgFeedPublicKey')}
          spellcheck={false}
          {...problemAttrs(checked.problems, 'orgFeedPublicKey')}
          onInput={(e) => setKey(e.currentTarget.value)}
        />
      </label>
      <FieldProblem problems={checked.problems} field="orgFeedPublicKey" />
      <p class="meta">
        {t('settings_orgFeedTimes', { last: when(view.orgFeed.lastAttempt), success: when(view.orgFeed.lastSuccess) })}
      </p>
      {outcome && (
        <p class={bad ? 'error' : 'note'} role={bad ? 'alert' : 'status'}>
          <LastResult outcome={outcome} />
        </p>
      )}
      {/* Both fields set by policy: nothing to save. */}
      {!(locked('orgFeedUrl') && locked('orgFeedPublicKey')) && (
        <button type="submit" disabled={busy}>
          {t('settings_saveOrgFeed')}
        </button>
      )}
      {note}
    </form>
  );
}
