// psf-lens detect: one answer per URL, errors as rows, and the run goes on.
import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { detectCommand } from '../../../src/cli/detect-command.ts';
import { MAX_URL_LENGTH } from '../../../src/cli/detect.ts';

async function run(args: string[], stdinLines: string[] = []) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await detectCommand(
    args,
    { out: (l) => out.push(l), err: (l) => err.push(l) },
    Readable.from(stdinLines.map((l) => `${l}\n`)),
  );
  return { code, out, err, rows: () => out.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('JSON, one object per URL', () => {
  test('product, assessment, confidence and the reason', async () => {
    const { code, rows } = await run([
      'https://openai.com/codex/',
      'https://openai.com/careers',
      'https://www.anthropic.com/',
    ]);
    expect(code).toBe(0);
    expect(rows()).toEqual([
      {
        url: 'https://openai.com/codex/',
        product: 'openai-codex',
        assessment: 'openai-codex-sites-plugins',
        confidence: 'high',
        reason: 'matched /codex on openai.com',
      },
      {
        url: 'https://openai.com/careers',
        product: null,
        assessment: null,
        confidence: null,
        reason: 'no rated product at this path on openai.com',
      },
      expect.objectContaining({
        products: expect.arrayContaining(['claude-sonnet-4-6', 'claude-opus-4-8']),
        reason: 'matched the home page of anthropic.com',
      }),
    ]);
  });

  test('a URL that needs the page to decide says which words the page must name', async () => {
    const { rows } = await run(['https://www.anthropic.com/claude/opus']);
    expect(rows()[0]).toMatchObject({
      product: null,
      reason: expect.stringMatching(/\/claude\/opus on anthropic\.com, but the page must also name “Claude Opus 4\.8”/),
    });
  });
});

describe('--stdin: bad lines get an error row and the run goes on', () => {
  test('not a URL, an empty line, a 100 KB line, then a good URL', async () => {
    const long = `https://openai.com/codex/${'a'.repeat(100 * 1024)}`;
    const { code, rows } = await run(
      ['--stdin'],
      ['javascript:alert(1)', '', long, 'https://github.com/langchain-ai/langchain/issues/1'],
    );
    expect(code).toBe(1);
    const got = rows();
    expect(got).toHaveLength(4);
    expect(got[0]).toEqual({ line: 1, input: 'javascript:alert(1)', error: 'not an http(s) URL' });
    expect(got[1]).toEqual({ line: 2, input: '', error: 'empty line' });
    expect(got[2]).toMatchObject({
      line: 3,
      error: `${long.length} characters long; a URL longer than ${MAX_URL_LENGTH} is not read`,
    });
    expect(String(got[2]?.input).length).toBeLessThan(100);
    expect(got[3]).toMatchObject({ product: 'langchain', assessment: 'langchain-langgraph' });
  });
});

describe('--format csv', () => {
  test('a header, then a row per URL with the eight ratings; not captured said so', async () => {
    const { code, out } = await run([
      '--format',
      'csv',
      'https://haystack.deepset.ai/',
      '=HYPERLINK("https://evil.example","x")',
    ]);
    expect(code).toBe(1);
    expect(out[0]).toBe(
      'url,product,vendor,assessment,published,confidence,reason,D1,D2,D3,D4,D5,D6,D7,D8,assessment_url,error',
    );
    expect(out[1]).toBe(
      'https://haystack.deepset.ai/,haystack,deepset,haystack,2026-04,high,matched haystack.deepset.ai (whole site),Partial,Partial,Gap,Strong,not captured,not captured,not captured,not captured,https://www.productionai.institute/insights/haystack-psf-assessment,',
    );
    // A formula in the input is defused, so a spreadsheet shows it instead of running it.
    expect(out[2]?.startsWith(`"'=HYPERLINK(""https://evil.example"",""x"")"`)).toBe(true);
    expect(out[2]?.endsWith(',not an http(s) URL')).toBe(true);
  });
});

describe('usage errors exit 2', () => {
  test.each([[[]], [['--stdin', 'https://openai.com/']], [['--format', 'xml', 'https://openai.com/']], [['--bogus']]])(
    '%j',
    async (args) => {
      const { code, err } = await run(args);
      expect(code).toBe(2);
      expect(err.join('\n')).toMatch(/usage: psf-lens detect/);
    },
  );

  test('an invalid --dataset is refused with the reason', async () => {
    const { code, err } = await run(['--dataset', 'package.json', 'https://openai.com/codex/']);
    expect(code).toBe(2);
    expect(err[0]).toMatch(/package\.json is not a valid dataset/);
  });
});
