// Mutation testing of the pure core and the background (npm run mutation): each small change Stryker makes to
// the code must make a unit test fail. Not part of npm test: it takes longer than the rest together.
// @ts-check
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'test/mutation.vitest.config.ts' },
  mutate: ['src/core/**/*.ts', 'src/background/**/*.ts'],
  coverageAnalysis: 'perTest',
  // A static mutant (in a module-level table: the protocol, the dataset schema, the questionnaire's questions)
  // reruns every test for each change, which alone would take hours; those tables are checked by the dataset,
  // schema and fidelity tests instead.
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: 85 },
  // Stryker rewrites a tsconfig's `extends` and `references` for its sandbox through the TypeScript JS API, which
  // TypeScript 7 no longer has. PSF Lens's tsconfig has neither, so it is pointed at no file and left as it is.
  tsconfigFile: 'tsconfig.none.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
