// A vendor's answers as the spreadsheets save them: Excel's "Unicode Text (*.txt)" (UTF-16 LE with its byte-order
// mark, tabs between the cells), the same big-endian, and LibreOffice's or Numbers' tab-separated UTF-8. Each is
// read with its quoted fields, line breaks, umlauts, accents and right-to-left text as written; a workbook, a PDF
// or bytes that are no text are refused by what they are.
import { describe, expect, test } from 'vitest';
import { decodeFileBytes } from '../../../src/core/file-bytes.ts';
import { DOMAIN_IDS } from '../../../src/core/model.ts';
import { importAnswers } from '../../../src/core/questionnaire-import.ts';
import { buildQuestionnaire, CSV_HEADER } from '../../../src/core/questionnaire.ts';
import { bundled } from '../helpers/dataset.ts';

const built = buildQuestionnaire({ id: 'acme-agent', name: 'Acme Agent', vendor: 'Acme' }, null, bundled().domains, {
  kind: 'none',
});
expect(built.sections.map((s) => s.domain)).toEqual([...DOMAIN_IDS]);

/** What Excel writes for "Unicode Text": tabs, quotes only where a cell holds a tab, a quote or a line break, CRLF. */
const TAB_TEXT = [
  CSV_HEADER.join('\t'),
  'acme-agent\tD1-1\tD1\tInput Governance\t\tQ\tE\t"Überwachung für Eingaben:\r\n""täglich"", à la française"\thttps://acme.example/a',
  'acme-agent\tD1-2\t\t\t\t\t\tنعم، يوميًا\t',
  'acme-agent\tD1-3\t\t\t\t\t\t"כן; a tab\there"\t',
].join('\r\n');

const ANSWERS = [
  {
    questionId: 'D1-1',
    answer: 'Überwachung für Eingaben:\r\n"täglich", à la française',
    evidence: ['https://acme.example/a'],
  },
  { questionId: 'D1-2', answer: 'نعم، يوميًا', evidence: [] },
  { questionId: 'D1-3', answer: 'כן; a tab\there', evidence: [] },
];

const utf16le = (text: string) => new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => {
  const bytes = Buffer.from(text, 'utf16le');
  bytes.swap16();
  return new Uint8Array([0xfe, 0xff, ...bytes]);
};

function read(bytes: Uint8Array) {
  const decoded = decodeFileBytes(bytes);
  if (decoded.kind !== 'text') throw new Error(`not read as text: ${decoded.what}`);
  return importAnswers(decoded.text, built);
}

describe('answers files as spreadsheets save them', () => {
  test.each([
    ["Excel's Unicode Text: UTF-16 LE, a byte-order mark, tabs", utf16le(TAB_TEXT)],
    ['UTF-16 BE with its byte-order mark, tabs', utf16be(TAB_TEXT)],
    ['tab-separated UTF-8 (LibreOffice, Numbers)', new TextEncoder().encode(TAB_TEXT)],
    [
      'tab-separated UTF-8 with a byte-order mark',
      new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TAB_TEXT)]),
    ],
  ])('%s: every answer read as written', (_, bytes) => {
    expect(read(bytes)).toEqual({ kind: 'read', answers: ANSWERS, refused: [], skipped: 0 });
  });

  test('a blank line before the header is no header', () => {
    expect(read(utf16le(`\r\n${TAB_TEXT}`))).toEqual({ kind: 'read', answers: ANSWERS, refused: [], skipped: 0 });
  });

  test('a tab-separated file that lacks a column names that column only', () => {
    const text = ['question_id\tanswer', 'D1-1\tyes'].join('\r\n');
    expect(importAnswers(text, built)).toEqual({
      kind: 'unreadable',
      problem: { kind: 'missing-columns', columns: ['evidence_links'] },
    });
  });

  test('a tab-separated file with a quote never closed is unreadable, and says so', () => {
    expect(importAnswers(`${CSV_HEADER.join('\t')}\r\nacme-agent\tD1-1\t"open`, built)).toEqual({
      kind: 'unreadable',
      problem: { kind: 'unclosed-quote' },
    });
  });
});

describe('files that are no text', () => {
  test.each([
    ['an Excel workbook (.xlsx, a ZIP archive)', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00], 'workbook'],
    ['an Excel 97-2003 workbook (.xls)', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00], 'old-workbook'],
    ['a PDF', [...Buffer.from('%PDF-1.7\n')], 'pdf'],
    ['UTF-16 without its byte-order mark', [...Buffer.from('question_id\tanswer', 'utf16le')], 'binary'],
    ['an image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00], 'binary'],
  ])('%s is refused as what it is', (_, bytes, what) => {
    expect(decodeFileBytes(new Uint8Array(bytes))).toEqual({ kind: 'not-text', what });
  });
});
