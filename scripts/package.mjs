// npm run package: the store packages, reproducibly, from the builds in dist/ (npm run package builds them first).
//   artifacts/psf-lens-<version>-chrome.zip    Chrome Web Store and Microsoft Edge Add-ons (dist/chrome)
//   artifacts/psf-lens-<version>-firefox.zip   addons.mozilla.org (dist/firefox)
//   artifacts/psf-lens-<version>-source.zip    the source AMO asks for, since the add-on's code is bundled
//   artifacts/SHA256SUMS
// Same inputs, same bytes (see lib/zip.mjs): rebuild from the source archive and compare the sums.
//   node scripts/package.mjs [--out <dir>] [--chrome <dir>] [--firefox <dir>]
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { notShippable } from './lib/manifest-checks.mjs';
import { zip } from './lib/zip.mjs';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'artifacts' },
    chrome: { type: 'string', default: 'dist/chrome' },
    firefox: { type: 'string', default: 'dist/firefox' },
  },
});

function filesUnder(root) {
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : entry.isFile() ? [join(dir, entry.name)] : [],
    );
  return walk(root).map((file) => ({ name: relative(root, file).split(sep).join('/'), data: readFileSync(file) }));
}

const version = JSON.parse(readFileSync('package.json', 'utf8')).version;

function extensionFiles(dir) {
  const manifestPath = join(resolve(dir), 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`no build at ${dir}: run npm run build first`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const problems = notShippable(manifest);
  if (manifest.version !== version) problems.push(`version ${manifest.version}, package.json says ${version}`);
  if (problems.length) throw new Error(`${dir} is not a store build: ${problems.join('; ')}`);
  return filesUnder(resolve(dir));
}

/** The committed files of the repository as they are in the working tree (what `npm ci && npm run build` needs). */
function sourceFiles() {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached'], { encoding: 'utf8' }).split('\0');
  return listed.filter((name) => name && existsSync(name)).map((name) => ({ name, data: readFileSync(name) }));
}

/** Unpacked from a source archive there is no git: the store packages are what a reviewer rebuilds and compares. */
const isCheckout =
  spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { encoding: 'utf8' }).stdout.trim() === 'true';

const out = resolve(values.out);
mkdirSync(out, { recursive: true });
const packages = [
  { name: `psf-lens-${version}-chrome.zip`, files: () => extensionFiles(values.chrome) },
  { name: `psf-lens-${version}-firefox.zip`, files: () => extensionFiles(values.firefox) },
  ...(isCheckout ? [{ name: `psf-lens-${version}-source.zip`, files: sourceFiles }] : []),
];
if (!isCheckout) console.log('Not a git checkout: no source archive (it is made from the committed files).');
const sums = [];
for (const { name, files } of packages) {
  let archive;
  try {
    archive = zip(files());
  } catch (error) {
    console.error(`PSF Lens was not packaged: ${error.message}`);
    process.exit(1);
  }
  writeFileSync(join(out, name), archive, { mode: 0o644 });
  sums.push(`${createHash('sha256').update(archive).digest('hex')}  ${name}`);
  console.log(`${join(relative(process.cwd(), out), name)}: ${archive.length} bytes`);
}
writeFileSync(join(out, 'SHA256SUMS'), `${sums.join('\n')}\n`);
console.log(sums.join('\n'));
