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

export interface FieldIssue {
  /** The form field: `name`, `sites.0.host`, `domains.D3.findings.1`, `domains.D3.evidence.0`, `date`... */
  field: string;
  message: string;
}

export type DraftCheck = { kind: 'ready' } | { kind: 'not-ready'; issues: FieldIssue[] };

const LABELS: Record<string, string> = {
  name: 'The product name',
  vendor: 'The vendor',
  category: 'The category',
  sites: 'The sites',
  host: 'The host',
  path: 'The path',
  findings: 'This finding',
  actions: 'This action',
  evidence: 'This evidence link',
  assessor: 'The assessor',
  date: 'The date',
  scope: 'The scope',
  id: "The product's id",
};

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

function plain(field: string, message: string): string {
  const last =
    field
      .split('.')
      .filter((p) => !/^\d+$/.test(p) && !/^D\d$/.test(p))
      .pop() ?? field;
  if (message.startsWith('duplicate action id'))
    return 'Another action of this assessment has the same id: remove one.';
  if (field === 'sites' && /at least one|must be a URL/.test(message)) return 'Add at least one site (a host name).';
  if (last === 'host') return 'A host is a lower-case name such as vendor.example: no https://, no www., no path.';
  if (last === 'path') return 'A path starts with / and holds no ? or #, such as /product.';
  if (field.endsWith('.evidence') && /longer/.test(message))
    return "This domain's evidence links are too long together (280 characters at most): keep the essential ones.";
  return `${LABELS[last] ?? 'This field'} ${message}.`;
}

const DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

/** Rules of the form beyond the dataset's: each evidence link on its own, a full date, at least one site. */
function formIssues(draft: OrgDraft): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!draft.sites.some((s) => s.host.trim()))
    issues.push({ field: 'sites', message: 'Add at least one site (a host name) where the product lives.' });
  if (!draft.assessor.trim()) issues.push({ field: 'assessor', message: 'Name the assessor: a person or a team.' });
  else if (draft.assessor.trim().length > NAME_MAX)
    issues.push({ field: 'assessor', message: `The assessor is longer than ${NAME_MAX} characters.` });
  if (!DATE.test(draft.date)) issues.push({ field: 'date', message: 'The date is a day, YYYY-MM-DD.' });
  for (const d of DOMAIN_IDS) {
    draft.domains[d].evidence.forEach((link, i) => {
      if (link.trim() && !v.is(httpsUrlSchema(), link.trim()))
        issues.push({ field: `domains.${d}.evidence.${i}`, message: 'An evidence link is an https:// address.' });
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
  if (field === null) return { field: 'form', message: `${issue.path}: ${issue.message}` };
  return { field: formIndex(draft, field), message: plain(field, issue.message) };
}
