/**
 * An update of PSF Lens keeps a stored dataset of the same version (the bundled file never replaces its own version,
 * nor a newer one a feed brought), so a bundled dataset whose content changed needs a newer version, or the users
 * who update never get the change: a new match rule would reach new installs only. The version and the content's
 * hash last recorded are in test/fixtures/dataset-release.json; give a changed dataset a newer version (and its
 * date), then record both there.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { isNewerVersion } from '../../../src/core/schema.ts';

const dataset = JSON.parse(readFileSync('public/data/psf-dataset.json', 'utf8')) as Record<string, unknown>;
const recorded = JSON.parse(readFileSync('test/fixtures/dataset-release.json', 'utf8')) as {
  version: string;
  sha256: string;
};

/** The content, apart from its version and date, whatever the file's spacing. */
function contentHash(d: Record<string, unknown>): string {
  const { version: _v, published: _p, ...content } = d;
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

test('a bundled dataset whose content changed has a newer version than the one recorded', () => {
  const version = dataset.version as string;
  if (contentHash(dataset) === recorded.sha256) expect(version).toBe(recorded.version);
  else
    expect(
      isNewerVersion(version, recorded.version),
      `the bundled dataset changed since version ${recorded.version}, and its version is ${version}: give it a newer one`,
    ).toBe(true);
});

test('the hash reads content, not spacing, and changes with a rule', () => {
  const copy = JSON.parse(JSON.stringify(dataset)) as { products: { match: { host: string }[] }[] };
  expect(contentHash(JSON.parse(JSON.stringify(dataset, null, 4)) as Record<string, unknown>)).toBe(
    contentHash(dataset),
  );
  copy.products[0]!.match.push({ host: 'example.org' });
  expect(contentHash(copy as unknown as Record<string, unknown>)).not.toBe(contentHash(dataset));
});
