/**
 * The store texts in docs/store stay true to the extension: the short description is the manifest's, within
 * the stores' limits, every listed screenshot exists at a size the stores accept, and the privacy policy explains
 * every permission the manifest asks for.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const read = (file: string) => readFileSync(resolve(ROOT, file), 'utf8');
const listing = read('docs/store/listing.md');
const policy = read('docs/store/privacy-policy.md');
const manifest = JSON.parse(read('manifest.json')) as {
  name: string;
  description: string;
  permissions: string[];
  optional_host_permissions?: string[];
};

type Catalog = Record<string, { message: string } | undefined>;
const english = JSON.parse(read('public/_locales/en/messages.json')) as Catalog;

/** The text under a `## Heading` of the listing, up to the next heading. */
function section(heading: string): string {
  const match = new RegExp(`^## ${heading}\\n([\\s\\S]*?)(?=^## |(?![\\s\\S]))`, 'm').exec(listing);
  if (!match?.[1]) throw new Error(`docs/store/listing.md has no "## ${heading}" section`);
  return match[1].trim();
}

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(file: string): [number, number] {
  const data = readFileSync(resolve(ROOT, file));
  expect(data.subarray(1, 4).toString('latin1'), `${file} is a PNG`).toBe('PNG');
  return [data.readUInt32BE(16), data.readUInt32BE(20)];
}

describe('store listing', () => {
  test('the name and short description are the manifest’s (its English catalog), within 132 characters', () => {
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.description).toBe('__MSG_extDescription__');
    expect(section('Name')).toBe(english.extName?.message);
    expect(section('Short description')).toBe(english.extDescription?.message);
    for (const locale of ['en', 'de', 'fr']) {
      const catalog = JSON.parse(read(`public/_locales/${locale}/messages.json`)) as Catalog;
      expect(catalog.extDescription?.message.length, locale).toBeLessThanOrEqual(132);
    }
  });

  test('the long description fits every store (Chrome 16,000 characters) and names no permission it lacks', () => {
    const long = section('Long description');
    expect(long.length).toBeGreaterThan(500);
    expect(long.length).toBeLessThanOrEqual(16_000);
    expect(long).not.toMatch(/<all_urls>|all (web)?sites/i);
  });

  test('every store has a category', () => {
    for (const store of ['Chrome Web Store', 'Microsoft Edge Add-ons', 'addons.mozilla.org'])
      expect(section('Category')).toMatch(new RegExp(`^- ${store}: \\S`, 'm'));
  });

  test('the first screenshots exist at 1280 × 800, the size the Chrome Web Store requires', () => {
    const shots = [...section('Screenshots').matchAll(/^\d+\. `([^`]+\.png)`/gm)].map((m) => m[1] ?? '');
    expect(shots.length).toBeGreaterThanOrEqual(3);
    for (const shot of shots) expect(pngSize(shot)[0], shot).toBeGreaterThanOrEqual(400);
    for (const shot of shots.slice(0, 3)) expect(pngSize(shot), shot).toEqual([1280, 800]);
  });
});

describe('privacy policy', () => {
  test('explains every permission the manifest asks for, optional ones included', () => {
    /** The first cells of the policy's permissions table (Prettier pads them). */
    const rows = [...policy.matchAll(/^\| (.+?) +\| \S/gm)].map((m) => m[1]);
    for (const permission of manifest.permissions) expect(rows, permission).toContain(`\`${permission}\``);
    expect(rows).toContain('Access to the hosts of rated products');
    if (manifest.optional_host_permissions?.length) expect(rows.some((row) => row?.endsWith('(optional)'))).toBe(true);
  });

  test('says that nothing is collected and names the only network request', () => {
    expect(policy).toMatch(/collects no personal data/);
    expect(policy).toMatch(/no telemetry/);
    expect(policy).toMatch(/signed feed/);
  });
});
