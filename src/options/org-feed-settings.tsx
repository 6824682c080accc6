/**
 * The organisation's team feed on #/settings: the address and key of a signed dataset of the organisation's own
 * assessments (published with `psf-lens sign` and its own key pair), and how the last check went.
 */
import { useState } from 'preact/hooks';
import type { SettingsView } from '../shared/messages.ts';
import type { Settings } from '../shared/settings.ts';

const when = (ms: number | null) => (ms ? new Date(ms).toLocaleString() : 'never');

export function OrgFeedSettings({
  view,
  busy,
  save,
}: {
  view: SettingsView;
  busy: boolean;
  save(patch: Partial<Settings>): void;
}) {
  const [url, setUrl] = useState(view.settings.orgFeedUrl);
  const [key, setKey] = useState(view.settings.orgFeedPublicKey);
  const locked = (field: keyof Settings) => view.managed.includes(field);
  const outcome = view.orgFeed.lastOutcome;
  const bad = outcome?.kind === 'refused' || outcome?.kind === 'failed';
  return (
    <form
      class="org-feed-settings"
      onSubmit={(event) => {
        event.preventDefault();
        const patch: Partial<Settings> = {};
        if (!locked('orgFeedUrl')) patch.orgFeedUrl = url.trim();
        if (!locked('orgFeedPublicKey')) patch.orgFeedPublicKey = key.trim();
        save(patch);
      }}
    >
      <h2>Your organisation's feed</h2>
      <p class="note">
        Optional. Your team publishes its own assessments as a signed dataset file (with its own key, not the PSF
        feed's); PSF Lens checks it on the same schedule and by the same rules, so everyone sees one organisation view.
        Where it differs from an assessment written in this browser, both are shown and nothing is overwritten.
      </p>
      <label>
        Organisation feed URL {locked('orgFeedUrl') && <span class="managed">Managed by your organisation</span>}
        <input
          type="url"
          value={url}
          disabled={locked('orgFeedUrl')}
          placeholder="https://…/org-assessments.json"
          onInput={(e) => setUrl(e.currentTarget.value)}
        />
      </label>
      <label>
        Organisation feed public key (base64 Ed25519){' '}
        {locked('orgFeedPublicKey') && <span class="managed">Managed by your organisation</span>}
        <input
          value={key}
          disabled={locked('orgFeedPublicKey')}
          spellcheck={false}
          onInput={(e) => setKey(e.currentTarget.value)}
        />
      </label>
      <p class="meta">
        Last check: {when(view.orgFeed.lastAttempt)} · last success: {when(view.orgFeed.lastSuccess)}
      </p>
      {outcome && (
        <p class={bad ? 'error' : 'note'} role={bad ? 'alert' : undefined}>
          Last result: {outcome.message}
        </p>
      )}
      <button type="submit" disabled={busy}>
        Save the organisation feed
      </button>
    </form>
  );
}
