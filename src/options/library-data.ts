/** The workspace's view of the library, and the small look-ups every page needs. */
import { useLayoutEffect } from 'preact/hooks';
import type { Entry } from '../core/export.ts';
import type { Assessment, Domain, DomainId } from '../core/model.ts';
import { t } from '../shared/i18n.ts';
import type { LibraryView, OrgDatasetView } from '../shared/messages.ts';

export type Library = Extract<LibraryView, { kind: 'library' }>;

/** At most this many products side by side: more would not fit a landscape page. */
export const MAX_COMPARE = 6;
export const MIN_COMPARE = 2;

export function findEntry(library: Library, productId: string): Entry | undefined {
  return library.entries.find((entry) => entry.product.id === productId);
}

/** A product an update removed from the PSF data, as it last read and without an assessment: its checklist stays. */
export function findRemoved(library: Library, productId: string): Entry | undefined {
  const product = library.removed?.find((p) => p.id === productId);
  return product ? { product, assessment: null } : undefined;
}

/** The organisation's own assessments of a product, each with the dataset it is in: shown beside PAI's, never as it. */
export function ownAssessmentsOf(
  library: Library,
  productId: string,
): { org: OrgDatasetView; assessment: Assessment }[] {
  return (library.organisation ?? []).flatMap((org) =>
    org.dataset.assessments.filter((a) => a.productId === productId).map((assessment) => ({ org, assessment })),
  );
}

/** A domain of the dataset, for a panel that shows its summary too (`domainName` where the name will do). */
export function domainOf(library: Library, id: DomainId): Domain {
  return library.domains.find((d) => d.id === id) ?? { id, name: id, summary: '' };
}

/** Distinct values of a product field, sorted, for a filter's options. */
export function distinct(library: Library, field: 'vendor' | 'category'): string[] {
  return [...new Set(library.entries.map((e) => e.product[field]))].sort((a, b) =>
    a.localeCompare(b, 'en', { sensitivity: 'base' }),
  );
}

/** The end of every window title, in the page's language (read at render: the language loads before it). */
export function appTitle(): string {
  return t('ws_title');
}

/** Each page names itself in the window title, so tabs and history say where they lead. */
export function useTitle(title: string | null): void {
  // A layout effect: the title is right as soon as the page is, not a frame later.
  useLayoutEffect(() => {
    document.title = title ? `${title} · ${appTitle()}` : appTitle();
  }, [title]);
}
