/**
 * Exports for vendor-risk tickets and spreadsheets: a comparison and a product's action checklist, as Markdown,
 * CSV or JSON. Shared by the workspace and the command line, so both write the same files. Pure.
 */
import { STATUS_LABEL, statusOf, type ChecklistItem } from './checklist.ts';
import { csvTable } from './csv.ts';
import { DOMAIN_IDS, domainName, type Assessment, type Dataset, type Domain, type Product } from './model.ts';

export const EXPORT_FORMATS = ['md', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface Entry {
  product: Product;
  assessment: Assessment | null;
  /** Set when the assessment is the organisation's own, not PAI's: the name of the dataset it comes from. */
  own?: string;
}

const NOT_CAPTURED = 'not captured';
const NOT_ASSESSED = 'not assessed';

/** Where an export's facts come from: the dataset's credit, and which data it is (its date and version). */
export type ExportSource = Pick<Dataset, 'attribution' | 'version' | 'published'>;

/**
 * Text made safe for Markdown: no markup, links, HTML or table breaks can ride in on dataset or user text, and no
 * entity ("&amp;" typed in a note would show as "&"); a lone "&", as in "R&D", stays as it is.
 */
export function mdText(text: string): string {
  return text
    .replace(/\r?\n|\r/g, ' ')
    .replace(/[\\`*_{}[\]()<>|#!~]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '\\&');
}

/**
 * A text of several lines (a checklist note) as Markdown that keeps them: each line made safe as by mdText and
 * ended by a hard line break (CommonMark's backslash), the next indented by `indent` so that it stays in its list
 * item. A line starting like a list item or a heading's underline ("- ", "+", "=", "1.") is escaped, so it stays
 * text. Blank lines are dropped: one would end the list item.
 */
export function mdLines(text: string, indent: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) =>
      mdText(line)
        .replace(/^[-+=]/, '\\$&')
        .replace(/^(\d+)\./, '$1\\.'),
    )
    .join(`\\\n${indent}`);
}

/** A link Markdown renders as one: an autolink, with the characters that could end it percent-encoded. */
export function mdUrl(url: string): string {
  return url ? `<${url.replace(/[<>|\s]/g, (c) => encodeURIComponent(c))}>` : '';
}

/**
 * The credit and the data's date, after "Source: " in Markdown and in the Source row of the comparison's CSV. In
 * Markdown the address is an autolink: bare, a renderer that links addresses took the escaped ")" after it into
 * the link, which then led to "https://productionai.institute/\".
 */
function sourceText(source: ExportSource, format: 'md' | 'text', entries: readonly Entry[]): string {
  const text = format === 'md' ? mdText : (s: string) => s;
  const owns = ownNames(entries);
  // PAI and its licence are credited for PAI's columns only: a comparison of the organisation's own assessments
  // alone credits no one else, and one beside PAI's says which columns are not PAI's.
  const hasPai = !owns.length || entries.some((e) => !e.own);
  return [
    hasPai ? creditText(source, format) : '',
    owns.length ? text(hasPai ? `; ${ownColumnsCredit(owns)}` : ownColumnsCredit(owns, 'all columns')) : '',
    text(`. Ratings not captured by PSF Lens are marked "${NOT_CAPTURED}"; the linked assessment has them.`),
  ].join('');
}

/** The names of the organisation's datasets a comparison's own columns come from, each once. */
const ownNames = (entries: readonly Entry[]) => [...new Set(entries.flatMap((e) => (e.own ? [e.own] : [])))];

/** The credit of a comparison's own columns: whose they are, and that they are neither PAI's nor under its licence. */
const ownColumnsCredit = (owns: readonly string[], which = 'the columns assessed by your organisation') =>
  `${which} are your organisation's own assessments, from ${owns.map((o) => `"${o}"`).join(', ')}; ` +
  "not the Production AI Institute's, nor under its licence";

/** The credit of the organisation's own assessment: whose it is, and that it is not PAI's. */
const ownCredit = (own: string) =>
  `your organisation's own assessment, from "${own}"; not the Production AI Institute's`;

/** Who published the assessments, under which licence, and which data: the credit every export carries. */
function creditText({ attribution, published, version }: ExportSource, format: 'md' | 'text'): string {
  const text = format === 'md' ? mdText : (s: string) => s;
  const url = format === 'md' ? mdUrl(attribution.url) : attribution.url;
  return [
    text(`PSF assessments by the ${attribution.publisher}, ${attribution.license} (`),
    url,
    text(`); PSF data of ${published} (version ${version})`),
  ].join('');
}

/** The data's date and version, as the JSON exports give them. */
function dataOf({ published, version }: ExportSource): { published: string; version: string } {
  return { published, version };
}

export function compareExport(
  entries: readonly Entry[],
  domains: readonly Domain[],
  source: ExportSource,
  format: ExportFormat,
): string {
  const rating = (e: Entry, d: (typeof DOMAIN_IDS)[number]) => e.assessment?.ratings[d] ?? null;
  if (format === 'json') {
    const owns = ownNames(entries);
    const hasPai = !owns.length || entries.some((e) => !e.own);
    return `${JSON.stringify(
      {
        note: owns.length
          ? 'A rating of null was not captured by PSF Lens (the linked assessment has it), or, for a product with ' +
            'assessedBy, not assessed by the organisation.'
          : 'A rating of null was not captured by PSF Lens: the linked assessment has it.',
        // PAI's credit and data for PAI's assessments; the organisation's own are credited to it alone.
        ...(hasPai ? { source: source.attribution, data: dataOf(source) } : {}),
        ...(owns.length ? { ownAssessments: `${ownColumnsCredit(owns, 'The products with assessedBy')}.` } : {}),
        domains: DOMAIN_IDS.map((id) => ({ id, name: domainName(domains, id) })),
        products: entries.map((e) => ({
          id: e.product.id,
          name: e.product.name,
          vendor: e.product.vendor,
          // Only an organisation's own assessment says whose it is: every other one is PAI's.
          ...(e.own ? { assessedBy: { organisation: e.own } } : {}),
          assessment: e.assessment
            ? {
                id: e.assessment.id,
                title: e.assessment.title,
                url: e.assessment.url,
                published: e.assessment.published ?? null,
                psfVersion: e.assessment.psfVersion ?? null,
              }
            : null,
          ratings: Object.fromEntries(DOMAIN_IDS.map((d) => [d, rating(e, d)])),
        })),
      },
      null,
      2,
    )}\n`;
  }
  const rows: string[][] = [
    ['Vendor', ...entries.map((e) => e.product.vendor)],
    // Said only when one of them is the organisation's own: that column is not PAI's.
    ...(entries.some((e) => e.own)
      ? [['Assessed by', ...entries.map((e) => (e.own ? `your organisation (${e.own})` : 'PSF (PAI)'))]]
      : []),
    ['Assessment', ...entries.map((e) => e.assessment?.title ?? 'no PSF assessment')],
    // As the page says it: an assessment of no known date, and a blank where there is no assessment at all.
    ['Published', ...entries.map((e) => (e.assessment ? (e.assessment.published ?? 'date unknown') : ''))],
    ...DOMAIN_IDS.map((d) => [
      `${d} ${domainName(domains, d)}`,
      // A domain the organisation's own assessment left unrated is one it did not assess, not one PSF Lens missed.
      ...entries.map((e) => (e.assessment ? (rating(e, d) ?? (e.own ? NOT_ASSESSED : NOT_CAPTURED)) : '')),
    ]),
  ];
  const links = entries.map((e) => e.assessment?.url ?? '');
  const header = ['', ...entries.map((e) => e.product.name)];
  if (format === 'csv')
    return csvTable(header, [...rows, ['Link', ...links], ['Source', sourceText(source, 'text', entries)]]);
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    `# PSF comparison: ${mdText(entries.map((e) => e.product.name).join(', '))}`,
    '',
    line(header.map(mdText)),
    `|${header.map(() => ' --- ').join('|')}|`,
    ...rows.map((row) => line(row.map(mdText))),
    line(['Link', ...links.map(mdUrl)]),
    '',
    `Source: ${sourceText(source, 'md', entries)}`,
    '',
  ].join('\n');
}

export function actionsExport(
  entry: Entry,
  items: readonly ChecklistItem[],
  domains: readonly Domain[],
  source: ExportSource,
  format: ExportFormat,
): string {
  const { product, assessment, own } = entry;
  const fields = (item: ChecklistItem) => ({
    id: item.actionId,
    domain: item.domain,
    text: item.text,
    status: statusOf(item),
    owner: item.state?.owner ?? '',
    due: item.state?.due ?? '',
    notes: item.state?.notes ?? '',
    retired: item.retired,
  });
  if (format === 'json') {
    return `${JSON.stringify(
      {
        product: { id: product.id, name: product.name, vendor: product.vendor },
        assessment: assessment ? { id: assessment.id, title: assessment.title, url: assessment.url } : null,
        // The organisation's own assessment is credited to it, not to the PSF's publisher.
        ...(own ? { assessedBy: { organisation: own } } : { source: source.attribution, data: dataOf(source) }),
        actions: items.map(fields),
      },
      null,
      2,
    )}\n`;
  }
  if (format === 'csv') {
    const header = [
      'product',
      'domain_id',
      'domain',
      'action_id',
      'action',
      'status',
      'owner',
      'due',
      'notes',
      'retired',
      'assessment_url',
      // On every row: a ticket made of one row still credits the PSF and its licence.
      'source',
    ];
    const credit = own ? ownCredit(own) : creditText(source, 'text');
    return csvTable(
      header,
      items.map((item) => {
        const f = fields(item);
        return [
          product.name,
          f.domain,
          domainName(domains, f.domain),
          f.id,
          f.text,
          STATUS_LABEL[f.status],
          f.owner,
          f.due,
          f.notes,
          f.retired ? 'retired' : '',
          assessment?.url ?? '',
          credit,
        ];
      }),
    );
  }
  const out = [`# PSF actions: ${mdText(product.name)}`, ''];
  if (assessment)
    out.push(
      `From ${own ? "your organisation's" : 'the'} assessment "${mdText(assessment.title)}": ${mdUrl(assessment.url)}`,
      '',
    );
  const section = (title: string, list: readonly ChecklistItem[]) => {
    if (!list.length) return;
    out.push(`## ${title}`, '');
    for (const item of list) {
      const f = fields(item);
      const meta = [STATUS_LABEL[f.status], f.owner && `owner ${mdText(f.owner)}`, f.due && `due ${f.due}`]
        .filter(Boolean)
        .join(', ');
      // A task box for work: open or done. An action that does not apply is no task, so a ticket's task count
      // counts it neither as work left nor as work done.
      const box = f.status === 'not-applicable' ? '' : f.status === 'done' ? '[x] ' : '[ ] ';
      out.push(`- ${box}**${f.domain} ${mdText(domainName(domains, f.domain))}:** ${mdText(f.text)} (${meta})`);
      if (f.notes) out.push(`  - Notes: ${mdLines(f.notes, '    ')}`);
    }
    out.push('');
  };
  section(
    'Actions',
    items.filter((i) => !i.retired),
  );
  section(
    'Retired (no longer in the assessment)',
    items.filter((i) => i.retired),
  );
  if (!items.length) out.push('The assessment lists no practitioner actions that PSF Lens captured.', '');
  // The credit alone: the sentence on ratings not captured has nothing to point at in a list of actions.
  out.push(`Source: ${own ? mdText(ownCredit(own)) : creditText(source, 'md')}.`, '');
  return out.join('\n');
}
