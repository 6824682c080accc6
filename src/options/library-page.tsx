import { DOMAIN_IDS } from '../core/model.ts';
import type { Entry } from '../core/export.ts';
import { RatingLabel } from '../ui/rating.tsx';
import { NotCapturedNote } from '../ui/not-captured-note.tsx';
import { MAX_COMPARE, MIN_COMPARE, useTitle, type Library } from './library-data.ts';
import { domainName } from '../core/model.ts';
import { LibraryFilters } from './library-filters.tsx';
import { applyQuery, EMPTY_QUERY, isFiltered, type LibraryQuery } from './library-query.ts';
import { hrefFor } from './router.ts';

export interface LibraryPageProps {
  library: Library;
  query: LibraryQuery;
  onQuery(query: LibraryQuery): void;
  picked: string[];
  onPick(ids: string[]): void;
}

/** Every product with its assessment: search, filter, sort, and pick products to compare. */
export function LibraryPage({ library, query, onQuery, picked, onPick }: LibraryPageProps) {
  useTitle('Library');
  const rows = applyQuery(library.entries, query);
  const toggle = (id: string, on: boolean) =>
    onPick(on ? [...picked.filter((p) => p !== id), id] : picked.filter((p) => p !== id));
  return (
    <section class="library" aria-labelledby="library-title">
      <h1 id="library-title" tabIndex={-1}>
        Library
      </h1>
      <p class="lede">
        Every product PSF Lens knows, with its PSF assessment. Pick two to six products to compare them side by side.
      </p>
      <LibraryFilters library={library} query={query} onQuery={onQuery} />
      <p class="count" role="status">
        {isFiltered(query)
          ? `${rows.length} of ${library.entries.length} products match`
          : `${library.entries.length} products`}
      </p>
      <CompareBar picked={picked} onClear={() => onPick([])} />
      <OrgNote library={library} />
      {rows.length === 0 ? (
        <div class="empty">
          <p>No product matches these filters.</p>
          <button type="button" onClick={() => onQuery({ ...EMPTY_QUERY, sort: query.sort })}>
            Clear filters
          </button>
        </div>
      ) : (
        <>
          <div class="table-wrap">
            <table class="library-table">
              <caption class="sr-only">Products and their eight PSF domain ratings</caption>
              <thead>
                <tr>
                  <th scope="col" class="pick">
                    <span class="sr-only">Compare</span>
                  </th>
                  <th scope="col">Product</th>
                  <th scope="col">Published</th>
                  {DOMAIN_IDS.map((id) => (
                    <th key={id} scope="col" class="rating-col" title={domainName(library.domains, id)}>
                      {id}
                      <span class="sr-only"> {domainName(library.domains, id)}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((entry) => (
                  <LibraryRow
                    key={entry.product.id}
                    entry={entry}
                    isPicked={picked.includes(entry.product.id)}
                    isFull={picked.length >= MAX_COMPARE}
                    onToggle={toggle}
                  />
                ))}
              </tbody>
            </table>
          </div>
          <NotCapturedNote />
        </>
      )}
    </section>
  );
}

function LibraryRow({
  entry,
  isPicked,
  isFull,
  onToggle,
}: {
  entry: Entry;
  isPicked: boolean;
  isFull: boolean;
  onToggle(id: string, on: boolean): void;
}) {
  const { product, assessment } = entry;
  return (
    <tr>
      <td class="pick">
        <input
          type="checkbox"
          aria-label={`Compare ${product.name}`}
          checked={isPicked}
          disabled={!isPicked && isFull}
          onChange={(e) => onToggle(product.id, e.currentTarget.checked)}
        />
      </td>
      <th scope="row" class="product-cell">
        <a href={hrefFor({ kind: 'product', productId: product.id })}>{product.name}</a>
        <span class="sub">
          {product.vendor} · {product.category}
        </span>
        <span class="sub small">{assessment ? assessment.title : 'No PSF assessment yet'}</span>
      </th>
      <td class="date">{assessment?.published ?? <span class="muted">unknown</span>}</td>
      {DOMAIN_IDS.map((id) => (
        <td key={id} class="glance">
          <RatingLabel rating={assessment?.ratings[id]} />
        </td>
      ))}
    </tr>
  );
}

/** The way to the comparison: a link for two to six products, otherwise a disabled button that says why. */
function CompareBar({ picked, onClear }: { picked: string[]; onClear(): void }) {
  const n = picked.length;
  const isReady = n >= MIN_COMPARE && n <= MAX_COMPARE;
  return (
    <div class="compare-bar no-print">
      {isReady ? (
        <a class="button primary-button" href={hrefFor({ kind: 'compare', productIds: picked })}>
          Compare selected ({n})
        </a>
      ) : (
        <button type="button" class="primary-button" disabled aria-describedby="compare-hint">
          Compare selected ({n})
        </button>
      )}
      <span id="compare-hint" class="hint">
        {n < MIN_COMPARE
          ? `Tick ${MIN_COMPARE} to ${MAX_COMPARE} products to compare.`
          : n >= MAX_COMPARE
            ? `${MAX_COMPARE} is the most that fit side by side.`
            : ''}
      </span>
      {n > 0 && (
        <button type="button" class="link" onClick={onClear}>
          Clear selection
        </button>
      )}
    </div>
  );
}

/** The organisation's own assessments are listed apart, labelled, never in the table of PAI's. */
function OrgNote({ library }: { library: Library }) {
  const own = (library.organisation ?? []).flatMap((org) => org.dataset.assessments.map((a) => ({ org, a })));
  if (!own.length) return null;
  const known = new Set(library.entries.map((e) => e.product.id));
  return (
    <aside class="org-note" aria-label="Your organisation's assessments">
      <strong>Your organisation's assessments ({own.length}):</strong>{' '}
      {own.map(({ org, a }, i) => (
        <span key={`${org.id}/${a.id}`}>
          {i > 0 && ' · '}
          {known.has(a.productId) ? <a href={`#/product/${encodeURIComponent(a.productId)}`}>{a.title}</a> : a.title}
        </span>
      ))}{' '}
      (<a href="#/organisation">manage</a>)
    </aside>
  );
}
