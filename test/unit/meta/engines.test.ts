/**
 * `npm ci` on the Node the README names installs without an engine warning: every package in the lock file
 * (what CI installs) accepts the lowest Node PSF Lens supports. A dependency bump that needs a newer Node fails
 * here, naming the package, instead of printing EBADENGINE on every install.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import semver from 'semver';
import { expect, test } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const read = (file: string) => readFileSync(resolve(ROOT, file), 'utf8');

interface LockEntry {
  engines?: { node?: string } | string[];
}
const pkg = JSON.parse(read('package.json')) as { engines: { node: string } };
const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, LockEntry> };
const lowest = semver.minVersion(pkg.engines.node);

test('the README names the lowest Node that package.json accepts', () => {
  expect(lowest?.version).toBe('20.19.0');
  expect(read('README.md')).toContain('Node.js 20.19 or later');
});

test('every locked package accepts that Node, so npm ci prints no engine warning', () => {
  const refusing = Object.entries(lock.packages).flatMap(([path, entry]) => {
    // Old packages wrote engines as an array of strings; npm ignores that form.
    const range = !entry.engines || Array.isArray(entry.engines) ? undefined : entry.engines.node;
    if (!range || !lowest) return [];
    return semver.satisfies(lowest, range) ? [] : [`${path.replace(/^node_modules\//, '')} wants Node ${range}`];
  });
  expect(refusing, 'pin versions that support the README Node, or raise it in package.json, README and CI').toEqual([]);
  expect(Object.keys(lock.packages).length).toBeGreaterThan(100);
});
