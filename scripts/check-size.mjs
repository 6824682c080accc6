// Size budgets, checked after the builds by npm test: the content script every vendor page pays for, the popup
// people open, and the whole download; and that every script is in ASCII. Past an enforced budget the run fails;
// past one not yet enforced it says so.
// Usage: node scripts/check-size.mjs [dist ...]   (default: dist/chrome and dist/firefox)
import { existsSync } from 'node:fs';
import { BUDGETS, budgetFigures, measureSizes, wideScripts } from './lib/sizes.mjs';

const dists = process.argv.length > 2 ? process.argv.slice(2) : ['dist/chrome', 'dist/firefox'].filter(existsSync);
if (!dists.length) {
  console.error('No build to measure: run npm run build first.');
  process.exit(1);
}

const n = (bytes) => bytes.toLocaleString('en');
let failed = false;
for (const dist of dists) {
  const figures = budgetFigures(measureSizes(dist));
  for (const [name, budget] of Object.entries(BUDGETS)) {
    const figure = figures[name];
    const line = `${dist}: ${budget.label} ${n(figure)} B of ${n(budget.limit)} B`;
    if (figure <= budget.limit) console.log(`${line}: within budget`);
    else if (budget.enforced) {
      failed = true;
      console.log(`${line}: OVER BUDGET by ${n(figure - budget.limit)} B`);
    } else console.log(`${line}: over budget by ${n(figure - budget.limit)} B (reported; enforced once main meets it)`);
  }
  // The build writes every script in ASCII (vite.config.ts, asciiScripts): one that is not costs twice its size in
  // the memory of every context that runs it.
  const wide = wideScripts(dist);
  if (wide.length) {
    failed = true;
    console.log(
      `${dist}: scripts with characters outside ASCII, held in memory at two bytes per character: ${wide.join(', ')}`,
    );
  } else console.log(`${dist}: every script in ASCII`);
}
if (failed) console.log('\nA size budget is exceeded: find what grew with `npm run bench` and bring it back under.');
process.exit(failed ? 1 : 0);
