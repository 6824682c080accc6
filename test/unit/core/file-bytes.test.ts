// A chosen file's text: UTF-8 as written, its byte-order mark dropped; bytes that are not UTF-8 read as Windows-1252,
// as a spreadsheet's plain CSV on a Western European system is written. (Node's own decoder reads Windows-1252 as
// Latin-1, so the letters here are those both share; the browsers follow the Encoding standard for the rest.)
import { expect, test } from 'vitest';
import { decodeFileBytes } from '../../../src/core/file-bytes.ts';

const TEXT = 'Überwachung für Eingaben: ja, täglich (é, ß)';

test.each([
  ['UTF-8', new TextEncoder().encode(TEXT)],
  ['UTF-8 with a byte-order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)])],
  ['Windows-1252', Uint8Array.from(TEXT, (c) => c.charCodeAt(0))],
])('%s reads as its text', (_, bytes) => {
  expect(decodeFileBytes(bytes)).toEqual({ kind: 'text', text: TEXT });
});
