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

test.each([
  ["'=SUM(A1)", '=SUM(A1)'],
  ["'-1", '-1'],
  ["it's=fine", "it's=fine"],
  ['e-mail', 'e-mail'],
  ["'plain", "'plain"],
])('undefuse(%j) = %j', (cell, want) => {
  expect(undefuse(cell)).toBe(want);
});
