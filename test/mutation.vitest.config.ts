// The unit tests for mutation testing: those of src/core, src/background, src/content, src/search, src/shared and
// src/cli, and the components' and pages' tests (happy-dom, Testing Library), which are the tests of src/ui and
// src/popup and also reach much of the shared code. Stryker runs the covering tests once per mutant, so every file's
// start counts: the setup loads Testing Library only where a test has a DOM.
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
      'test/unit/ui/**/*.test.tsx',
      'test/unit/options/**/*.test.{ts,tsx}',
    ],
    setupFiles: ['test/unit/helpers/mutation-setup.ts'],
    // Read by the tests that also measure time, which under instrumentation would measure the instrumentation.
    env: { PSF_LENS_MUTATION: '1' },
    // Instrumented code on a busy machine runs several times slower: a test that fails only by vitest's clock
    // would stop the whole run. A mutant that loops is cut off by Stryker's own limit (timeoutMS).
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
};
