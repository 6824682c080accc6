// The permissions PSF Lens asks for, read from both built manifests, equal the README's table (section
// "Permissions"), and each has its reason there: whoever adds a permission has to say why. The hosts granted at
// install are the rated products' only, as the dataset derives them, never all sites.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const BUILDS = ['chrome', 'firefox'];
const manifestOf = (build) => JSON.parse(readFileSync(`dist/${build}/manifest.json`, 'utf8'));

/** The table under "### Permissions": the code-spanned names of each row's first cell, and its reason. */
function documented() {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.split(/^### Permissions$/m)[1]?.split(/^#{2,3} /m)[0];
  assert.ok(section, 'README.md has a "### Permissions" section');
  const rows = section
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
    .slice(1)
    .map((line) => line.split('|').map((cell) => cell.trim()));
  const table = new Map();
  for (const [, first = '', why = ''] of rows) {
    const names = [...first.matchAll(/`([A-Za-z_]+)`/g)].map((m) => m[1]);
    for (const name of names) table.set(name, why);
  }
  return table;
}

const sorted = (names) => [...new Set(names)].sort((a, b) => a.localeCompare(b));

/** What a manifest asks for, as the README names it (optional permissions are asked for too, later). */
function asked(manifest) {
  return sorted([
    ...(manifest.permissions ?? []),
    ...(manifest.optional_permissions ?? []),
    ...(manifest.host_permissions?.length ? ['host_permissions'] : []),
    ...(manifest.optional_host_permissions?.length ? ['optional_host_permissions'] : []),
  ]);
}

for (const build of BUILDS) {
  test(`the ${build} build asks for exactly the permissions the README documents, each with its reason`, () => {
    const table = documented();
    const manifest = manifestOf(build);
    const names = asked(manifest);
    assert.deepEqual(
      names,
      sorted(table.keys()),
      `dist/${build}/manifest.json asks for ${names.join(', ')}; README.md's Permissions table documents ${[...table.keys()].join(', ')}: add a row (permission, why) for each new permission, or remove the row of one no longer asked`,
    );
    for (const [name, why] of table) assert.ok(why.length >= 20, `README.md gives no real reason for ${name}`);
  });

  test(`the ${build} build is granted the rated products' hosts at install, never all sites; others only on request`, () => {
    const manifest = manifestOf(build);
    assert.ok(manifest.host_permissions?.length > 0);
    for (const pattern of manifest.host_permissions) {
      assert.doesNotMatch(pattern, /<all_urls>|:\/\/\*(\/|$)/, `${pattern} would grant all sites at install`);
      assert.match(pattern, /^https:\/\/(\*\.)?[a-z0-9.-]+\.[a-z]+\/.*$/, `${pattern} is not one https host`);
    }
    // Optional host permissions are asked site by site when the user saves an assessment of their own: https only.
    for (const pattern of manifest.optional_host_permissions ?? []) assert.match(pattern, /^https:\/\//);
  });

  // An organisation's own products live on hosts no build can know, so the optional permission names https sites
  // in general; PSF Lens never holds it as such: it asks, on the user's click, for exactly the sites of the
  // assessment being saved (test/e2e/organisation.test.mjs), and runs nowhere the user did not grant.
  test(`the ${build} build may ask for https sites only later, one assessment's sites at a time`, () => {
    assert.deepEqual(manifestOf(build).optional_host_permissions ?? [], ['https://*/*']);
  });
}

test('the Firefox build declares that PSF Lens collects no data', () => {
  const gecko = manifestOf('firefox').browser_specific_settings?.gecko;
  assert.deepEqual(gecko?.data_collection_permissions, { required: ['none'] });
});
