/**
 * Controls (Cc), invisible formatting characters (Cf: bidirectional overrides and isolates, zero-width spaces
 * and joiners, the byte order mark, tag characters) and lone surrogates (Cs). Exported for the JSON Schema.
 * A module of its own: the popup's link check needs this one rule, not text-rules.ts's names and messages.
 */

/** Matches text without any of them. Built when asked, like the dataset schema that uses it. */
export function noInvisible(): RegExp {
  return /^[^\p{Cc}\p{Cf}\p{Cs}]*$/u;
}
