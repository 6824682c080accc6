/**
 * How hard the property tests push. `npm test` runs a small, seed-pinned share of each (the same cases every run,
 * so a failure reproduces); `npm run fuzz` sets PSF_FUZZ=full and runs the full counts (140,000 cases in
 * all) from a fresh seed, which fast-check prints with any counterexample: PSF_FUZZ_SEED=<seed> replays it.
 */
import type { Parameters } from 'fast-check';

const isFull = process.env.PSF_FUZZ === 'full';
const replay = process.env.PSF_FUZZ_SEED ? Number(process.env.PSF_FUZZ_SEED) : undefined;
export const PINNED_SEED = 20_261_129;

/** fast-check parameters for a property that runs `quick` cases in npm test and `full` in npm run fuzz. */
export function runs<T>(quick: number, full: number): Parameters<T> {
  const seed = isFull ? replay : (replay ?? PINNED_SEED);
  return { numRuns: isFull ? full : quick, ...(seed === undefined ? {} : { seed }), endOnFailure: true };
}

/** A Vitest timeout that fits the count: generous in a full run, the default budget otherwise. */
export const TIMEOUT_MS = isFull ? 30 * 60_000 : 60_000;
