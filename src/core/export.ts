/**
 * Exports for vendor-risk tickets and spreadsheets: a product's action checklist, as Markdown, CSV or JSON, and what
 * every export shares (the credit, safe Markdown; the comparison's own is compare-export.ts). Shared by the workspace
 * and the command line, so both write the same files. Pure.
 */
import { STATUS_LABEL, statusOf, type ChecklistItem } from './checklist.ts';
import { csvTable } from './csv.ts';
import { domainName, type Assessment, type Dataset, type Domain, type Product } from './model.ts';

export const EXPORT_FORMATS = ['md', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface Entry {
  product: Product;
  assessment: Assessment | null;
  /** Set when the assessment is the organisation's own, not PAI's: the name of the dataset it comes from. */
  own?: string;
}

export const NOT_CAPTURED = 'not captured';

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

/** The credit of the organisation's own assessment: whose it is, and that it is not PAI's. */
const ownCredit = (own: string) =>
  `your organisation's own assessment, from "${own}"; not the Production AI Institute's`;

/** Who published the assessments, under which licence, and which data: the credit every export carries. */
export function creditText({ attribution, published, version }: ExportSource, format: 'md' | 'text'): string {
  const text = format === 'md' ? mdText : (s: string) => s;
  const url = format === 'md' ? mdUrl(attribution.url) : attribution.url;
  return [
    text(`PSF assessments by the ${attribution.publisher}, ${attribution.license} (`),
    url,
    text(`); PSF data of ${published} (version ${version})`),
  ].join('');
}

/** The data's date and version, as the JSON exports give them. */
export function dataOf({ published, version }: ExportSource): { published: string; version: string } {
  return { published, version };
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
