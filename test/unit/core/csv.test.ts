// CSV cells survive commas, quotes, newlines and spreadsheets that would run them as formulas.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { csvCell, csvRow, csvTable, parseCsv, undefuse } from '../../../src/core/csv.ts';

describe('csvCell', () => {
  test.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    [' padded ', '" padded "'],
    ['=1+2', "'=1+2"],
    ['+44 20', "'+44 20"],
    ['-1', "'-1"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\tTAB', "'\tTAB"],
    ['=HYPERLINK("http://x","y"),z', `"'=HYPERLINK(""http://x"",""y""),z"`],
    ['ok;=cmd|x', "ok;'=cmd|x"],
    ['a;@SUM(A1)', "a;'@SUM(A1)"],
    ['x;\t=1', "x;'\t=1"],
    ['one\r\n=1', '"one\r\n\'=1"'],
    ['a; -2+3+cmd|x', "a;' -2+3+cmd|x"],
    ['ask;-again (twice)', "ask;'-again (twice)"],
    ['list\n- SOC 2\n- ISO 27001', `"list\n'- SOC 2\n'- ISO 27001"`],
    ['call\n+44 20 7946 0000', `"call\n'+44 20 7946 0000"`],
    ["x;'=1", "x;''=1"],
    ['fine; ok', 'fine; ok'],
    [' =1', "' =1"],
    ['"=1"', `"'""=1"""`],
    ['a|b', 'a|b'],
    ['a=b', 'a=b'],
    ['x-1', 'x-1'],
    ['', ''],
  ])('%j -> %j', (input, want) => {
    expect(csvCell(input)).toBe(want);
  });

  test('numbers, null and undefined', () => {
    expect(csvRow([3, null, undefined, 'x'])).toBe('3,,,x');
  });
});

test('csvTable writes the header, then the rows, each ending in CRLF', () => {
  expect(csvTable(['a', 'b'], [['1', '2,3']])).toBe('a,b\r\n1,"2,3"\r\n');
});

describe('parseCsv reads what spreadsheets write', () => {
  const rows = (text: string) => {
    const parsed = parseCsv(text);
    return parsed.kind === 'rows' ? parsed.rows : parsed;
  };

  test.each([
    [
      'LF line ends',
      'a,b\nc,d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'CRLF line ends, a final one',
      'a,b\r\nc,d\r\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'old Mac CR line ends',
      'a,b\rc,d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'blank lines dropped, empty cells kept',
      '\r\na,\n\n\r\n,b\n',
      [
        ['a', ''],
        ['', 'b'],
      ],
    ],
    ['quoted commas, quotes and line breaks', '"a,1","say ""hi""","x\r\ny"', [['a,1', 'say "hi"', 'x\r\ny']]],
    ['a quote inside a field is text', 'ab"c,d', [['ab"c', 'd']]],
    ['a leading byte order mark', '\uFEFFa,b', [['a', 'b']]],
    ['a byte order mark elsewhere is text', 'a,\uFEFFb', [['a', '\uFEFFb']]],
    ['nothing', '', []],
  ])('%s', (_name, text, want) => {
    expect(rows(text)).toEqual(want);
  });

  test('an unterminated quote makes the whole text unreadable', () => {
    expect(parseCsv('a,b\n"c,d\ne,f')).toEqual({ kind: 'unreadable', reason: 'unclosed-quote' });
  });

  test('what csvTable writes reads back as the same cells, the formula guard undone', () => {
    // A row of one empty cell is a blank line, and a cell the writer started with an apostrophe before a formula
    // character reads as the formula, as in a spreadsheet: both are left out.
    const cell = fc.string({ unit: 'binary' }).filter((s) => !s.startsWith("'"));
    const row = fc.array(cell, { minLength: 2, maxLength: 4 });
    fc.assert(
      fc.property(row, fc.array(row), (header, body) => {
        const parsed = parseCsv(csvTable(header, body));
        expect(parsed.kind === 'rows' && parsed.rows.map((r) => r.map(undefuse))).toEqual([header, ...body]);
      }),
    );
  });
});

describe('read by a spreadsheet that splits at semicolons (Excel in German or French)', () => {
  // Such a spreadsheet honours a quote only at the start of its own cell, and a line break outside one ends its row.
  const risky = fc.string({
    unit: fc.constantFrom(';', '\n', '\r', '=', '@', '+', '-', '(', '|', '"', "'", ' ', 'a', ','),
  });
  /** What such a spreadsheet would run: a cell that starts a formula after blanks and quotes. */
  const runs = (cell: string) => /^[ \t"]*[=+\-@]/.test(cell);

  test('no cell of an exported row starts a formula there', () => {
    fc.assert(
      fc.property(fc.array(fc.array(risky, { minLength: 1, maxLength: 4 }), { maxLength: 4 }), (rows) => {
        const read = parseCsv(csvTable(['a', 'b'], rows), ';');
        const cells = read.kind === 'rows' ? read.rows.flat() : [];
        expect(cells.filter(runs)).toEqual([]);
      }),
    );
  });

  test("a vendor's answer that would run after a semicolon is kept as text", () => {
    const read = parseCsv(csvTable(['id', 'answer'], [['q1', 'Yes;=HYPERLINK("https://evil.example","Proof")']]), ';');
    expect(read.kind === 'rows' && read.rows[1]).toEqual([
      'q1,"Yes',
      `'=HYPERLINK(""https://evil.example"",""Proof"")"`,
    ]);
  });
});

test.each([
  ["'=SUM(A1)", '=SUM(A1)'],
  ["a;'=1", 'a;=1'],
  ["a;''=1", "a;'=1"],
  ["x\n'- y (z)", 'x\n- y (z)'],
  ["a;'b", "a;'b"],
  ["'-1", '-1'],
  ["it's=fine", "it's=fine"],
  ['e-mail', 'e-mail'],
  ["'plain", "'plain"],
])('undefuse(%j) = %j', (cell, want) => {
  expect(undefuse(cell)).toBe(want);
});
