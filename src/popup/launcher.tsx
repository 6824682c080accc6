/**
 * The popup off a rated page: not a dead end but a way into the library. Search it by name or vendor ("lang"
 * finds LangChain), reopen a recently viewed product, open the workspace, and see how old the data is.
 */
import { Component } from 'preact';
import { dataLine } from '../shared/data-line.ts';
import { t } from '../shared/i18n.ts';
import { AssessLink, assessPath } from '../ui/assess-link.tsx';
import type { LauncherView } from '../shared/messages.ts';

export type LauncherProduct = LauncherData['products'][number];

export type LauncherData = Extract<LauncherView, { kind: 'launcher' }>;

const MAX_RESULTS = 6;

/** The first products whose name or vendor holds `query`, whatever the letters' case. */
function matches(products: LauncherProduct[], query: string): LauncherProduct[] {
  const q = query.toLowerCase();
  const hit = (p: LauncherProduct) => `${p.name} ${p.vendor}`.toLowerCase().includes(q);
  return products.filter(hit).slice(0, MAX_RESULTS);
}

export class Launcher extends Component<{ data: LauncherData; href(path: string): string }, { query: string }> {
  override state = { query: '' };

  override render() {
    const { data, href } = this.props;
    const { query } = this.state;
    const q = query.trim();
    const found = matches(data.products, q);
    const byId = new Map(data.products.map((p) => [p.id, p]));
    const recent = data.recent.flatMap((id) => byId.get(id) ?? []);
    const item = (p: LauncherProduct) => (
      <li key={p.id}>
        <a href={href(`/product/${encodeURIComponent(p.id)}`)} target="_blank" rel="noopener">
          {p.name}
        </a>{' '}
        <span class="sub">{p.vendor}</span>
      </li>
    );
    return (
      <main class="launcher">
        <h1>PSF Lens</h1>
        <p>{t(data.unseen ? 'launcher_unseen' : 'launcher_lede')}</p>
        {/* Enter opens the first match, as a click on it does (a new tab); with none, nothing leaves the popup. */}
        <form
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            // Stryker disable next-line OptionalChaining: the form is in the launcher's <main>.
            e.currentTarget.parentElement?.querySelector<HTMLElement>('.results a')?.click();
          }}
        >
          <label for="q" class="sr-only">
            {t('launcher_search')}
          </label>
          <input
            id="q"
            type="search"
            autoFocus
            placeholder={t('launcher_placeholder')}
            value={query}
            onInput={(e) => this.setState({ query: e.currentTarget.value })}
          />
        </form>
        {q && (
          <section aria-live="polite" aria-label={t('launcher_results')}>
            {found.length ? (
              <ul class="picks results">{found.map(item)}</ul>
            ) : (
              <p>{t('launcher_none', { query: q })}</p>
            )}
          </section>
        )}
        {recent.length > 0 && (
          <section aria-labelledby="recent">
            <h2 id="recent">{t('launcher_recent')}</h2>
            <ul class="picks">{recent.map(item)}</ul>
          </section>
        )}
        <p class="workspace-links">
          <a href={href('/library')} target="_blank" rel="noopener">
            {t('launcher_workspace')}
          </a>
        </p>
        <AssessLink href={href(assessPath())} />
        <p class="meta">{dataLine(data.dataset)}.</p>
      </main>
    );
  }
}
