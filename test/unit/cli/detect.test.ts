// psf-lens detect: one answer per URL, errors as rows, and the run goes on.
import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { detectCommand, eachLine } from '../../../src/cli/detect-command.ts';
import { classifier, classify, CSV_HEADER, csvLine, jsonLine, MAX_URL_LENGTH } from '../../../src/cli/detect.ts';
import { bundled } from '../helpers/dataset.ts';

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

describe('--explain: every rule of the host, and why it did or did not decide', () => {
  test('text: the verdict, then a line per rule with its outcome', async () => {
    const { code, out } = await run([
      '--explain',
      'https://docs.aws.amazon.com/de_de/bedrock/latest/userguide/agents-create.html',
      'https://www.anthropic.com/claude/opus',
      'https://example.com/',
    ]);
    expect(code).toBe(0);
    const text = out.join('\n');
    expect(text).toContain(
      '→ amazon-bedrock-agents: matched /bedrock/latest/userguide/agents-* on docs.aws.amazon.com',
    );
    expect(text).toMatch(/✓ amazon-bedrock-agents +\/bedrock\/latest\/userguide\/agents-\* on docs\.aws\.amazon\.com/);
    expect(text).toMatch(
      /✗ amazon-bedrock-agents +\/bedrock\/latest\/APIReference\/API_agent_\* on docs\.aws\.amazon\.com: the path \/de_de\/bedrock\/latest\/userguide\/agents-create does not fit/,
    );
    expect(text).toMatch(
      /\? claude-opus-4-8 +\/claude\/opus on anthropic\.com: the address fits, but the page must also name “Claude Opus 4\.8”/,
    );
    expect(text).toContain('(no rule of any rated product on example.com)');
  });

  test('an exclusion says it won', async () => {
    const { out } = await run([
      '--explain',
      'https://docs.aws.amazon.com/sdk-for-ruby/v3/api/Aws/BedrockAgentCore.html',
    ]);
    expect(out.join('\n')).toMatch(
      /⊘ amazon-bedrock-agents +not \/sdk-for-ruby\/v3\/api\/Aws\/BedrockAgentCore\* on docs\.aws\.amazon\.com: this page is never amazon-bedrock-agents/,
    );
  });

  test('with --format json, one object a URL, the same trials', async () => {
    const { rows } = await run(['--explain', '--format', 'json', 'https://github.com/openai/codex/issues/1']);
    expect(rows()[0]).toMatchObject({
      url: 'https://github.com/openai/codex/issues/1',
      products: ['openai-codex'],
      trials: expect.arrayContaining([
        {
          productId: 'openai-codex',
          rule: '/openai/codex on github.com',
          outcome: 'chosen',
          why: 'matched /openai/codex on github.com',
        },
        expect.objectContaining({ productId: 'langchain', outcome: 'no-fit' }),
      ]),
    });
  });

  test('--explain with --format csv is refused with the reason', async () => {
    const { code, err } = await run(['--explain', '--format', 'csv', 'https://openai.com/codex/']);
    expect(code).toBe(2);
    expect(err.join('\n')).toContain('--explain writes text or JSON (--format json), not CSV');
  });
});

