import { decodeFileBytes } from '../core/file-bytes.ts';

/** A chosen file's text, in the encoding its writer used (see decodeFileBytes): not always UTF-8, as `text()` reads. */
export async function fileText(file: Blob): Promise<string> {
  return decodeFileBytes(new Uint8Array(await file.arrayBuffer()));
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
