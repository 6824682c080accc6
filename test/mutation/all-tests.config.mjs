// For the mutants of a module-level name that tests reach only by loading the module afresh (the worker's wiring
// tests): Stryker counts them as covered by those tests alone and runs no other, though others read the name. This
// runs every test for each mutant instead; point it at the lines alone (--force: a kept outcome is not reused):
//   npx stryker run test/mutation/all-tests.config.mjs --force --mutate 'src/background/badge-text.ts:29-44'
// @ts-check
import base from '../../stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  coverageAnalysis: 'all',
  ignoreStatic: false,
  // Every test, not only those vitest finds related to the mutated file (`related`): for src/shared/settings.ts it
  // left out the settings' own tests.
  vitest: { ...base.vitest, related: false },
};
