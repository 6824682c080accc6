/**
 * The popup off a rated page: not a dead end but a way into the library. Search it by name or vendor ("lang"
 * finds LangChain), reopen a recently viewed product, open the workspace, and see how old the data is.
 */
import { Component } from 'preact';
import { dataLine } from '../shared/data-line.ts';
import { AssessLink, assessPath } from '../ui/assess-link.tsx';
import type { LauncherView } from '../shared/messages.ts';

export type LauncherProduct = LauncherData['products'][number];

export type LauncherData = Extract<LauncherView, { kind: 'launcher' }>;

const TEXT = {
  title: 'PSF Lens',
  lede: 'No rated product on this page. Look one up in the library:',
  search: 'Search the library',
  placeholder: 'Product or vendor, e.g. lang',
  results: 'Matching products',
  none: (q: string) => `No product in the library matches “${q}”.`,
  recent: 'Recently viewed',
  workspace: 'Open the workspace: the whole library, comparisons, checklists',
};

const MAX_RESULTS = 6;

function matches(products: LauncherProduct[], query: string): LauncherProduct[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const hit = (p: LauncherProduct) => `${p.name} ${p.vendor}`.toLowerCase().includes(q);
  return products.filter(hit).slice(0, MAX_RESULTS);
}

export class Launcher extends Component<{ data: LauncherData; href(path: string): string }, { query: string }> {
  override state = { query: '' };

  override render() {
    const { data, href } = this.props;
    const { query } = this.state;
    const found = matches(data.products, query);
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
        <h1>{TEXT.title}</h1>
        <p>{TEXT.lede}</p>
        <form role="search" onSubmit={(e) => e.preventDefault()}>
          <label for="q" class="sr-only">
            {TEXT.search}
          </label>
          <input
            id="q"
            type="search"
            autoFocus
            placeholder={TEXT.placeholder}
            value={query}
            onInput={(e) => this.setState({ query: e.currentTarget.value })}
          />
        </form>
        {query.trim() !== '' && (
          <section aria-live="polite" aria-label={TEXT.results}>
            {found.length ? <ul class="picks results">{found.map(item)}</ul> : <p>{TEXT.none(query.trim())}</p>}
          </section>
        )}
        {recent.length > 0 && (
          <section aria-labelledby="recent">
            <h2 id="recent">{TEXT.recent}</h2>
            <ul class="picks">{recent.map(item)}</ul>
          </section>
        )}
        <p class="workspace-links">
          <a href={href('/library')} target="_blank" rel="noopener">
            {TEXT.workspace}
          </a>
        </p>
        <AssessLink href={href(assessPath())} />
        <p class="meta">{dataLine(data.dataset)}.</p>
      </main>
    );
  }
}
