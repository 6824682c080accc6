/**
 * The errors the background raises for a person to read (an assessment deleted meanwhile, a product the data no
 * longer has) cross to the page as codes with their details, never as English: the page that shows one says it in
 * its reader's language (error-text.ts). One code, one sentence, said in one place.
 */
export type UserError =
  | { code: 'assessment-missing' }
  | { code: 'assessment-deleted' }
  | { code: 'draft-changed-elsewhere' }
  | { code: 'assessment-gone' }
  | { code: 'assessment-taken'; name: string }
  | { code: 'unknown-product'; id: string }
  | { code: 'unknown-action'; id: string; product: string }
  | { code: 'no-import'; id: string }
  /** The browser had no room left to store what was saved (its storage quota, or the disk, is full). */
  | { code: 'storage-full' }
  /** A setting the organisation's policy began to set after the page showed it free. */
  | { code: 'managed' };

const PREFIX = 'psf-lens-error ';

/** An Error carrying the code; its message is what crosses the message boundary. */
export function userError(error: UserError): Error {
  return new Error(`${PREFIX}${JSON.stringify(error)}`);
}

/** The code an error message carries, or null for any other message. */
export function readUserError(message: string): UserError | null {
  if (!message.startsWith(PREFIX)) return null;
  try {
    const parsed = JSON.parse(message.slice(PREFIX.length)) as unknown;
    // Stryker disable next-line OptionalChaining: `null.code` would throw, and the catch below answers null too.
    const code = (parsed as { code?: unknown } | null)?.code;
    const codes: UserError['code'][] = [
      'assessment-missing',
      'assessment-deleted',
      'draft-changed-elsewhere',
      'assessment-gone',
      'assessment-taken',
      'unknown-product',
      'unknown-action',
      'no-import',
      'storage-full',
      'managed',
    ];
    return codes.includes(code as UserError['code']) ? (parsed as UserError) : null;
  } catch {
    return null;
  }
}
