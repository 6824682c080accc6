/**
 * The dataset's rules across records, which a structural schema cannot say: ids repeated, assessments of unknown
 * products, summary counts that disagree with the ratings, match rules that could not work as written. Each
 * problem names its JSON path. Used by schema.ts's `validateDataset`.
 */
import { DOMAIN_IDS, RATINGS, type Dataset } from './model.ts';
import { isSharedHost } from './match-patterns.ts';
import { countRatings } from './summary.ts';

export interface DatasetIssue {
  /** JSON path, e.g. `$.assessments[3].ratings.D9`. */
  path: string;
  message: string;
}

/** An id where it stands in the input (null when it is not a string). */
interface IdAt {
  id: string | null;
  path: string;
}

function duplicates(entries: readonly IdAt[], what: string): DatasetIssue[] {
  const seen = new Map<string, string>();
  const issues: DatasetIssue[] = [];
  for (const { id, path } of entries) {
    if (id === null) continue;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, path);
    else issues.push({ path, message: `duplicate ${what} "${id}" (first at ${first})` });
  }
  return issues;
}

/** A value's own fields, or none: property reads on anything else than an object find nothing. */
const record = (value: unknown): Record<string, unknown> => Object(value) as Record<string, unknown>;
// Stryker disable next-line ArrayDeclaration: a filler entry holds no string id, and entries without one are skipped
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const idOf = (value: unknown): string | null => {
  const id = record(value).id;
  return typeof id === 'string' ? id : null;
};

/**
 * Repeated ids of domains, products, assessments and actions. Read from the input as it is, valid or not, so a
 * file with structural problems has its repeated ids named in the same run rather than after the next fix.
 */
export function idIssues(input: unknown): DatasetIssue[] {
  const root = record(input);
  const issues = (['domains', 'products', 'assessments'] as const).flatMap((key) =>
    duplicates(
      list(root[key]).map((item, i) => ({ id: idOf(item), path: `$.${key}[${i}].id` })),
      { domains: 'domain', products: 'product id', assessments: 'assessment id' }[key],
    ),
  );
  const actions = list(root.assessments).flatMap((assessment, i) => {
    const domains = record(record(assessment).domains);
    return DOMAIN_IDS.flatMap((domain) =>
      list(record(domains[domain]).actions).map((action, j) => ({
        id: idOf(action),
        path: `$.assessments[${i}].domains.${domain}.actions[${j}].id`,
      })),
    );
  });
  return [...issues, ...duplicates(actions, 'action id')];
}

/** Match rules that could not work as written: page signals on a shared host, exclusions on a host never matched. */
function ruleIssues(dataset: Dataset): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  dataset.products.forEach((product, i) => {
    product.match.forEach((rule, j) => {
      if (rule.signals && isSharedHost(rule.host)) {
        issues.push({
          path: `$.products[${i}].match[${j}].signals`,
          message: `${rule.host} is shared by many vendors, where the URL alone decides and page signals are never read: give a longer path instead`,
        });
      }
    });
    const hosts = new Set(product.match.map((r) => r.host));
    product.exclude?.forEach((rule, j) => {
      if (!hosts.has(rule.host)) {
        issues.push({
          path: `$.products[${i}].exclude[${j}].host`,
          message: `${product.id} has no match rule on ${rule.host}, so there is nothing to exclude`,
        });
      }
    });
  });
  return issues;
}

/** Rules across records that a structural schema cannot say. */
export function consistencyIssues(dataset: Dataset): DatasetIssue[] {
  const issues: DatasetIssue[] = [...idIssues(dataset), ...ruleIssues(dataset)];
  const productIds = new Set(dataset.products.map((p) => p.id));
  dataset.assessments.forEach((assessment, i) => {
    const at = `$.assessments[${i}]`;
    if (!productIds.has(assessment.productId)) {
      issues.push({ path: `${at}.productId`, message: `unknown product "${assessment.productId}"` });
    }
    const source = assessment.summaryCounts;
    if (!source) return;
    const { captured, ...own } = countRatings(assessment.ratings);
    const total = source.Strong + source.Partial + source.Gap;
    if (total !== DOMAIN_IDS.length) {
      issues.push({ path: `${at}.summaryCounts`, message: `counts add up to ${total}, not 8` });
    }
    for (const r of RATINGS) {
      const disagrees = captured === DOMAIN_IDS.length ? own[r] !== source[r] : own[r] > source[r];
      if (disagrees) {
        issues.push({
          path: `${at}.summaryCounts.${r}`,
          message: `counts say ${source[r]} ${r} but the ratings hold ${own[r]}`,
        });
      }
    }
  });
  return issues;
}
