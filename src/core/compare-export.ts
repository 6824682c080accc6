/**
 * The comparison's export, as Markdown, CSV or JSON: the columns side by side, each credited to whoever assessed it
 * (PAI under its licence, or the organisation). Shared by the workspace and the command line. Pure.
 */
import { csvTable } from './csv.ts';
import {
  creditText,
  dataOf,
  mdText,
  mdUrl,
  NOT_CAPTURED,
  type Entry,
  type ExportFormat,
  type ExportSource,
} from './export.ts';
import { DOMAIN_IDS, domainName, type Domain } from './model.ts';

const NOT_ASSESSED = 'not assessed';

/**
 * The credit and the data's date, after "Source: " in Markdown and in the Source row of the comparison's CSV. In
 * Markdown the address is an autolink: bare, a renderer that links addresses took the escaped ")" after it into
 * the link, which then led to "https://productionai.institute/\".
 */
function sourceText(source: ExportSource, format: 'md' | 'text', { owns, hasPai }: Credit): string {
  const text = format === 'md' ? mdText : (s: string) => s;
  return [
    hasPai ? creditText(source, format) : '',
    owns.length ? text(hasPai ? `; ${ownColumnsCredit(owns)}` : ownColumnsCredit(owns, 'all columns')) : '',
    text(`. Ratings not captured by PSF Lens are marked "${NOT_CAPTURED}"; the linked assessment has them.`),
  ].join('');
}

/** Whom a comparison credits: the organisation's datasets its own columns come from (each once), and PAI. */
interface Credit {
  owns: string[];
  hasPai: boolean;
}

/**
 * PAI and its licence are credited for PAI's columns only: a comparison of the organisation's own assessments alone
 * credits no one else, and one beside PAI's says which columns are not PAI's.
 */
function creditOf(entries: readonly Entry[]): Credit {
  const owns = [...new Set(entries.flatMap((e) => (e.own ? [e.own] : [])))];
  return { owns, hasPai: !owns.length || entries.some((e) => !e.own) };
}

/** The credit of a comparison's own columns: whose they are, and that they are neither PAI's nor under its licence. */
const ownColumnsCredit = (owns: readonly string[], which = 'the columns assessed by your organisation') =>
  `${which} are your organisation's own assessments, from ${owns.map((o) => `"${o}"`).join(', ')}; ` +
  "not the Production AI Institute's, nor under its licence";

export function compareExport(
  entries: readonly Entry[],
  domains: readonly Domain[],
  source: ExportSource,
  format: ExportFormat,
): string {
  const rating = (e: Entry, d: (typeof DOMAIN_IDS)[number]) => e.assessment?.ratings[d] ?? null;
  const credit = creditOf(entries);
  const { owns, hasPai } = credit;
  if (format === 'json') {
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
    return csvTable(header, [...rows, ['Link', ...links], ['Source', sourceText(source, 'text', credit)]]);
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    `# PSF comparison: ${mdText(entries.map((e) => e.product.name).join(', '))}`,
    '',
    line(header.map(mdText)),
    `|${header.map(() => ' --- ').join('|')}|`,
    ...rows.map((row) => line(row.map(mdText))),
    line(['Link', ...links.map(mdUrl)]),
    '',
    `Source: ${sourceText(source, 'md', credit)}`,
    '',
  ].join('\n');
}
