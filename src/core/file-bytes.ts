/**
 * A file's bytes as text, in the encoding a spreadsheet or an editor most likely wrote them:
 * - UTF-16, little- or big-endian, by its byte-order mark: what Excel's "Unicode Text (*.txt)" writes (little-endian),
 *   and Notepad's "UTF-16"; read as anything else, every other byte would be a NUL and nothing would be found;
 * - UTF-8 when the bytes are valid UTF-8 (with or without a byte-order mark, which is not text);
 * - else Windows-1252, which Excel and LibreOffice write for plain "CSV" on a Western European system. Read as UTF-8,
 *   such a file's "Überwachung" would be stored as "�berwachung", without a word.
 * A file that is no text at all (a workbook, a PDF, anything holding NUL bytes) is refused with what it is, so the
 * user is told to save it as text rather than that its columns are missing.
 */

/** What a file is, when it is not text: the user is told which, and how to save it as text. */
export type NotText = 'workbook' | 'old-workbook' | 'pdf' | 'binary';

export type FileBytes = { kind: 'text'; text: string } | { kind: 'not-text'; what: NotText };

const startsWith = (bytes: Uint8Array, head: readonly number[]) => head.every((byte, i) => bytes[i] === byte);

/** Files users pick by mistake, known by their first bytes. */
function notText(bytes: Uint8Array): NotText | null {
  // .xlsx, .ods and .numbers are ZIP archives; .xls (Excel 97-2003) is an OLE compound file.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'workbook';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'old-workbook';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  // Text in UTF-8 or Windows-1252 never holds a NUL; UTF-16 without its mark does, and is not guessed at.
  return bytes.includes(0) ? 'binary' : null;
}

export function decodeFileBytes(bytes: Uint8Array): FileBytes {
  // The decoder drops the byte-order mark it was chosen by; a lone half of a pair reads as U+FFFD.
  if (startsWith(bytes, [0xff, 0xfe])) return { kind: 'text', text: new TextDecoder('utf-16le').decode(bytes) };
  if (startsWith(bytes, [0xfe, 0xff])) return { kind: 'text', text: new TextDecoder('utf-16be').decode(bytes) };
  const what = notText(bytes);
  if (what) return { kind: 'not-text', what };
  try {
    return { kind: 'text', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { kind: 'text', text: new TextDecoder('windows-1252').decode(bytes) };
  }
}
