/** The workspace's view of the library, and the small look-ups every page needs. */
import { useLayoutEffect } from 'preact/hooks';
import type { Entry } from '../core/export.ts';
import { currentOwnKey, ownKey, parseOwnKey } from '../core/own-key.ts';
import type { Assessment, Domain, DomainId, Product } from '../core/model.ts';
import { t } from '../shared/i18n.ts';
import type { LibraryView, OrgDatasetView } from '../shared/messages.ts';

export type Library = Extract<LibraryView, { kind: 'library' }>;

/** At most this many products side by side: more would not fit a landscape page. */
export const MAX_COMPARE = 6;
export const MIN_COMPARE = 2;

export function findEntry(library: Library, productId: string): Entry | undefined {
  return library.entries.find((entry) => entry.product.id === productId);
}

/**
 * A column of the comparison: PAI's assessment of a product, keyed by the product's id, or one of the organisation's
 * own assessments, keyed by `ownKey` and marked `own`, so a team can set its own review beside PAI's.
 */
export interface Column extends Entry {
  key: string;
  /** The name of the organisation's source as the page shows it (`own` is as the exports write it). */
  ownShown?: string;
}

/** A column as the page names it: the organisation's own said as such, so it is never taken for PAI's. */
export function columnName(column: Entry): string {
  return column.own ? t('compare_ownName', { name: column.product.name }) : column.product.name;
}

/**
 * The name of one of the organisation's sources as the page shows it: PSF Lens's own views (the assessments written
 * here, the team feed) in the page's language, a file or a policy by the name it was given.
 */
export function orgShownName(org: Pick<OrgDatasetView, 'name' | 'written' | 'feedUrl'>): string {
  if (org.written) return t('org_writtenName');
  if (org.feedUrl) return t('org_teamFeedName');
  return org.name;
}

/** Every assessment of the organisation's as a column, its product as PSF Lens knows it (PAI's, else its own). */
export function ownColumns(library: Library): Column[] {
  return (library.organisation ?? []).flatMap((org) =>
    org.dataset.assessments.flatMap((assessment) => {
      const product =
        findEntry(library, assessment.productId)?.product ??
        org.dataset.products.find((p) => p.id === assessment.productId);
      if (!product) return [];
      return [{ key: ownKey(org.id, assessment.id), product, assessment, own: org.name, ownShown: orgShownName(org) }];
    }),
  );
}

/** The column a comparison's address names: a product's id for PAI's assessment, an `ownKey` for the organisation's. */
export function findColumn(library: Library, key: string): Column | undefined {
  if (parseOwnKey(key)) {
    // A bookmark of an earlier version may name a policy's dataset by its place: the column is under its id now.
    const policy = (library.organisation ?? []).filter((org) => org.managed).map((org) => org.id);
    const current = currentOwnKey(key, policy);
    return ownColumns(library).find((column) => column.key === current);
  }
  const entry = findEntry(library, key);
  return entry && { ...entry, key };
}

/** A product PAI has not assessed that the organisation has: its own assessments are all there is of it. */
export function findOwnProduct(library: Library, productId: string): Product | undefined {
  if (findEntry(library, productId)) return undefined;
  for (const org of library.organisation ?? []) {
    const product = org.dataset.products.find((p) => p.id === productId);
    if (product && org.dataset.assessments.some((a) => a.productId === productId)) return product;
  }
  return undefined;
}

/** A product an update removed from the PSF data, as it last read and without an assessment: its checklist stays. */
export function findRemoved(library: Library, productId: string): Entry | undefined {
  const product = library.removed?.find((p) => p.id === productId);
  return product ? { product, assessment: null } : undefined;
}

/**
 * A checklist kept of one of the organisation's assessments no longer loaded: its recorded actions are all there is
 * of it, named by the assessment's and the file's ids.
 */
export function findKept(library: Library, key: string): Column | undefined {
  const own = library.ownKept?.some((kept) => kept.key === key) ? parseOwnKey(key) : null;
  if (!own) return undefined;
  const { orgId, assessmentId } = own;
  const product = { id: assessmentId, name: assessmentId, vendor: '', category: '', homepage: '', match: [] };
  return { key, product, assessment: null, own: orgId, ownShown: orgId };
}

/**
 * Where the link of one of the organisation's assessments leads, said on it: its own address is often not a page of
 * its own (one written in PSF Lens without an evidence link keeps the address of PAI's assessment it started from, or
 * the product's site), and "the full assessment" would promise what is not there.
 */
export function ownLinkLabel(library: Library, assessment: Assessment): string {
  const pai = findEntry(library, assessment.productId);
  if (pai?.assessment?.url === assessment.url) return t('assessment_readOwnPai');
  const sites = [
    pai?.product,
    ...(library.organisation ?? []).map((org) => org.dataset.products.find((p) => p.id === assessment.productId)),
  ];
  if (sites.some((product) => product?.homepage === assessment.url)) return t('assessment_readOwnSite');
  return t('assessment_readOwn');
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
