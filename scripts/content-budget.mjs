// The content script ships on every vendor page PSF Lens runs on: its gzip size has a budget, checked after both
// builds by npm test. Fails (exit 1) past it, naming the file and the bytes over.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const CONTENT_BUDGET = 4096;

let over = false;
for (const target of ['chrome', 'firefox']) {
  const file = `dist/${target}/src/content/index.js`;
  const size = gzipSync(readFileSync(file), { level: 9 }).length;
  const verdict = size <= CONTENT_BUDGET ? 'within' : `${size - CONTENT_BUDGET} B over`;
  console.log(
    `${file}: ${size.toLocaleString('en')} B gzip (budget ${CONTENT_BUDGET.toLocaleString('en')} B, ${verdict})`,
  );
  over ||= size > CONTENT_BUDGET;
}
process.exit(over ? 1 : 0);
