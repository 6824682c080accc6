import { decodeFileBytes, type NotText } from '../core/file-bytes.ts';
import { t, type MessageKey } from '../shared/i18n.ts';

const NOT_TEXT: Record<NotText, MessageKey> = {
  workbook: 'file_notText_workbook',
  'old-workbook': 'file_notText_oldWorkbook',
  pdf: 'file_notText_pdf',
  binary: 'file_notText_binary',
};

/**
 * A chosen file's text, in the encoding its writer used (see decodeFileBytes): not always UTF-8, as `text()` reads.
 * A file that is empty or no text is refused here, with a sentence naming it, in the page's language: read on, it
 * would only be refused by its missing columns or as "not JSON", which says nothing of what to do.
 */
export async function fileText(
  file: File,
): Promise<{ kind: 'text'; text: string } | { kind: 'refused'; reason: string }> {
  const bytes = await file.arrayBuffer().catch(() => {
    // The browser's words (NotReadableError: "The requested file could not be read, typically due to permission
    // problems…") name neither the file nor what to do, and are English on every page.
    throw new Error(t('file_unreadable', { file: file.name }));
  });
  const read = decodeFileBytes(new Uint8Array(bytes));
  if (read.kind === 'not-text') return { kind: 'refused', reason: t(NOT_TEXT[read.what], { file: file.name }) };
  // Blank is empty too: a byte-order mark alone, or the line breaks a spreadsheet saves for an empty sheet.
  if (!read.text.trim()) return { kind: 'refused', reason: t('file_empty', { file: file.name }) };
  return read;
}

/**
 * The file a file input was just given, taken once: the input is emptied at once, so that choosing the same file
 * again (after fixing what a refusal named) is a change the browser reports. Without it, Chromium and Firefox see
 * the same path as no change and the second choice does nothing.
 */
export function takeFile(event: { currentTarget: HTMLInputElement }): File | undefined {
  const input = event.currentTarget;
  // Stryker disable next-line OptionalChaining: a file input's `files` is never null, only other inputs' are
  const file = input.files?.[0];
  input.value = '';
  return file;
}
