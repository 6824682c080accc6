// psf-lens questionnaire: the vendor's questions from the shell, from PAI's dataset or an organisation's file.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { questionnaireCommand } from '../../../src/cli/questionnaire-command.ts';
import { draftsDataset } from '../../../src/core/org-draft.ts';
import { acmeDraft } from '../helpers/org.ts';
import { assessmentOf, bundled } from '../helpers/dataset.ts';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await questionnaireCommand(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, text: out.join('\n'), err: err.join('\n') };
}

test('Markdown by default: the domains LangChain is not Strong in, based on PAI’s assessment', async () => {
  const pai = assessmentOf(bundled(), 'langchain');
  const result = await run(['langchain']);
  expect(result.code).toBe(0);
  expect(result.text).toContain('Production AI Institute');
  for (const [domain, rating] of Object.entries(pai.ratings)) {
    if (rating === 'Strong') expect(result.text).not.toContain(`## ${domain} `);
    else expect(result.text).toContain(`## ${domain} `);
  }
});

test('CSV on request, one row per question, for the vendor to fill in', async () => {
  const result = await run(['langchain', '--format', 'csv']);
  expect(result.code).toBe(0);
  const lines = result.text.split('\r\n');
  expect(lines[0]).toBe(
    'product_id,question_id,domain_id,domain,current_rating,question,evidence_wanted,answer,evidence_links',
  );
  expect(lines.slice(1).every((l) => l.startsWith('langchain,D'))).toBe(true);
});

test('an organisation’s own dataset file: its assessment is the basis, labelled as the organisation’s', async () => {
  const draft = acmeDraft({ D1: 'Strong' }, 'Risk');
  const file = join(mkdtempSync(join(tmpdir(), 'psf-q-')), 'org.json');
  writeFileSync(
    file,
    JSON.stringify(
      draftsDataset([draft], bundled().domains, {
        version: '2026.11.20',
        published: '2026-11-20',
        publisher: 'Acme Bank',
      }),
    ),
  );
  const result = await run(['acme-agent', '--dataset', file]);
  expect(result.code).toBe(0);
  expect(result.text).toContain("our organisation's own PSF assessment");
  expect(result.text).not.toContain('## D1 ');
  // The organisation did not assess D2: said so to the vendor, not "not captured" as of PAI's data.
  expect(result.text).toContain('## D2 Output Validation (now: not assessed)');
  expect(result.text).toContain('rated Gap or Partial, or not assessed yet.');
  expect(result.text).not.toContain('captured');
});

test.each([
  [[], /usage: psf-lens questionnaire/],
  [['a', 'b'], /usage: psf-lens questionnaire/],
  [['no-such'], /unknown product "no-such"; known: /],
  [['langchain', '--format', 'json'], /--format takes md, csv, not json/],
  [['langchain', '--dataset', '/no/such/file.json'], /ENOENT|no such file/],
])('refuses %j: exit 2 with the reason', async (args, reason) => {
  const result = await run(args);
  expect(result.code).toBe(2);
  expect(result.err).toMatch(reason);
  expect(result.text).toBe('');
});
