/**
 * An assessment the organisation writes itself, as the workspace's form holds it (a draft), and its conversion to
 * and from the dataset format. A draft is the same data a dataset file would hold, in the form's shape: one
 * product, its sites, and one assessment. Pure.
 */
import { matchPatterns } from './match-patterns.ts';
import {
  DOMAIN_IDS,
  type Assessment,
  type Dataset,
  type Domain,
  type DomainId,
  type Product,
  type Rating,
} from './model.ts';

/** Where the product lives: a host, and a path prefix ('' for the whole host). */
export interface OrgSite {
  host: string;
  path: string;
  /** Kept from a PAI rule the draft started from; the form does not edit them. */
  exact?: boolean;
  signals?: string[];
}

export interface DraftAction {
  /** Stable once given, so a checklist keeps its state across versions. */
  id: string;
  text: string;
}

export interface DraftDomain {
  /** Null: not assessed. Never a Gap by default. */
  rating: Rating | null;
  findings: string[];
  actions: DraftAction[];
  /** https links to what the rating rests on. */
  evidence: string[];
}

export interface OrgDraft {
  /** The product's id: a PAI product's own id when the draft started from PAI's assessment of it. */
  id: string;
  name: string;
  vendor: string;
  category: string;
  sites: OrgSite[];
  domains: Record<DomainId, DraftDomain>;
  assessor: string;
  /** YYYY-MM-DD: when the assessment was made. */
  date: string;
  /** What was assessed: the release, the deployment, the contract. */
  scope: string;
  /** The independent assessment this draft started from, if any. */
  basedOn?: { assessmentId: string; title: string; url: string };
}

export const DEFAULT_CATEGORY = 'AI product';
const EVIDENCE_PREFIX = 'Evidence: ';
const ASSESSOR_PREFIX = 'Assessed by ';

export function emptyDomain(): DraftDomain {
  return { rating: null, findings: [], actions: [], evidence: [] };
}

export function emptyDraft(id: string, date: string): OrgDraft {
  return {
    id,
    name: '',
    vendor: '',
    category: DEFAULT_CATEGORY,
    sites: [{ host: '', path: '' }],
    domains: Object.fromEntries(DOMAIN_IDS.map((d) => [d, emptyDomain()])) as Record<DomainId, DraftDomain>,
    assessor: '',
    date,
    scope: '',
  };
}

/** A kebab-case id from a name, unique among `taken`. */
export function idFromName(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      // Each run of other characters is one dash, so a dash at either end, or one the cut leaves, is single.
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60)
      .replace(/-$/, '') || 'product';
  let id = base;
  for (let i = 2; taken.has(id); i++) id = `${base}-${i}`;
  return id;
}

/** The next action id of a domain that no action of the draft uses yet. */
export function nextActionId(draft: OrgDraft, domain: DomainId): string {
  const used = new Set(DOMAIN_IDS.flatMap((d) => draft.domains[d].actions.map((a) => a.id)));
  let n = draft.domains[domain].actions.length + 1;
  while (used.has(`org-${domain.toLowerCase()}-${n}`)) n++;
  return `org-${domain.toLowerCase()}-${n}`;
}

/** A site as written in a dataset: lower-case host without www., no trailing slash on the path. */
export function normaliseSite(site: OrgSite): OrgSite {
  const host = site.host
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
  const trimmed = site.path.trim();
  const path = trimmed && trimmed !== '/' ? trimmed.replace(/\/+$/, '') : trimmed;
  return { ...site, host, path };
}

function matchRule(site: OrgSite): Product['match'][number] {
  const { host, path } = normaliseSite(site);
  return {
    host,
    ...(path ? { path } : {}),
    ...(site.signals?.length ? { signals: site.signals } : {}),
    ...(site.exact ? { exact: true } : {}),
  };
}

function cleanList(items: readonly string[]): string[] {
  return items.map((s) => s.trim()).filter(Boolean);
}

