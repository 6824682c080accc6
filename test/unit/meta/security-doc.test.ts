// SECURITY.md stays true as the code moves: every file it names as a test or as where a promise is kept exists,
// and every threat it models names at least one test.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const doc = readFileSync(resolve(ROOT, 'SECURITY.md'), 'utf8');

test('every file SECURITY.md names exists', () => {
  const named = [...doc.matchAll(/`((?:src|test|scripts)\/[^`\s]+\.[a-z]+)`/g)].map((m) => m[1] ?? '');
  expect(named.length).toBeGreaterThan(10);
  expect(named.filter((file) => !existsSync(resolve(ROOT, file)))).toEqual([]);
});

test('each of the five threats says what PSF Lens promises and names its tests', () => {
  const threats = doc.split(/^### \d\. /m).slice(1);
  expect(threats.map((t) => t.split('\n')[0])).toEqual([
    'A hostile page',
    'A hostile feed',
    'A hostile import file',
    'A compromised renderer',
    'A curious network',
  ]);
  for (const threat of threats) {
    expect(threat).toMatch(/PSF Lens promises:/);
    expect(threat).toMatch(/^Tests: `test\//m);
  }
});
