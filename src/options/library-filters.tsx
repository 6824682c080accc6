/** The library's search box, filters and sort. Every control is labelled; the options come from the data. */
import { DOMAIN_IDS, type DomainId } from '../core/model.ts';
import { distinct, type Library } from './library-data.ts';
import { domainName } from '../core/model.ts';
import { t } from '../shared/i18n.ts';
import {
  CONDITION_LABEL,
  CONDITIONS,
  SORT_LABEL,
  SORTS,
  type Condition,
  type LibraryQuery,
  type Sort,
} from './library-query.ts';

export interface LibraryFiltersProps {
  library: Library;
  query: LibraryQuery;
  onQuery(query: LibraryQuery): void;
}

const value = (event: Event) => (event.currentTarget as HTMLInputElement | HTMLSelectElement).value;

export function LibraryFilters({ library, query, onQuery }: LibraryFiltersProps) {
  const set = (patch: Partial<LibraryQuery>) => onQuery({ ...query, ...patch });
  return (
    <form class="filters no-print" role="search" aria-label={t('library_filters')} onSubmit={(e) => e.preventDefault()}>
      <label class="field search">
        <span>{t('library_search')}</span>
        <input
          type="search"
          value={query.q}
          placeholder={t('library_searchPlaceholder')}
          onInput={(e) => set({ q: value(e) })}
        />
      </label>
      <label class="field">
        <span>{t('library_vendor')}</span>
        <select value={query.vendor} onChange={(e) => set({ vendor: value(e) })}>
          <option value="">{t('library_allVendors')}</option>
          {distinct(library, 'vendor').map((vendor) => (
            <option key={vendor} value={vendor}>
              {vendor}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{t('library_category')}</span>
        <select value={query.category} onChange={(e) => set({ category: value(e) })}>
          <option value="">{t('library_allCategories')}</option>
          {distinct(library, 'category').map((category) => (
            <option key={category} value={category} lang="en">
              {category}
            </option>
          ))}
        </select>
      </label>
      <fieldset class="field rating-filter">
        <legend>{t('library_domainRating')}</legend>
        <div class="pair">
          <label>
            <span class="sr-only">{t('library_domain')}</span>
            <select value={query.domain} onChange={(e) => set({ domain: value(e) as DomainId | '' })}>
              <option value="">{t('library_anyDomain')}</option>
              {DOMAIN_IDS.map((id) => (
                <option key={id} value={id} lang="en">
                  {id} {domainName(library.domains, id)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span class="sr-only">{t('library_condition')}</span>
            <select value={query.condition} onChange={(e) => set({ condition: value(e) as Condition | '' })}>
              <option value="">{t('library_anyRating')}</option>
              {CONDITIONS.map((condition) => (
                <option key={condition} value={condition}>
                  {t(CONDITION_LABEL[condition])}
                </option>
              ))}
            </select>
          </label>
        </div>
      </fieldset>
      <label class="field">
        <span>{t('library_sort')}</span>
        <select value={query.sort} onChange={(e) => set({ sort: value(e) as Sort })}>
          {SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(SORT_LABEL[sort])}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
