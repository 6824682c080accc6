// The platform's share of the service worker's heap: an extension with PSF Lens's permissions whose worker does
// nothing but register the events PSF Lens's worker registers. What PSF Lens's worker holds above it is its own code
// and data; what it holds below it, no extension with those listeners can go under.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from './browser.mjs';
import { workerHeap } from './worker-heap.mjs';

/** The `browser.<namespace>.<event>.addListener` calls in the background's sources, as `namespace.event`. */
export function backgroundEvents(dir = 'src/background') {
  const events = new Set();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts'))) {
    const text = readFileSync(join(dir, file), 'utf8');
    for (const [, event] of text.matchAll(/\bbrowser\.(\w+\.on\w+)\.addListener\(/g)) events.add(event);
  }
  return [...events].sort((a, b) => a.localeCompare(b));
}

/**
 * The heap after GC of a worker that registers `events` (each with an empty listener) under `manifest`'s
 * permissions, in a fresh profile: the median of three readings.
 */
export async function floorHeap(manifest, events) {
  const dir = mkdtempSync(join(tmpdir(), 'psf-lens-floor-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'floor',
      version: '1',
      permissions: manifest.permissions,
      host_permissions: manifest.host_permissions,
      optional_host_permissions: manifest.optional_host_permissions,
      background: { service_worker: 'worker.js', type: 'module' },
    }),
  );
  writeFileSync(join(dir, 'worker.js'), events.map((event) => `chrome.${event}.addListener(() => {});\n`).join(''));
  const session = await launch({ dist: dir, devtools: true, fixtures: false });
  try {
    const heaps = [];
    for (let i = 0; i < 3; i++) heaps.push(await workerHeap(session));
    return heaps.sort((a, b) => a - b)[1];
  } finally {
    await session.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
