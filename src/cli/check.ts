/** `psf-lens check <file>...`: validates dataset files, naming each problem's JSON path and reason. */
import { readFile } from 'node:fs/promises';
import { DOMAIN_IDS } from '../core/model.ts';
import { plural } from '../core/plural.ts';
import { parseDataset } from '../core/schema.ts';

export interface Output {
  out(line: string): void;
  err(line: string): void;
}

export const CHECK_USAGE = 'usage: psf-lens check <dataset.json>...';

/** Exit code: 0 all valid, 1 some file invalid, 2 some file unreadable. */
export async function checkFiles(files: string[], io: Output): Promise<number> {
  if (!files.length) {
    io.err(`check needs at least one dataset file\n${CHECK_USAGE}`);
    return 2;
  }
  const count = {
    products: (n: number) => plural(n, { one: '# product', other: '# products' }),
    assessments: (n: number) => plural(n, { one: '# assessment', other: '# assessments' }),
    problems: (n: number) => plural(n, { one: '# problem', other: '# problems' }),
  };
  let code = 0;
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      io.err(`${file}: cannot read: ${(error as Error).message}`);
      code = 2;
      continue;
    }
    const result = parseDataset(text);
    if (result.kind === 'valid') {
      const { products, assessments } = result.dataset;
      const captured = assessments.reduce((n, a) => n + DOMAIN_IDS.filter((d) => a.ratings[d]).length, 0);
      io.out(
        `${file}: valid: ${count.products(products.length)}, ${count.assessments(assessments.length)}, ${captured} of ${assessments.length * 8} domain ratings captured`,
      );
      continue;
    }
    code = Math.max(code, 1);
    io.out(`${file}: ${count.problems(result.issues.length)}`);
    for (const issue of result.issues) io.out(`  ${issue.path}: ${issue.message}`);
  }
  return code;
}
