/**
 * A file's bytes as text, in the encoding a spreadsheet or an editor most likely wrote them: UTF-8 when they are
 * valid UTF-8 (with or without a byte-order mark, which is not text), else Windows-1252, which Excel and LibreOffice
 * write for plain "CSV" on a Western European system. Read as UTF-8, such a file's "Überwachung" would be stored as
 * "�berwachung", without a word.
 */
export function decodeFileBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
