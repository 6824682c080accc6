/** The library's search box, filters and sort. Every control is labelled; the options come from the data. */
import { DOMAIN_IDS, type DomainId } from '../core/model.ts';
import { distinct, type Library } from './library-data.ts';
import { domainName } from '../core/model.ts';
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
    <form
      class="filters no-print"
      role="search"
      aria-label="Search and filter the library"
      onSubmit={(e) => e.preventDefault()}
    >
      <label class="field search">
        <span>Search</span>
        <input
          type="search"
          value={query.q}
          placeholder="Name, vendor, category, title"
          onInput={(e) => set({ q: value(e) })}
        />
      </label>
      <label class="field">
        <span>Vendor</span>
        <select value={query.vendor} onChange={(e) => set({ vendor: value(e) })}>
          <option value="">All vendors</option>
          {distinct(library, 'vendor').map((vendor) => (
            <option key={vendor} value={vendor}>
              {vendor}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>Category</span>
        <select value={query.category} onChange={(e) => set({ category: value(e) })}>
          <option value="">All categories</option>
          {distinct(library, 'category').map((category) => (
            <option key={category} value={category}>
              {category}
            </option>
          ))}
        </select>
      </label>
      <fieldset class="field rating-filter">
        <legend>Domain rating</legend>
        <div class="pair">
          <label>
            <span class="sr-only">Domain</span>
            <select value={query.domain} onChange={(e) => set({ domain: value(e) as DomainId | '' })}>
              <option value="">Any domain</option>
              {DOMAIN_IDS.map((id) => (
                <option key={id} value={id}>
                  {id} {domainName(library.domains, id)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span class="sr-only">Condition</span>
            <select value={query.condition} onChange={(e) => set({ condition: value(e) as Condition | '' })}>
              <option value="">any rating</option>
              {CONDITIONS.map((condition) => (
                <option key={condition} value={condition}>
                  {CONDITION_LABEL[condition]}
                </option>
              ))}
            </select>
          </label>
        </div>
      </fieldset>
      <label class="field">
        <span>Sort by</span>
        <select value={query.sort} onChange={(e) => set({ sort: value(e) as Sort })}>
          {SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {SORT_LABEL[sort]}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
