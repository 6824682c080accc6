// CSV cells survive commas, quotes, newlines and spreadsheets that would run them as formulas.
import { describe, expect, test } from 'vitest';
import { csvCell, csvRow, csvTable } from '../../../src/core/csv.ts';

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
