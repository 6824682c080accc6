/**
 * What stands between a draft and a saved assessment: the dataset rules (`validateDataset`, the same as
 * `psf-lens check` and every import), run over the dataset file the draft would become, with each problem moved
 * from its JSON path to the form field it comes from and said in plain words. A few rules a dataset cannot see
 * (a link list, a complete date) are checked here with the dataset's own schemas. Pure.
 */
import * as v from 'valibot';
import { DOMAIN_IDS, type Domain } from './model.ts';
import { draftsDataset, type OrgDraft } from './org-draft.ts';
import { httpsUrlSchema, NAME_MAX } from './dataset-schema.ts';
import { validateDataset, type DatasetIssue } from './schema.ts';

/** What a field's problem is about: the product name, a finding, an evidence link... `field`: none in particular. */
export type FieldLabel =
  | 'name'
  | 'vendor'
  | 'category'
  | 'sites'
  | 'host'
  | 'path'
  | 'findings'
  | 'actions'
  | 'evidence'
  | 'assessor'
  | 'date'
  | 'scope'
  | 'id'
  | 'field';

/**
 * What is wrong with a field, as a code with its details: the workspace says it in its reader's language. `other`
 * carries a dataset rule's own English sentence (an invisible character, an id's shape), which the workspace reads
 * back as a dataset problem's code (`datasetProblem`) to say it; `path` is where in the dataset file a problem no
 * field explains was found.
 */
export type FieldProblem =
  | { kind: 'required'; label: FieldLabel }
  | { kind: 'too-long'; label: FieldLabel; max: number }
  | { kind: 'no-site' }
  | { kind: 'host' }
  | { kind: 'path' }
  | { kind: 'no-assessor' }
  | { kind: 'date' }
  | { kind: 'evidence-https' }
  | { kind: 'evidence-too-long'; max: number }
  | { kind: 'duplicate-action' }
  /** Another assessment of the organisation's is of the same product (found where versions are saved). */
  | { kind: 'duplicate-product' }
  | { kind: 'other'; label: FieldLabel; text: string; path?: string };

export interface FieldIssue {
  /** The form field: `name`, `sites.0.host`, `domains.D3.findings.1`, `domains.D3.evidence.0`, `date`... */
  field: string;
  problem: FieldProblem;
}

export type DraftCheck = { kind: 'ready' } | { kind: 'not-ready'; issues: FieldIssue[] };

/** A form field, and what it holds (the subject of its problem's sentence). */
interface Target {
  field: string;
  label: FieldLabel;
}

/** A field of the form's own: `name`, `date`, `sites` as a whole... */
function own(label: FieldLabel): Target {
  return { field: label, label };
}

/** Blank entries are left out of the dataset, so its n-th entry is the form's n-th non-blank one: their rows. */
function kept(texts: readonly string[]): number[] {
  return texts.flatMap((text, row) => (text.trim() ? [row] : []));
}

/**
 * The form field behind each dataset path of the draft's file (`$.products[0].match[1].host` is `sites.2.host`
 * when the form's second row is blank). The links the file derives (the product's homepage, the assessment's and
 * the file's own link) are the field they come from: the first site's host, or the first evidence link; the ids
 * the file derives from the product's id are the id's. A site's rule beyond its host and path (its page signals)
 * is the sites' as a whole; a path no field explains, none.
 */
