/**
 * The largest file each import takes, in megabytes (millions of bytes or characters). The workspace says so before
 * it reads a file, in its reader's language; the message schema holds the background to the same numbers.
 */
export const ORG_FILE_MAX_MB = 20;
export const ANSWERS_FILE_MAX_MB = 5;

/** A file's size in megabytes, as a workspace sentence says it: one decimal, or none for a whole number. */
export function megabytes(bytes: number, locale: string): string {
  return (Math.ceil(bytes / 100_000) / 10).toLocaleString(locale, { maximumFractionDigits: 1 });
}
