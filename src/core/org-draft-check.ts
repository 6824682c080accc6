/**
 * What stands between a draft and a saved assessment: the dataset rules (`validateDataset`, the same as
 * `psf-lens check` and every import), run over the dataset file the draft would become, with each problem moved
 * from its JSON path to the form field it comes from and said in plain words. A few rules a dataset cannot see
 * (a link list, a complete date) are checked here with the dataset's own schemas. Pure.
 */
import * as v from 'valibot';
import { DOMAIN_IDS, type Domain, type DomainId } from './model.ts';
import { draftsDataset, type OrgDraft } from './org-draft.ts';
import { httpsUrlSchema, NAME_MAX, validateDataset, type DatasetIssue } from './schema.ts';

/** What a field's problem is about: the product name, a finding, an evidence link... */
export type FieldLabel = keyof typeof LABELS;

/**
 * What is wrong with a field, as a code with its details: the workspace says it in its reader's language. `other`
 * carries a dataset rule's own English words (an invisible character, an id's shape) that no code names yet.
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
  | { kind: 'other'; label: FieldLabel; text: string };

export interface FieldIssue {
  /** The form field: `name`, `sites.0.host`, `domains.D3.findings.1`, `domains.D3.evidence.0`, `date`... */
  field: string;
  problem: FieldProblem;
}

export type DraftCheck = { kind: 'ready' } | { kind: 'not-ready'; issues: FieldIssue[] };

const LABELS = {
  name: true,
  vendor: true,
  category: true,
  sites: true,
  host: true,
  path: true,
  findings: true,
  actions: true,
  evidence: true,
  assessor: true,
  date: true,
  scope: true,
  id: true,
  field: true,
} as const;
const labelOf = (key: string): FieldLabel => (key in LABELS ? (key as FieldLabel) : 'field');

/** `$.products[0].match[2].host` -> `sites.2.host`, and so on; null for a path no field explains. */
export function fieldOf(path: string): string | null {
  const rules: [RegExp, (m: RegExpMatchArray) => string][] = [
    [/^\$\.products\[0\]\.(name|vendor|category|id)$/, (m) => m[1]!],
    [/^\$\.products\[0\]\.match\[(\d+)\]\.(host|path)$/, (m) => `sites.${m[1]}.${m[2]}`],
    [/^\$\.products\[0\]\.(match|homepage)/, () => 'sites'],
    [/^\$\.assessments\[0\]\.domains\.(D\d)\.findings\[(\d+)\]$/, (m) => `domains.${m[1]}.findings.${m[2]}`],
    [/^\$\.assessments\[0\]\.domains\.(D\d)\.actions\[(\d+)\]\.(?:text|id)$/, (m) => `domains.${m[1]}.actions.${m[2]}`],
    [/^\$\.assessments\[0\]\.domains\.(D\d)\.ratingSource$/, (m) => `domains.${m[1]}.evidence`],
    [/^\$\.assessments\[0\]\.(published|scope\[0\]\.date)$/, () => 'date'],
    [/^\$\.assessments\[0\]\.scope\[0\]\.detail$/, () => 'scope'],
    [/^\$\.assessments\[0\]\.scope\[0\]\.artifact$/, () => 'name'],
    [/^\$\.assessments\[0\]\.basis$/, () => 'assessor'],
    [/^\$\.assessments\[0\]\.title$/, () => 'name'],
    [/^\$\.assessments\[0\]\.url$/, () => 'sites'],
  ];
  for (const [pattern, field] of rules) {
    const m = path.match(pattern);
    if (m) return field(m);
  }
  return null;
}

