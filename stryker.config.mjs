// Mutation testing of the pure core, the background, the content script, the search marks, the code they share
// with PSF Lens's pages, the pages' components, the popup, the workspace and the command line
// (npm run mutation): each small change Stryker makes to the code must make a unit test fail. Not part of npm test:
// it takes longer than the rest together.
// @ts-check
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'test/mutation.vitest.config.ts' },
  mutate: [
    'src/core/**/*.ts',
    'src/background/**/*.ts',
    'src/content/**/*.ts',
    'src/search/**/*.ts',
    'src/shared/**/*.ts',
    'src/cli/**/*.ts',
    'src/ui/**/*.{ts,tsx}',
    'src/popup/**/*.tsx',
    // The workspace: its plain modules (its router, search, autosave, downloads, API mapping and sentences) and its
    // pages.
    'src/options/**/*.{ts,tsx}',
    // The command line's program file (its two lines of wiring run by the end-to-end tests of the built program)
    // and the detection benchmark, which measures rather than decides.
    '!src/cli/psf-lens.ts',
    '!src/cli/bench-detect.ts',
  ],
  coverageAnalysis: 'perTest',
  // A static mutant (in a module-level table: the protocol, the dataset schema, the questionnaire's questions)
  // reruns every test for each change, which alone would take hours; those tables are checked by the dataset,
  // schema and fidelity tests instead.
  ignoreStatic: true,
  concurrency: 2,
  // A mutant that loops is cut off this long after its tests' usual time; the machine is often busy, so not less.
  timeoutMS: 10000,
  // Each mutant's outcome is kept in a file in the repository: a run tests only the mutants whose code or covering
  // tests changed since, and the scope can be run in parts (npx stryker run --mutate 'src/core/**/*.ts') whose
  // outcomes add up in the one report.
  incremental: true,
  incrementalFile: 'test/mutation/stryker-incremental.json',
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
