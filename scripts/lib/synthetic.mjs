// A synthetic dataset of 10,000 products (about 100,000 match rules) built into its own extension, to show that
// what the user waits for does not grow with the dataset. The real products stay in it, so the fixture pages match.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const RATINGS = ['Strong', 'Partial', 'Gap'];
const DOMAINS = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8'];
/** Hosts many vendors share, where one host's rules grow with the dataset (github.com the most). */
const CLOUD_HOSTS = ['aws.amazon.com', 'learn.microsoft.com', 'cloud.google.com', 'openai.com', 'huggingface.co'];

/** Ten rules, shaped like the real ones: own site and docs, two repositories, packages, a cloud page. */
function rules(i) {
  return [
    { host: `vendor${i}.example` },
    { host: `docs.vendor${i}.example` },
    { host: 'github.com', path: `/org${i}/agent-${i}` },
    { host: 'github.com', path: `/org${i}/agent-${i}-js` },
    { host: 'pypi.org', path: `/project/agent-${i}` },
    { host: 'npmjs.com', path: `/package/@org${i}/agent` },
    { host: 'huggingface.co', path: `/org${i}/model-${i}` },
    { host: `platform${i % 500}.example`, path: `/products/agent-${i}` },
    { host: CLOUD_HOSTS[i % CLOUD_HOSTS.length], path: `/partners/agent-${i}` },
    { host: `vendor${i}.example`, path: '/', exact: true, signals: [`Agent ${i}`] },
  ];
}

function assessment(id, i) {
  const ratings = Object.fromEntries(DOMAINS.map((d, k) => [d, RATINGS[(i + k) % 3]]));
  const domains = Object.fromEntries(
    DOMAINS.map((d) => [
      d,
      {
        findings: [`Synthetic finding for ${d}, sized like a real one so storage and memory scale honestly.`],
        actions: [{ id: `${id}.${d.toLowerCase()}.act`, text: `Synthetic action for ${d}: review the control.` }],
      },
    ]),
  );
  return {
    id: `${id}-assessment`,
    productId: id,
    title: `Agent ${i}: a synthetic PSF assessment`,
    url: `https://productionai.institute/insights/synthetic-${i}`,
    published: '2026-01-15',
    license: 'CC BY 4.0',
    ratings,
    overview: ['A synthetic assessment, for measuring PSF Lens at scale.'],
    domains,
  };
}

/** The real dataset plus synthetic products up to `total` products. */
export function syntheticDataset(real, total = 10_000) {
  const count = total - real.products.length;
  const ids = Array.from({ length: count }, (_, i) => `synthetic-agent-${i}`);
  return {
    ...real,
    products: [
      ...real.products,
      ...ids.map((id, i) => ({
        id,
        name: `Agent ${i}`,
        vendor: `Vendor ${i % 2000}`,
        category: 'Agent framework',
        homepage: `https://vendor${i}.example/`,
        match: rules(i),
      })),
    ],
    assessments: [...real.assessments, ...ids.map((id, i) => assessment(id, i))],
  };
}

/**
 * Builds the extension for Chrome with `dataset` bundled, into `outDir`, from a copy of public/ holding it
 * (vite.config.ts reads the dataset and the public files from PSF_PUBLIC_DIR).
 */
export function buildWithDataset(dataset, outDir) {
  const work = resolve(outDir, '..', `${outDir.split('/').pop()}-public`);
  rmSync(work, { recursive: true, force: true });
  cpSync('public', work, { recursive: true });
  mkdirSync(join(work, 'data'), { recursive: true });
  writeFileSync(join(work, 'data', 'psf-dataset.json'), JSON.stringify(dataset));
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
    stdio: 'inherit',
    env: { ...process.env, PSF_PUBLIC_DIR: work, PSF_OUT_DIR: resolve(outDir) },
  });
  return join(work, 'data', 'psf-dataset.json');
}

/** A copy of the build at `dist` in `outDir`, its manifest changed by `edit`. */
export function copyWithManifest(dist, outDir, edit) {
  rmSync(outDir, { recursive: true, force: true });
  cpSync(dist, outDir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  edit(manifest);
  writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest));
  return outDir;
}