/** The product and its assessment, exactly as a dataset file holds them. */
export function draftRecords(draft: OrgDraft): { product: Product; assessment: Assessment } {
  const match = draft.sites.filter((s) => s.host.trim()).map(matchRule);
  const first = match[0];
  const homepage = first ? `https://${first.host}${first.path ?? '/'}` : '';
  const evidence = DOMAIN_IDS.flatMap((d) => cleanList(draft.domains[d].evidence));
  const ratings: Assessment['ratings'] = {};
  const domains: Assessment['domains'] = {};
  for (const id of DOMAIN_IDS) {
    const domain = draft.domains[id];
    if (domain.rating) ratings[id] = domain.rating;
    const links = cleanList(domain.evidence);
    const findings = cleanList(domain.findings);
    const actions = domain.actions.map((a) => ({ id: a.id, text: a.text.trim() })).filter((a) => a.text);
    if (findings.length || actions.length || links.length)
      domains[id] = {
        findings,
        actions,
        ...(links.length ? { ratingSource: `${EVIDENCE_PREFIX}${links.join(' ')}` } : {}),
      };
  }
  const scope = draft.scope.trim();
  const assessment: Assessment = {
    id: `${draft.id}-org`,
    productId: draft.id,
    title: `Organisation review of ${draft.name.trim() || draft.id}`.slice(0, 120),
    url: evidence[0] ?? draft.basedOn?.url ?? homepage,
    published: draft.date,
    license: 'Internal',
    ratings,
    overview: [],
    domains,
    ...(draft.assessor.trim() ? { basis: `${ASSESSOR_PREFIX}${draft.assessor.trim()}` } : {}),
    ...(scope ? { scope: [{ artifact: draft.name.trim(), detail: scope, date: draft.date }] } : {}),
  };
  const product: Product = {
    id: draft.id,
    name: draft.name.trim(),
    vendor: draft.vendor.trim(),
    category: draft.category.trim(),
    homepage,
    match,
  };
  return { product, assessment };
}

/** Several drafts as one dataset file, under the eight PSF domains as the loaded dataset words them. */
export function draftsDataset(
  drafts: readonly OrgDraft[],
  domains: readonly Domain[],
  meta: { version: string; published: string; publisher: string },
): Dataset {
  const records = drafts.map(draftRecords);
  const link = records[0]?.product.homepage || 'https://example.org/';
  return {
    format: 1,
    version: meta.version,
    published: meta.published,
    attribution: { publisher: meta.publisher, url: link, license: 'Internal', licenseUrl: link },
    domains: [...domains],
    products: records.map((r) => r.product),
    assessments: records.map((r) => r.assessment),
  };
}

/**
 * A draft from an assessment. `fresh` starts the organisation's own review from it (PAI's): ratings, findings
 * and actions copied as a starting point, new action ids, the assessor and date left to the author. Otherwise
 * the assessment is the organisation's own (an export or a team feed) and is read back as it was written.
 */
export function draftFromAssessment(
  product: Product,
  assessment: Assessment | null,
  options: { fresh: true; today: string } | { fresh: false },
): OrgDraft {
  const date = options.fresh ? options.today : (assessment?.published ?? '');
  const draft = emptyDraft(product.id, date);
  draft.name = product.name;
  draft.vendor = product.vendor;
  draft.category = product.category;
  draft.sites = product.match.map((rule) => ({
    host: rule.host,
    path: rule.path ?? '',
    ...(rule.exact ? { exact: true } : {}),
    ...(rule.signals ? { signals: rule.signals } : {}),
  }));
  if (!assessment) return draft;
  for (const id of DOMAIN_IDS) {
    const detail = assessment.domains[id];
    const source = detail?.ratingSource;
    draft.domains[id] = {
      rating: assessment.ratings[id] ?? null,
      findings: [...(detail?.findings ?? [])],
      actions: (detail?.actions ?? []).map((a, i) => ({
        id: options.fresh ? `org-${id.toLowerCase()}-${i + 1}` : a.id,
        text: a.text,
      })),
      evidence:
        !options.fresh && source?.startsWith(EVIDENCE_PREFIX)
          ? cleanList(source.slice(EVIDENCE_PREFIX.length).split(' '))
          : [],
    };
  }
  if (options.fresh) {
    draft.basedOn = { assessmentId: assessment.id, title: assessment.title, url: assessment.url };
    return draft;
  }
  draft.assessor = assessment.basis?.startsWith(ASSESSOR_PREFIX) ? assessment.basis.slice(ASSESSOR_PREFIX.length) : '';
  draft.scope = assessment.scope?.[0]?.detail ?? '';
  return draft;
}

/** The host patterns PSF Lens needs to show this assessment on the product's sites (the browser's permission). */
export function draftPatterns(draft: OrgDraft): string[] {
  return matchPatterns([draftRecords(draft).product]);
}