function targets(draft: OrgDraft): (path: string) => Target | undefined {
  const PRODUCT = '$.products[0]';
  const ASSESSMENT = '$.assessments[0]';
  const SITES = own('sites');
  const sites = kept(draft.sites.map((s) => s.host));
  const home: Target = sites.length ? { field: `sites.${sites[0]}.host`, label: 'host' } : SITES;
  const evidence = DOMAIN_IDS.flatMap((d) =>
    kept(draft.domains[d].evidence).map((row): Target => ({
      field: `domains.${d}.evidence.${row}`,
      // Stryker disable next-line StringLiteral: the form's own https check names this link first: never shown
      label: 'evidence',
    })),
  );
  const map = new Map<string, Target | undefined>([
    [`${PRODUCT}.id`, own('id')],
    [`${ASSESSMENT}.id`, own('id')],
    [`${ASSESSMENT}.productId`, own('id')],
    [`${PRODUCT}.name`, own('name')],
    [`${PRODUCT}.vendor`, own('vendor')],
    [`${PRODUCT}.category`, own('category')],
    [`${PRODUCT}.homepage`, home],
    ['$.attribution.url', home],
    ['$.attribution.licenseUrl', home],
    [`${ASSESSMENT}.title`, own('name')],
    [`${ASSESSMENT}.published`, own('date')],
    [`${ASSESSMENT}.basis`, own('assessor')],
    [`${ASSESSMENT}.scope[0].artifact`, own('name')],
    [`${ASSESSMENT}.scope[0].detail`, own('scope')],
    [`${ASSESSMENT}.scope[0].date`, own('date')],
  ]);
  // Without evidence, the assessment links to the one it started from: that link is no field's.
  map.set(`${ASSESSMENT}.url`, evidence[0] ?? (draft.basedOn ? undefined : home));
  sites.forEach((row, i) => {
    map.set(`${PRODUCT}.match[${i}].host`, { field: `sites.${row}.host`, label: 'host' });
    map.set(`${PRODUCT}.match[${i}].path`, { field: `sites.${row}.path`, label: 'path' });
  });
  for (const d of DOMAIN_IDS) {
    const domain = draft.domains[d];
    const at = `${ASSESSMENT}.domains.${d}`;
    kept(domain.findings).forEach((row, i) =>
      map.set(`${at}.findings[${i}]`, { field: `domains.${d}.findings.${row}`, label: 'findings' }),
    );
    kept(domain.actions.map((a) => a.text)).forEach((row, i) => {
      const action: Target = { field: `domains.${d}.actions.${row}`, label: 'actions' };
      map.set(`${at}.actions[${i}].id`, action);
      map.set(`${at}.actions[${i}].text`, action);
    });
    map.set(`${at}.ratingSource`, { field: `domains.${d}.evidence`, label: 'evidence' });
  }
  return (path) => map.get(path) ?? (path.startsWith(`${PRODUCT}.match`) ? SITES : undefined);
}

/** A dataset rule's refusal of a field, as the form's problem. */
function plain(label: FieldLabel, message: string): FieldProblem {
  if (message.startsWith('duplicate action id')) return { kind: 'duplicate-action' };
  if (label === 'host') return { kind: 'host' };
  if (label === 'path') return { kind: 'path' };
  const longer = message.match(/longer than (\d+)/);
  if (longer && label === 'evidence') return { kind: 'evidence-too-long', max: Number(longer[1]) };
  if (longer) return { kind: 'too-long', label, max: Number(longer[1]) };
  if (message === 'must not be empty') return { kind: 'required', label };
  return { kind: 'other', label, text: message };
}

/** Rules of the form beyond the dataset's: each evidence link on its own, a full date, at least one site. */
function formIssues(draft: OrgDraft): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!draft.sites.some((s) => s.host.trim())) issues.push({ field: 'sites', problem: { kind: 'no-site' } });
  if (!draft.assessor.trim()) issues.push({ field: 'assessor', problem: { kind: 'no-assessor' } });
  else if (draft.assessor.trim().length > NAME_MAX)
    issues.push({ field: 'assessor', problem: { kind: 'too-long', label: 'assessor', max: NAME_MAX } });
  if (!/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/.test(draft.date))
    issues.push({ field: 'date', problem: { kind: 'date' } });
  for (const d of DOMAIN_IDS) {
    draft.domains[d].evidence.forEach((link, i) => {
      if (link.trim() && !v.is(httpsUrlSchema(), link.trim()))
        issues.push({ field: `domains.${d}.evidence.${i}`, problem: { kind: 'evidence-https' } });
    });
  }
  return issues;
}

export function checkDraft(draft: OrgDraft): DraftCheck {
  const domains: Domain[] = DOMAIN_IDS.map((id) => ({ id, name: id, summary: id }));
  const dataset = draftsDataset([draft], domains, {
    version: '2000.01.01',
    published: '2000-01-01',
    publisher: 'check',
  });
  const result = validateDataset(dataset);
  const targetOf = targets(draft);
  const fromDataset =
    result.kind === 'invalid' ? result.issues.map((issue) => toField(targetOf(issue.path), issue)) : [];
  // One problem a field: the form's own rules first, as they say it more precisely.
  const issues: FieldIssue[] = [];
  for (const issue of [...formIssues(draft), ...fromDataset]) {
    if (!issues.some((i) => i.field === issue.field)) issues.push(issue);
  }
  return issues.length ? { kind: 'not-ready', issues } : { kind: 'ready' };
}

/** A dataset issue at its form field; what no field explains is the form's, with its path. */
function toField(target: Target | undefined, issue: DatasetIssue): FieldIssue {
  if (!target)
    return { field: 'form', problem: { kind: 'other', label: 'field', text: issue.message, path: issue.path } };
  return { field: target.field, problem: plain(target.label, issue.message) };
}
