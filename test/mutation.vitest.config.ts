// The unit tests that exercise src/core, src/background, src/content, src/search and src/shared, for mutation
// testing: the pages' tests (happy-dom, slow to start) are left out, since what they reach of that code has tests of
// its own (src/shared's: test/unit/shared); the content script's and the search marks', in happy-dom too, are in,
// as their code is in the scope. Stryker runs the covering tests once per mutant, so every file's start counts: the
// setup is the language alone, without Testing Library, which none of these tests uses.
import base from '../vite.config.ts';

export default {
  ...base,
  test: {
    ...base.test,
    include: [
      'test/unit/core/**/*.test.ts',
      'test/unit/background/**/*.test.ts',
      'test/unit/cli/**/*.test.ts',
      'test/unit/shared/**/*.test.ts',
      'test/unit/data/**/*.test.ts',
      'test/unit/content/**/*.test.ts',
      'test/unit/search/**/*.test.ts',
    ],
    setupFiles: ['test/unit/helpers/locale.ts'],
    // Read by the tests that also measure time, which under instrumentation would measure the instrumentation.
    env: { PSF_LENS_MUTATION: '1' },
    // Instrumented code on a busy machine runs several times slower: a test that fails only by vitest's clock
    // would stop the whole run. A mutant that loops is cut off by Stryker's own limit (timeoutMS).
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
};
