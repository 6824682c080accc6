/** Watching a product for rating changes, and the history of its ratings that updates brought. */
import { useEffect, useState } from 'preact/hooks';
import type { HistoryEntry, RatingChange } from '../core/history.ts';
import { domainName, type Domain, type Rating } from '../core/model.ts';
import { t } from '../shared/i18n.ts';
import { rich } from '../ui/rich.tsx';
import type { WatchView } from '../shared/messages.ts';
import type { WorkspaceApi } from './api.ts';
import { errorText } from '../shared/error-text.ts';
import { useFocusKept } from './use-focus-kept.ts';

/** A change as the page's language says it; the domain's name and the rating words stay the PSF's English. */
function Change({ change, name }: { change: RatingChange; name(id: string): string }) {
  const word = (rating: Rating | null) => rating ?? t('rating_notCaptured');
  const domain = (
    <span lang="en">
      {change.domain} {name(change.domain)}
    </span>
  );
  return <>{rich(t('watch_change', { from: word(change.from), to: word(change.to) }), { domain })}</>;
}

/** The updates that changed a product's ratings, oldest first: when, which version, and each domain's change. */
export function RatingHistory({ history, domains }: { history: readonly HistoryEntry[]; domains: readonly Domain[] }) {
  const name = (id: string) => domainName(domains, id);
  return (
    <ol class="history">
      {history.map((entry) => (
        // Stryker disable next-line StringLiteral: the history comes whole, never reordered in place
        <li key={`${entry.at}-${entry.version}`}>
          <strong>
            {t(entry.source === 'feed' ? 'watch_entryFeed' : 'watch_entryBundled', {
              date: t.date(entry.at),
              version: entry.version,
            })}
          </strong>
          <ul>
            {entry.changes.map((c) => (
              <li key={c.domain}>
                <Change change={c} name={name} />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

/** The rating history PSF Lens kept of a product the PSF data no longer lists: the last entry is the update that
 * removed it. Nothing while it is read, or where there is none. */
export function KeptHistory({
  api,
  productId,
  domains,
}: {
  api: WorkspaceApi;
  productId: string;
  domains: readonly Domain[];
}) {
  const [history, setHistory] = useState<readonly HistoryEntry[]>([]);
  useEffect(() => {
    api.watchState(productId).then(
      (view) => setHistory(view.history),
      () => {},
    );
  }, [api, productId]);
  if (!history.length) return null;
  return (
    <section class="watch" aria-labelledby="kept-history">
      <h2 id="kept-history">{t('watch_history')}</h2>
      <RatingHistory history={history} domains={domains} />
    </section>
  );
}

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
  // While a change is saved the box shows the click and is off; then it shows the state kept, which after a
  // failure (even one worded as the last) is the one before the click.
  const [pending, setPending] = useState<boolean | null>(null);
  useFocusKept(pending !== null);
  const toggle = async (watched: boolean) => {
    setPending(watched);
    try {
      setView(await api.setWatched(productId, watched));
      setError(null);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setPending(null);
    }
  };
  return (
    <section class="watch no-print" aria-label={t('watch_history')}>
      <label class="toggle">
        <input
          type="checkbox"
          checked={pending ?? view?.watched ?? false}
          disabled={!view || pending !== null}
          onChange={(e) => void toggle(e.currentTarget.checked)}
        />
        {t('watch_toggle', { name: productName })}
      </label>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <h2>{t('watch_history')}</h2>
      {view && view.history.length === 0 && <p class="note">{t('watch_none')}</p>}
      {view && view.history.length > 0 && <RatingHistory history={view.history} domains={domains} />}
    </section>
  );
}
