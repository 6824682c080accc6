import { DOMAIN_IDS, type DomainId } from '../core/model.ts';
import type { Entry } from '../core/export.ts';
import { RatingLabel } from '../ui/rating.tsx';
import { columnName, ownAssessmentsOf, type Column, type Library } from './library-data.ts';
import { domainName } from '../core/model.ts';
import { hrefFor } from './router.ts';
import { t } from '../shared/i18n.ts';

export interface Cell {
  /** The column's key: a product's id, or the organisation's assessment's `ownKey`. */
  column: string;
  domain: DomainId;
}

/** True when at least two captured ratings in the row differ. "Not captured" is unknown, not a difference. */
export function ratingsDiffer(entries: readonly Entry[], domain: DomainId): boolean {
  const captured = new Set(entries.map((e) => e.assessment?.ratings[domain]).filter((r) => r !== undefined));
  return captured.size > 1;
}

/**
 * The domain column stays put while a narrow window scrolls the products sideways (compare.css), so a rating the
 * keyboard moves to on the left can land under it, hidden: the browser only scrolls what is outside the box.
 * Scrolled clear of the column instead.
 */
function revealBesideDomains(event: FocusEvent) {
  const wrap = event.currentTarget as HTMLElement;
  const column = wrap.querySelector('tbody th');
  if (!(event.target instanceof HTMLElement) || !column) return;
  const hidden = column.getBoundingClientRect().right - event.target.getBoundingClientRect().left;
  if (hidden > 0) wrap.scrollLeft -= hidden;
}

export const cellId = (cell: Cell) => `cell-${cell.domain}-${cell.column}`;
export const PANEL_ID = 'finding-panel';

export interface CompareTableProps {
  library: Library;
  entries: Column[];
  isOnlyDiffering: boolean;
  open: Cell | null;
  onOpen(cell: Cell): void;
  onRemove(key: string): void;
}

/** The eight domains as rows and the products as columns; each rating a button that opens its findings. */
export function CompareTable({ library, entries, isOnlyDiffering, open, onOpen, onRemove }: CompareTableProps) {
  const rows = DOMAIN_IDS.filter((d) => !isOnlyDiffering || ratingsDiffer(entries, d));
  return (
    <div class="table-wrap" onFocusIn={revealBesideDomains}>
      <table class="compare-table">
        <caption class="sr-only">{t('compare_caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('compare_domain')}</th>
            {entries.map((column) => (
              <th key={column.key} scope="col" class={column.own ? 'product-col own' : 'product-col'}>
                <a href={hrefFor({ kind: 'product', productId: column.product.id })}>{column.product.name}</a>
                <span class="sub">{column.product.vendor}</span>
                {column.own && (
                  <span class="sub small org-label">
                    {t('compare_ownColumn', { name: column.ownShown ?? column.own })}
                  </span>
                )}
                {/* Which of the organisation's assessments: last year's review and this year's are both its own. */}
                {column.own && column.assessment && <span class="sub small">{column.assessment.title}</span>}
                <span class="sub small">
                  {column.assessment
                    ? (column.assessment.published ?? t('compare_dateUnknown'))
                    : t('compare_noAssessment')}
                </span>
                {!column.own && ownAssessmentsOf(library, column.product.id).length > 0 && (
                  <span class="sub small own-too">{t('compare_ownToo')}</span>
                )}
                <button
                  type="button"
                  class="link remove no-print"
                  aria-label={t('compare_removeLabel', { name: columnName(column) })}
                  onClick={() => onRemove(column.key)}
                >
                  {t('compare_remove')}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={entries.length + 1} class="muted">
                {t('compare_noDiff')}
              </td>
            </tr>
          )}
          {rows.map((domain) => {
            const differs = ratingsDiffer(entries, domain);
            return (
              <tr key={domain} class={differs ? 'differs' : undefined} data-domain={domain}>
                <th scope="row">
                  <span class="domain-id">{domain}</span> <span lang="en">{domainName(library.domains, domain)}</span>
                  {differs && (
                    <span class="differs-mark" title={t('compare_differsTitle')}>
                      <span aria-hidden="true">≠ </span>
                      {t('compare_differs')}
                      <span class="sr-only">{t('compare_differsSr')}</span>
                    </span>
                  )}
                </th>
                {entries.map((column) => {
                  const cell = { column: column.key, domain };
                  const isOpen = open?.column === column.key && open.domain === domain;
                  return (
                    <td key={column.key}>
                      <button
                        type="button"
                        class="cell"
                        id={cellId(cell)}
                        aria-expanded={isOpen}
                        aria-controls={isOpen ? PANEL_ID : undefined}
                        onClick={() => onOpen(cell)}
                      >
                        <RatingLabel rating={column.assessment?.ratings[domain]} own={Boolean(column.own)} />
                        <span class="sr-only"> {t('compare_cell', { product: columnName(column), domain })}</span>
                      </button>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
