// The built command line, as a team runs it after `npm run build`: npx psf-lens ...
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';

const run = promisify(execFile);

test('npx psf-lens detect answers one JSON object per URL', async () => {
  const { stdout } = await run('npx', [
    '--no-install',
    'psf-lens',
    'detect',
    'https://openai.com/codex/',
    'https://github.com/openai/whisper',
  ]);
  const rows = stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.deepEqual(
    rows.map((r) => r.product),
    ['openai-codex', null],
  );
});

test('psf-lens detect --stdin --format csv reads a list and writes a table', async () => {
  const child = execFile('node', ['dist/cli/psf-lens.js', 'detect', '--stdin', '--format', 'csv']);
  child.stdin.end('https://www.crewai.com/\nnot a url\nhttps://aws.amazon.com/bedrock/agents/\n');
  let stdout = '';
  child.stdout.on('data', (c) => (stdout += c));
  const code = await new Promise((done) => child.on('close', done));
  assert.equal(code, 1, 'a bad line makes the exit code 1, after every line was answered');
  const lines = stdout.trim().split('\n');
  assert.equal(lines.length, 4);
  assert.match(lines[1], /^https:\/\/www\.crewai\.com\/,crewai,CrewAI,crewai,/);
  assert.match(lines[2], /line 2: not an http\(s\) URL$/);
  assert.match(lines[3], /^https:\/\/aws\.amazon\.com\/bedrock\/agents\/,amazon-bedrock-agents,/);
});

test('psf-lens check exits 1 with JSON paths for a broken dataset, and says a file of another kind is none', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'psf-lens-check-'));
  try {
    const dataset = JSON.parse(readFileSync('public/data/psf-dataset.json', 'utf8'));
    dataset.format = 2;
    dataset.products[0].name = 5;
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, JSON.stringify(dataset));
    await assert.rejects(run('node', ['dist/cli/psf-lens.js', 'check', broken]), (error) => {
      assert.equal(error.code, 1);
      assert.match(error.stdout, /broken\.json: \d+ problems/);
      assert.match(error.stdout, /\$\.format: /);
      assert.match(error.stdout, /\$\.products\[0\]\.name: /);
      return true;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  await assert.rejects(run('node', ['dist/cli/psf-lens.js', 'check', 'package.json']), (error) => {
    assert.equal(error.code, 1);
    assert.match(error.stdout, /package\.json: 1 problem\n {2}\$: not a PSF dataset/);
    return true;
  });
});

test('the built command line: --version, --help on a command, list, and a usage error that says what it needs', async () => {
  const { version } = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync('package.json', 'utf8')));
  assert.equal((await run('node', ['dist/cli/psf-lens.js', '--version'])).stdout.trim(), `psf-lens ${version}`);
  assert.match((await run('node', ['dist/cli/psf-lens.js', 'compare', '--help'])).stdout, /usage: psf-lens compare/);
  const list = (await run('node', ['dist/cli/psf-lens.js', 'list', '--format', 'csv'])).stdout.trim().split('\n');
  assert.equal(list[0], 'id,name,vendor');
  assert.ok(list.includes('crewai,CrewAI,CrewAI'), list.join(' | '));
  await assert.rejects(run('node', ['dist/cli/psf-lens.js', 'compare', 'langchain']), (error) => {
    assert.equal(error.code, 2);
    assert.match(error.stderr, /^compare needs 2 to 6 product ids, not 1\n/);
    return true;
  });
});

test('psf-lens questionnaire writes the vendor’s questions as Markdown, and as CSV for the vendor to fill in', async () => {
  const md = await run('node', ['dist/cli/psf-lens.js', 'questionnaire', 'langchain']);
  assert.match(md.stdout, /^# PSF due-diligence questionnaire: LangChain/);
  assert.match(md.stdout, /\*\*Answer:\*\*/);
  const csv = await run('node', ['dist/cli/psf-lens.js', 'questionnaire', 'langchain', '--format', 'csv']);
  const [header, ...rows] = csv.stdout.trim().split('\r\n');
  assert.equal(
    header,
    'product_id,question_id,domain_id,domain,current_rating,question,evidence_wanted,answer,evidence_links',
  );
  assert.ok(rows.length > 0 && rows.every((r) => r.startsWith('langchain,D')));
});

test('psf-lens keygen over a key in use refuses in one line, exit 2, without a stack trace', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'psf-lens-cli-'));
  writeFileSync(join(dir, 'feed.key'), 'the key in use\n');
  await assert.rejects(run('node', ['dist/cli/psf-lens.js', 'keygen', join(dir, 'feed')]), (error) => {
    assert.equal(error.code, 2);
    assert.equal(error.stderr, `keygen: ${join(dir, 'feed')}.key exists already: not overwritten\n`);
    return true;
  });
  rmSync(dir, { recursive: true, force: true });
});