/** A dataset rule's refusal of a field, as the form's problem. */
function plain(field: string, message: string): FieldProblem {
  const last =
    field
      .split('.')
      .filter((p) => !/^\d+$/.test(p) && !/^D\d$/.test(p))
      .pop() ?? field;
  if (message.startsWith('duplicate action id')) return { kind: 'duplicate-action' };
  if (field === 'sites' && /at least one|must be a URL/.test(message)) return { kind: 'no-site' };
  if (last === 'host') return { kind: 'host' };
  if (last === 'path') return { kind: 'path' };
  const longer = message.match(/longer than (\d+)/);
  if (field.endsWith('.evidence') && longer) return { kind: 'evidence-too-long', max: Number(longer[1]) };
  if (longer) return { kind: 'too-long', label: labelOf(last), max: Number(longer[1]) };
  if (message === 'must not be empty') return { kind: 'required', label: labelOf(last) };
  return { kind: 'other', label: labelOf(last), text: message };
}

const DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

/** Rules of the form beyond the dataset's: each evidence link on its own, a full date, at least one site. */
function formIssues(draft: OrgDraft): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!draft.sites.some((s) => s.host.trim())) issues.push({ field: 'sites', problem: { kind: 'no-site' } });
  if (!draft.assessor.trim()) issues.push({ field: 'assessor', problem: { kind: 'no-assessor' } });
  else if (draft.assessor.trim().length > NAME_MAX)
    issues.push({ field: 'assessor', problem: { kind: 'too-long', label: 'assessor', max: NAME_MAX } });
  if (!DATE.test(draft.date)) issues.push({ field: 'date', problem: { kind: 'date' } });
  for (const d of DOMAIN_IDS) {
    draft.domains[d].evidence.forEach((link, i) => {
      if (link.trim() && !v.is(httpsUrlSchema(), link.trim()))
        issues.push({ field: `domains.${d}.evidence.${i}`, problem: { kind: 'evidence-https' } });
    });
  }
  return issues;
}

const PLACEHOLDER_DOMAINS: Domain[] = DOMAIN_IDS.map((id) => ({ id, name: id, summary: id }));

export function checkDraft(draft: OrgDraft): DraftCheck {
  const dataset = draftsDataset([draft], PLACEHOLDER_DOMAINS, {
    version: '2000.01.01',
    published: '2000-01-01',
    publisher: 'check',
  });
  const own = formIssues(draft);
  const result = validateDataset(dataset);
  const fromDataset = result.kind === 'invalid' ? result.issues.map((issue) => toField(draft, issue)) : [];
  const issues: FieldIssue[] = [];
  for (const issue of [...own, ...fromDataset]) {
    if (!issues.some((i) => i.field === issue.field)) issues.push(issue);
  }
  return issues.length ? { kind: 'not-ready', issues } : { kind: 'ready' };
}

/** Blank entries are left out of the dataset, so an index there is the n-th non-blank entry of the form's list. */
function formIndex(draft: OrgDraft, field: string): string {
  const site = field.match(/^sites\.(\d+)\.(host|path)$/);
  if (site) {
    const kept = draft.sites.flatMap((s, i) => (s.host.trim() ? [i] : []));
    return `sites.${kept[Number(site[1])] ?? site[1]}.${site[2]}`;
  }
  const m = field.match(/^domains\.(D\d)\.(findings|actions|evidence)\.(\d+)$/);
  const domain = m && draft.domains[m[1] as DomainId];
  if (!m || !domain) return field;
  const texts = m[2] === 'actions' ? domain.actions.map((a) => a.text) : domain[m[2] as 'findings' | 'evidence'];
  const kept = texts.flatMap((t, i) => (t.trim() ? [i] : []));
  return `domains.${m[1]}.${m[2]}.${kept[Number(m[3])] ?? m[3]}`;
}

function toField(draft: OrgDraft, issue: DatasetIssue): FieldIssue {
  const field = fieldOf(issue.path);
  if (field === null)
    return { field: 'form', problem: { kind: 'other', label: 'field', text: `${issue.path}: ${issue.message}` } };
  return { field: formIndex(draft, field), problem: plain(field, issue.message) };
}