describe('one row as written', () => {
  const c = classifier(bundled());

  test('an error row: its line where there is one, the input and the reason', () => {
    expect(jsonLine({ kind: 'error', input: 'x', error: 'empty line' })).toBe('{"input":"x","error":"empty line"}');
    expect(jsonLine({ kind: 'error', line: 3, input: 'x', error: 'e' })).toBe('{"line":3,"input":"x","error":"e"}');
    const blanks = ',,,,,,' + ',,,,,,,,' + ',';
    expect(csvLine(c, { kind: 'error', input: 'x', error: 'empty line' })).toBe(`x${blanks},empty line`);
    expect(csvLine(c, { kind: 'error', line: 3, input: 'x', error: 'e' })).toBe(`x${blanks},line 3: e`);
    expect(CSV_HEADER).toHaveLength(17);
  });

  test('a URL no product is at: its reason, every other cell empty', () => {
    const row = classify(c, 'https://example.org/');
    expect(row).toStrictEqual({
      kind: 'result',
      url: 'https://example.org/',
      product: null,
      assessment: null,
      confidence: null,
      reason: 'no rated product on example.org',
    });
    expect(csvLine(c, row)).toBe(`https://example.org/,,,,,,no rated product on example.org${','.repeat(8)},,`);
  });

  test('the address is read without the spaces around it', () => {
    expect(classify(c, '  https://openai.com/codex/ \t')).toMatchObject({
      url: 'https://openai.com/codex/',
      product: 'openai-codex',
    });
  });

  test('a row without a line number has no line at all', () => {
    expect(classify(c, '')).toStrictEqual({ kind: 'error', input: '', error: 'empty line' });
    expect(classify(c, '', 7)).toStrictEqual({ kind: 'error', line: 7, input: '', error: 'empty line' });
  });

  test(`a URL of ${MAX_URL_LENGTH} characters is read; one more, and it is an error showing its start`, () => {
    const base = 'https://openai.com/codex/';
    const longest = base + 'a'.repeat(MAX_URL_LENGTH - base.length);
    expect(classify(c, longest)).toMatchObject({ kind: 'result', product: 'openai-codex' });
    expect(classify(c, `${longest}a`)).toStrictEqual({
      kind: 'error',
      input: `${longest.slice(0, 80)}…`,
      error: `${MAX_URL_LENGTH + 1} characters long; a URL longer than ${MAX_URL_LENGTH} is not read`,
    });
  });

  test('a page about several products names each, and their one reason once', () => {
    const row = classify(c, 'https://www.anthropic.com/');
    if (row.kind !== 'result') throw new Error('expected a result');
    expect(row.products?.length).toBeGreaterThan(1);
    expect(row.product).toBe(row.products?.[0]);
    expect(row.reason).toBe('matched the home page of anthropic.com');
  });

  test('products tied by rules of different places: each reason, in order', () => {
    const dataset = bundled();
    const product = (id: string, path: string) => ({
      id,
      name: id,
      vendor: 'V',
      category: 'Agent',
      homepage: 'https://x.example/',
      match: [{ host: 'x.example', path }],
    });
    const row = classify(
      classifier({ ...dataset, products: [product('p1', '/a/*'), product('p2', '/*/b')], assessments: [] }),
      'https://x.example/a/b',
    );
    expect(row).toMatchObject({
      products: ['p1', 'p2'],
      reason: expect.stringMatching(/^matched [^;]+; matched [^;]+$/),
    });
  });
});

describe('eachLine: the lines of standard input, however it arrives', () => {
  async function lines(chunks: (string | Uint8Array)[]) {
    const got: string[] = [];
    await eachLine(Readable.from(chunks), (line) => got.push(line));
    return got;
  }

  test('LF and CRLF alike, a carriage return kept where it is not at the end', async () => {
    expect(await lines(['a\r\nb\n', 'c\rd\r\n'])).toEqual(['a', 'b', 'c\rd']);
  });

  test('a last line without a newline still counts; no line is made up after the last newline', async () => {
    expect(await lines(['a\nlast'])).toEqual(['a', 'last']);
    expect(await lines(['a\n'])).toEqual(['a']);
    expect(await lines([new TextEncoder().encode('a\nlast')])).toEqual(['a', 'last']);
  });

  test('a character split between two chunks is read whole', async () => {
    const bytes = new TextEncoder().encode('https://example.org/é\nnext\n');
    const cut = bytes.indexOf(0xc3) + 1;
    expect(await lines([bytes.slice(0, cut), bytes.slice(cut)])).toEqual(['https://example.org/é', 'next']);
  });
});

test('neither URLs nor --stdin, or both: what to give instead', async () => {
  for (const args of [[], ['--stdin', 'https://openai.com/']]) {
    const { err } = await run(args);
    expect(err.join('\n').split('\n')[0]).toBe('give URLs as arguments or --stdin, not both or neither');
  }
});

test('--explain with a line that is no URL gives its error row, and exit 1', async () => {
  const { code, out } = await run(['--explain', 'javascript:alert(1)']);
  expect(code).toBe(1);
  expect(out).toEqual(['{"input":"javascript:alert(1)","error":"not an http(s) URL"}']);
});
