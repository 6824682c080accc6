/** Watching a product for rating changes, and the history of its ratings that updates brought. */
import { useEffect, useState } from 'preact/hooks';
import { describeChange } from '../core/history.ts';
import { domainName, type Domain } from '../core/model.ts';
import type { WatchView } from '../shared/messages.ts';
import type { WorkspaceApi } from './api.ts';
import { errorText } from '../shared/error-text.ts';

export function WatchPanel({
  api,
  productId,
  productName,
  domains,
}: {
  api: WorkspaceApi;
  productId: string;
  productName: string;
  domains: readonly Domain[];
}) {
  const [view, setView] = useState<WatchView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.watchState(productId).then(setView, (e: unknown) => setError(errorText(e)));
  }, [api, productId]);
  const name = (id: string) => domainName(domains, id);
  const toggle = async (watched: boolean) => {
    try {
      setView(await api.setWatched(productId, watched));
      setError(null);
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <section class="watch no-print" aria-label="Rating history">
      <label class="toggle">
        <input
          type="checkbox"
          checked={view?.watched ?? false}
          disabled={!view}
          onChange={(e) => void toggle(e.currentTarget.checked)}
        />
        Watch {productName}: notify me when an update changes its ratings
      </label>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <h2>Rating history</h2>
      {view && view.history.length === 0 && (
        <p class="note">No update has changed these ratings since PSF Lens was installed.</p>
      )}
      {view && view.history.length > 0 && (
        <ol class="history">
          {view.history.map((entry) => (
            <li key={`${entry.at}-${entry.version}`}>
              <strong>
                {new Date(entry.at).toLocaleDateString()} · version {entry.version} ({entry.source})
              </strong>
              <ul>
                {entry.changes.map((c) => (
                  <li key={c.domain}>{describeChange(c, name)}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
