// The unit tests that exercise src/core and src/background, for mutation testing: the page tests (happy-dom,
// slow to start) are left out, since they reach the core only through code with tests of its own.
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
    ],
  },
};
