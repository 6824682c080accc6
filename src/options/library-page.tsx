import { useRef } from 'preact/hooks';
import { DOMAIN_IDS } from '../core/model.ts';
import type { Entry } from '../core/export.ts';
import { RatingLabel } from '../ui/rating.tsx';
import { NotCapturedNote } from '../ui/not-captured-note.tsx';
import { findEntry, findOwnProduct, MAX_COMPARE, MIN_COMPARE, useTitle, type Library } from './library-data.ts';
import { domainName } from '../core/model.ts';
import { LibraryFilters } from './library-filters.tsx';
import { applyQuery, EMPTY_QUERY, isFiltered, type LibraryQuery } from './library-query.ts';
import { hrefFor } from './router.ts';
import { useFocusWhenShown } from './use-focus-kept.ts';
import { t } from '../shared/i18n.ts';
import { rich } from '../ui/rich.tsx';

export interface LibraryPageProps {
  library: Library;
  query: LibraryQuery;
  onQuery(query: LibraryQuery): void;
  picked: string[];
  onPick(ids: string[]): void;
}

/** Every product with its assessment: search, filter, sort, and pick products to compare. */
export function LibraryPage({ library, query, onQuery, picked, onPick }: LibraryPageProps) {
  useTitle(t('library_title'));
  // The two buttons that go with their own click: the keyboard moves on to where the user goes next, the search once
  // the filters are cleared, the first product to pick once the selection is.
  const section = useRef<HTMLElement>(null);
  const focusWhenShown = useFocusWhenShown();
  const focusOn = (selector: string) =>
    focusWhenShown(
      () => section.current?.querySelector<HTMLElement>(selector) ?? section.current?.querySelector<HTMLElement>('h1'),
    );
  const rows = applyQuery(library.entries, query);
  const toggle = (id: string, on: boolean) =>
    onPick(on ? [...picked.filter((p) => p !== id), id] : picked.filter((p) => p !== id));
  return (
    <section class="library" aria-labelledby="library-title" ref={section}>
      <h1 id="library-title" tabIndex={-1}>
        {t('library_title')}
      </h1>
      <p class="lede">{t('library_lede', { min: MIN_COMPARE, max: MAX_COMPARE })}</p>
      <LibraryFilters library={library} query={query} onQuery={onQuery} />
      <p class="count" role="status">
        {isFiltered(query)
          ? t.plural('library_matching', library.entries.length, { shown: rows.length.toLocaleString(t.locale) })
          : t.plural('library_count', library.entries.length)}
      </p>
      <CompareBar
        picked={picked}
        onClear={() => {
          onPick([]);
          focusOn('td.pick input');
        }}
      />
      <OrgNote library={library} />
      <RemovedNote library={library} />
      {rows.length === 0 ? (
        <div class="empty">
          <p>{t('library_none')}</p>
          <button
            type="button"
            onClick={() => {
              onQuery({ ...EMPTY_QUERY, sort: query.sort });
              focusOn('input[type="search"]');
            }}
          >
            {t('library_clearFilters')}
          </button>
        </div>
      ) : (
        <>
          <div class="table-wrap">
            <table class="library-table">
              <caption class="sr-only">{t('library_caption')}</caption>
              <thead>
                <tr>
                  <th scope="col" class="pick">
                    <span class="sr-only">{t('library_compareColumn')}</span>
                  </th>
                  <th scope="col">{t('library_product')}</th>
                  <th scope="col">{t('library_published')}</th>
                  {DOMAIN_IDS.map((id) => (
                    <th key={id} scope="col" class="rating-col" title={domainName(library.domains, id)}>
                      {id}
                      <span class="sr-only" lang="en">
                        {' '}
                        {domainName(library.domains, id)}
                      </span>
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
          aria-label={t('library_compareProduct', { name: product.name })}
          checked={isPicked}
          disabled={!isPicked && isFull}
          onChange={(e) => onToggle(product.id, e.currentTarget.checked)}
        />
      </td>
      <th scope="row" class="product-cell">
        <a href={hrefFor({ kind: 'product', productId: product.id })}>{product.name}</a>
        <span class="sub" lang="en">
          {product.vendor} · {product.category}
        </span>
        {assessment ? (
          <span class="sub small" lang="en">
            {assessment.title}
          </span>
        ) : (
          <span class="sub small">{t('library_noAssessment')}</span>
        )}
      </th>
      <td class="date">{assessment?.published ?? <span class="muted">{t('library_dateUnknown')}</span>}</td>
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
          {t('library_compareSelected', { n })}
        </a>
      ) : (
        <button type="button" class="primary-button" disabled aria-describedby="compare-hint">
          {t('library_compareSelected', { n })}
        </button>
      )}
      <span id="compare-hint" class="hint">
        {n < MIN_COMPARE
          ? t('library_compareHint', { min: MIN_COMPARE, max: MAX_COMPARE })
          : n >= MAX_COMPARE
            ? t('library_compareFull', { max: MAX_COMPARE })
            : ''}
      </span>
      {n > 0 && (
        <button type="button" class="link" onClick={onClear}>
          {t('library_clearSelection')}
        </button>
      )}
    </div>
  );
}

/** The organisation's own assessments are listed apart, labelled, never in the table of PAI's. */
function OrgNote({ library }: { library: Library }) {
  const own = (library.organisation ?? []).flatMap((org) => org.dataset.assessments.map((a) => ({ org, a })));
  if (!own.length) return null;
  const hasPage = (productId: string) => Boolean(findEntry(library, productId) ?? findOwnProduct(library, productId));
  return (
    <aside class="org-note" aria-label={t('library_orgLabel')}>
      <strong>{t('library_orgCount', { n: own.length })}</strong>{' '}
      {own.map(({ org, a }, i) => (
        <span key={`${org.id}/${a.id}`}>
          {i > 0 && ' · '}
          {/* PAI's product page with the organisation's beside it, or the organisation's alone. */}
          {hasPage(a.productId) ? (
            <a href={hrefFor({ kind: 'product', productId: a.productId })}>{a.title}</a>
          ) : (
            a.title
          )}
        </span>
      ))}{' '}
      (<a href="#/organisation">{t('library_orgManage')}</a>)
    </aside>
  );
}

/** Products an update removed whose checklist or watch the user kept: their pages are no longer in the table. */
function RemovedNote({ library }: { library: Library }) {
  const removed = library.removed ?? [];
  if (!removed.length) return null;
  const links = removed.map((product, i) => (
    <span key={product.id}>
      {i > 0 && ', '}
      <a href={hrefFor({ kind: 'checklist', productId: product.id })}>{product.name}</a>
    </span>
  ));
  return <p class="note">{rich(t('library_removed'), { products: <>{links}</> })}</p>;
}
