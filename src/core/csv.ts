/**
 * CSV for spreadsheets (RFC 4180): fields quoted where needed, and cells that a spreadsheet would run as a
 * formula (starting with =, +, -, @, tab or carriage return) defused with a leading apostrophe (OWASP CSV injection).
 *
 * Excel set to a language with a decimal comma (German, French) splits a double-clicked .csv at semicolons, not at
 * commas, and a line break ends its row even inside our quotes: each semicolon or line break inside a cell then
 * starts a cell of its own, which runs on into the next of ours. A vendor's answer holding "ok;=cmd|..." would run
 * there. So a formula character after a semicolon or a line break inside a cell is defused as at the cell's start: a
 * list's dash on a line of its own gets its apostrophe too, since what follows a dash decides nothing.
 */

/** A cell a spreadsheet would run as a formula (one that trims blanks, or reads a quoted cell's quote as quoting). */
function startsFormula(text: string): boolean {
  return /^[ \t"]*[=+\-@]|^[\t\r]/.test(text);
}

/**
 * After a semicolon or a line break, what a spreadsheet would start a formula with (after any apostrophes, spaces and
 * quotes): csvCell puts one apostrophe after the break, and undefuse takes it away, so a writer's own apostrophes
 * survive both ways.
 */
const INNER_FORMULA = /(;|\r\n|\r|\n)(?='*[ \t"]*[=+\-@])/g;
const DEFUSED_INNER = /(;|\r\n|\r|\n)'(?='*[ \t"]*[=+\-@])/g;

export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (startsFormula(text)) text = `'${text}`;
  text = text.replace(INNER_FORMULA, "$1'");
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

/** Unreadable only for an unterminated quote; the reason is a code, said in words where it is shown. */
export type CsvParse = { kind: 'rows'; rows: string[][] } | { kind: 'unreadable'; reason: 'unclosed-quote' };

/**
 * Reads CSV as spreadsheets write it (RFC 4180: quoted fields may hold commas, quotes and line breaks; CRLF or
 * LF line ends; a leading byte-order mark). Blank lines are dropped. An unterminated quote makes the text
 * unreadable as a whole, since every row after it would be misread. `separator`: ';' for what spreadsheets set to
 * a language with a decimal comma (German, French) write; a tab for tab-separated text (Excel's "Unicode Text",
 * LibreOffice's and Numbers' tab-separated export), which quotes its fields the same way.
 */
export type CsvSeparator = ',' | ';' | '\t';

export function parseCsv(text: string, separator: CsvSeparator = ','): CsvParse {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const input = text.replace(/^\uFEFF/, '');
  const endRow = () => {
    row.push(field);
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
    field = '';
  };
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === separator) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      // CRLF ends a row and then an empty one, which endRow drops like any blank line.
      endRow();
    } else field += c;
  }
  if (quoted) return { kind: 'unreadable', reason: 'unclosed-quote' };
  endRow();
  return { kind: 'rows', rows };
}

/** Undoes csvCell's defusing: the apostrophe PSF Lens put before a formula character is not the writer's text. */
export function undefuse(cell: string): string {
  const inner = cell.replace(DEFUSED_INNER, '$1');
  return inner.startsWith("'") && startsFormula(inner.slice(1)) ? inner.slice(1) : inner;
}
