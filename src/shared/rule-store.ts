/**
 * The compiled match rules, published by the background to extension storage one key per host, so the
 * content script reads only its own host's few rules: no dataset in its bundle, no message, no worker wake-up.
 */
import type { CompiledIndex, CompiledRule } from '../core/detect.ts';
import { rulesKey } from './storage-keys.ts';

/** The storage entries for an index: `rules:<host>` -> that host's rules, in the index's match order. */
export function ruleEntries(index: CompiledIndex): Record<string, CompiledRule[]> {
  const entries: Record<string, CompiledRule[]> = {};
  for (const [host, rules] of index.byHost) entries[rulesKey(host)] = rules;
  return entries;
}
