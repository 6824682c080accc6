/**
 * Controls (Cc), invisible formatting characters (Cf: bidirectional overrides and isolates, zero-width spaces
 * and joiners, the byte order mark, tag characters) and lone surrogates (Cs). Exported for the JSON Schema.
 * A module of its own: the popup's link check needs this one rule, not text-rules.ts's names and messages.
 */
export const NO_INVISIBLE = /^[^\p{Cc}\p{Cf}\p{Cs}]*$/u;
