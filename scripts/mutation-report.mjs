// npm run mutation:report: the mutation score of the scope from Stryker's incremental report
// (test/mutation/stryker-incremental.json), file by file, and with `--survivors <part of a path>` each undetected
// mutant of the matching files with its line. `--merge <out> <in>...` joins reports written by parts of the scope
// run side by side (each numbers its tests afresh, so tests are matched by file and name). `--recheck` (npm run
// mutation:recheck) runs again, with every test, each mutant the report holds as undetected or as static.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const REPORT = 'test/mutation/stryker-incremental.json';
const DETECTED = ['Killed', 'Timeout'];
const UNDETECTED = ['Survived', 'NoCoverage'];
const read = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** Counts by status, and the score as Stryker computes it: detected over detected and undetected. */
function tally(mutants) {
  const counts = {};
  for (const m of mutants) counts[m.status] = (counts[m.status] ?? 0) + 1;
  const sum = (statuses) => statuses.reduce((n, s) => n + (counts[s] ?? 0), 0);
  const valid = sum(DETECTED) + sum(UNDETECTED);
  return { counts, total: mutants.length, score: valid ? (100 * sum(DETECTED)) / valid : NaN };
}

function table(report) {
  const columns = ['Killed', 'Timeout', 'Survived', 'NoCoverage', 'Ignored'];
  const line = (name, t) =>
    `| ${name} | ${t.score.toFixed(1)} | ${t.total} | ${columns.map((c) => t.counts[c] ?? 0).join(' | ')} |`;
  const files = Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b));
  console.log(`| File | Score % | Mutants | ${columns.join(' | ')} |`);
  console.log(`| --- | ---: | ---: | ${columns.map(() => '---:').join(' | ')} |`);
  for (const [name, file] of files) console.log(line(name, tally(file.mutants)));
  console.log(line(`**All ${files.length} files**`, tally(files.flatMap(([, f]) => f.mutants))));
}

function survivors(report, part) {
  for (const [name, file] of Object.entries(report.files)) {
    if (!name.includes(part)) continue;
    const lines = file.source.split('\n');
    const undetected = file.mutants.filter((m) => UNDETECTED.includes(m.status));
    for (const m of undetected.sort((a, b) => a.location.start.line - b.location.start.line)) {
      const { line, column } = m.location.start;
      console.log(`${name}:${line}:${column} ${m.status} ${m.mutatorName}: ${lines[line - 1].trim()}`);
      console.log(`    -> ${String(m.replacement ?? '').replace(/\s+/g, ' ')}`);
    }
  }
}

function merge(out, inputs) {
  const reports = inputs.map(read);
  const merged = { ...reports[0], files: {}, testFiles: {} };
  const ids = new Map();
  for (const report of reports) {
    const local = new Map();
    for (const [name, testFile] of Object.entries(report.testFiles ?? {})) {
      merged.testFiles[name] ??= { ...testFile, tests: [] };
      for (const test of testFile.tests) {
        const key = `${name}\u0000${test.name}`;
        if (!ids.has(key)) {
          ids.set(key, String(ids.size));
          merged.testFiles[name].tests.push({ ...test, id: ids.get(key) });
        }
        local.set(test.id, ids.get(key));
      }
    }
    const map = (list) => list?.map((id) => local.get(id));
    for (const [name, file] of Object.entries(report.files))
      merged.files[name] = {
        ...file,
        mutants: file.mutants.map((m) => ({ ...m, coveredBy: map(m.coveredBy), killedBy: map(m.killedBy) })),
      };
  }
  writeFileSync(out, JSON.stringify(merged, null, 2));
}

/**
 * The lines of every mutant a run may have judged with too few tests, as Stryker's `--mutate` takes them: those
 * that survived or had no coverage, and those left out as static (a module-level value). A range takes only the
 * mutants wholly inside it, so each runs from a mutant's first line to its last; overlapping ones are joined.
 */
function recheckSpec(report) {
  const specs = [];
  for (const [name, file] of Object.entries(report.files)) {
    const spans = file.mutants
      .filter(
        (m) => UNDETECTED.includes(m.status) || (m.status === 'Ignored' && m.statusReason?.startsWith('Static mutant')),
      )
      .map((m) => [m.location.start.line, m.location.end.line])
      .sort(([a], [b]) => a - b);
    const joined = [];
    for (const [from, to] of spans) {
      const last = joined.at(-1);
      if (last && from <= last[1]) last[1] = Math.max(last[1], to);
      else joined.push([from, to]);
    }
    specs.push(...joined.map(([from, to]) => `${name}:${from}-${to}`));
  }
  return specs.join(',');
}

function recheck(report) {
  const spec = recheckSpec(report);
  if (!spec) {
    console.log('Nothing to recheck: every mutant is killed, timed out or marked.');
    return;
  }
  console.log(`Rechecking with every test: ${spec}`);
  const args = ['stryker', 'run', 'test/mutation/all-tests.config.mjs', '--force', '--mutate', spec];
  process.exitCode = spawnSync('npx', args, { stdio: 'inherit' }).status ?? 1;
}

const [command, ...rest] = process.argv.slice(2);
if (command === '--merge') merge(rest[0], rest.slice(1));
else if (command === '--recheck') recheck(read(REPORT));
else if (command === '--survivors') survivors(read(rest[1] ?? REPORT), rest[0] ?? '');
else table(read(command ?? REPORT));
