/**
 * CSV for spreadsheets (RFC 4180): fields quoted where needed, and cells that a spreadsheet would run as a
 * formula (starting with =, +, -, @, tab or carriage return) defused with a leading apostrophe (OWASP CSV injection).
 */

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly (string | number | null | undefined)[]): string {
  return values.map(csvCell).join(',');
}

/** A whole table, CRLF line ends as RFC 4180 says, header first. */
export function csvTable(
  header: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
): string {
  return [header, ...rows].map(csvRow).join('\r\n') + '\r\n';
}
