// The one test command (npm test): every check PSF Lens has, in order, stopping at the first failure.
// Format, lint, types, unit tests (Vitest), the dataset's fidelity to the PSF facts, both builds and their size budgets,
// the Firefox lint, and the end-to-end tests in Chromium. Ends with one line "N passed, N failed".
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const FACTS_TOOL = '../shared/tools/check-dataset-facts.mjs';
let passed = 0;
let failed = 0;

function run(title, command, args, { parse, env = {} } = {}) {
  console.log(`\n▶ ${title}: ${command} ${args.join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (code) => {
      const counts = parse?.(out);
      if (counts) {
        passed += counts.passed;
        failed += counts.failed;
      } else {
        if (code === 0) passed++;
        else failed++;
      }
      resolve(code === 0);
    });
  });
}

const vitestCounts = (out) => {
  const line = out.match(/Tests\s+(.*)\(\d+\)/)?.[1] ?? '';
  return { passed: Number(line.match(/(\d+) passed/)?.[1] ?? 0), failed: Number(line.match(/(\d+) failed/)?.[1] ?? 0) };
};
const tapCounts = (out) => ({
  passed: Number(out.match(/^# pass (\d+)/m)?.[1] ?? 0),
  failed: Number(out.match(/^# fail (\d+)/m)?.[1] ?? 0),
});

const steps = [
  () => run('format (Prettier)', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']),
  () => run('lint (oxlint, type-aware)', 'npx', ['oxlint', '--type-aware', '--deny-warnings']),
  () => run('types', 'npx', ['tsc', '--noEmit']),
  () => run('unit tests', 'npx', ['vitest', 'run'], { parse: vitestCounts }),
  () =>
    existsSync(FACTS_TOOL)
      ? run('dataset against the PSF facts', 'node', [FACTS_TOOL, 'public/data/psf-dataset.json'])
      : (console.log(
          `\n▶ ${FACTS_TOOL} is not beside this checkout; the unit tests checked the committed copy of the facts`,
        ),
        true),
  () => run('build for Chrome', 'npx', ['vite', 'build', '--logLevel', 'warn']),
  () => run('build for Firefox', 'npx', ['vite', 'build', '--logLevel', 'warn'], { env: { TARGET: 'firefox' } }),
  () => run('size budgets', 'node', ['scripts/check-size.mjs']),
  () =>
    run('build for the end-to-end tests in Chromium', 'npx', ['vite', 'build', '--logLevel', 'warn'], {
      env: { PSF_LENS_E2E: '1' },
    }),
  () =>
    run('build for the end-to-end tests in Firefox', 'npx', ['vite', 'build', '--logLevel', 'warn'], {
      env: { TARGET: 'firefox', PSF_LENS_E2E: '1' },
    }),
  () =>
    run('build for the end-to-end tests in Chromium', 'npx', ['vite', 'build', '--logLevel', 'warn'], {
      env: { PSF_LENS_E2E: '1' },
    }),
  () => run('build the command line', 'npx', ['vite', 'build', '--logLevel', 'warn'], { env: { TARGET: 'cli' } }),
  () =>
    run('the command line checks the bundled dataset', 'node', [
      'dist/cli/psf-lens.js',
      'check',
      'public/data/psf-dataset.json',
    ]),
  () => run('Firefox lint', 'npx', ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--no-config-discovery']),
  () =>
    run('end to end in Chromium and Firefox', 'node', ['--test', '--test-reporter=tap', 'test/e2e/'], {
      parse: tapCounts,
    }),
];

let ok = true;
for (const step of steps) {
  ok = await step();
  if (!ok) break;
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
