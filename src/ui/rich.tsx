/**
 * A translated sentence with elements in it (links): the catalog keeps the whole sentence, `{name}` marking where
 * each element goes, so every language orders its own words and nothing is glued together from pieces.
 */
import type { ComponentChild } from 'preact';

export function rich(sentence: string, slots: Record<string, ComponentChild>): ComponentChild[] {
  return sentence.split(/\{(\w+)\}/).map((part, i) => (i % 2 === 1 ? (slots[part] ?? `{${part}}`) : part));
}
