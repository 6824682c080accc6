/** The line every page that shows ratings gives its data: how old it is, and where it came from. */
import { afterEach, expect, test } from 'vitest';
import { dataLine, versionLine } from '../../../src/shared/data-line.ts';
import { setTranslator, translator } from '../../../src/shared/i18n.ts';
import { localeCatalog } from '../helpers/setup.ts';

const NOW = Date.UTC(2026, 10, 30, 12, 0);
const MINUTE = 60_000;
const feed = (ago: number, feedUrl = 'https://feed.psf-lens.example/psf.json') => ({
  published: '2026-11-29',
  source: 'feed' as const,
  feedUrl,
  loadedAt: NOW - ago,
});

afterEach(() => setTranslator(translator('en', localeCatalog('en'))));

test('the bundled data: its date alone', () => {
  const bundled = { published: '2026-11-29', source: 'bundled' as const, loadedAt: NOW - 400 * 24 * 60 * MINUTE };
  expect(dataLine(bundled, NOW)).toBe('PSF data of 2026-11-29, bundled');
  // A feed address left over from an earlier source does not make the bundled data a feed's.
  expect(dataLine({ ...bundled, feedUrl: 'https://feed.psf-lens.example/psf.json' }, NOW)).toBe(
    'PSF data of 2026-11-29, bundled',
  );
});

test.each([
  [0, 'just now'],
  [89_000, 'just now'],
  [90_000, '2 minutes ago'],
  [119 * MINUTE, '119 minutes ago'],
  [120 * MINUTE, '2 hours ago'],
  [47 * 60 * MINUTE, '47 hours ago'],
  [48 * 60 * MINUTE, '2 days ago'],
  [30 * 24 * 60 * MINUTE, '30 days ago'],
])('a feed’s data loaded %i ms ago: “%s”, from the feed’s host', (ago, words) => {
  expect(dataLine(feed(ago), NOW)).toBe(`PSF data of 2026-11-29, updated ${words} from feed.psf-lens.example`);
});

test('a feed address that is no URL is shown as written', () => {
  expect(dataLine(feed(0, 'feed host'), NOW)).toBe('PSF data of 2026-11-29, updated just now from feed host');
});

test('in the reader’s language, its own words for a time past', () => {
  setTranslator(translator('de', localeCatalog('de'), localeCatalog('en')));
  expect(dataLine(feed(3 * 60 * MINUTE), NOW)).toContain('vor 3 Stunden');
  setTranslator(translator('fr', localeCatalog('fr'), localeCatalog('en')));
  expect(dataLine(feed(2 * 24 * 60 * MINUTE), NOW)).toContain('il y a 2 jours');
});

test('the version after the line, or what a page says before the data has loaded', () => {
  expect(versionLine({ ...feed(0), version: '2026.11.29.1' })).toMatch(
    /^PSF data of 2026-11-29, updated .+ from feed\.psf-lens\.example \(version 2026\.11\.29\.1\)$/,
  );
  expect(versionLine(null)).toBe('PSF data: not loaded');
});
