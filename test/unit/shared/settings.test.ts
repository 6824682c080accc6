import { describe, expect, test } from 'vitest';
import { applyManaged, DEFAULT_SETTINGS, migrateSettings } from '../../../src/shared/settings.ts';

const KEY = 'lVxxTEHYqWUD+vkvEZwWExf0zsRX0osKOXLIzKAdWaw=';

describe('migrateSettings', () => {
  test.each([
    ['nothing stored', undefined, DEFAULT_SETTINGS],
    ['not an object', 'garbage', DEFAULT_SETTINGS],
    [
      'version 1',
      {
        version: 1,
        feedUrl: 'https://feed.example/d.json',
        feedPublicKey: KEY,
        badgeEnabled: false,
        updateIntervalHours: 6,
      },
      {
        ...DEFAULT_SETTINGS,
        feedUrl: 'https://feed.example/d.json',
        feedPublicKey: KEY,
        badgeEnabled: false,
        updateIntervalHours: 6,
      },
    ],
    [
      'the organisation feed, with its own key',
      { version: 1, orgFeedUrl: 'https://team.example/org.json', orgFeedPublicKey: KEY },
      { ...DEFAULT_SETTINGS, orgFeedUrl: 'https://team.example/org.json', orgFeedPublicKey: KEY },
    ],
    [
      'an http organisation feed is dropped',
      { version: 1, orgFeedUrl: 'http://team.example/org.json', orgFeedPublicKey: 'short' },
      DEFAULT_SETTINGS,
    ],
    [
      'version 0 kept the feed in one object',
      { feed: { url: 'https://feed.example/d.json', publicKey: KEY } },
      { ...DEFAULT_SETTINGS, feedUrl: 'https://feed.example/d.json', feedPublicKey: KEY },
    ],
    [
      'broken fields fall back one by one',
      { version: 1, feedUrl: 'http://insecure.example/', badgeEnabled: 'yes', updateIntervalHours: 0.5, extra: 1 },
      DEFAULT_SETTINGS,
    ],
  ])('%s', (_name, stored, want) => {
    expect(migrateSettings(stored)).toEqual(want);
  });
});

describe('applyManaged', () => {
  test('valid managed values win and are named; invalid ones are ignored with the reason', () => {
    const user = { ...DEFAULT_SETTINGS, badgeEnabled: true, updateIntervalHours: 12 };
    const { settings, managed, ignored } = applyManaged(user, {
      badgeEnabled: false,
      feedUrl: 'ftp://x',
      updateIntervalHours: 48,
      unknown: true,
    });
    expect(settings).toEqual({ ...user, badgeEnabled: false, updateIntervalHours: 48 });
    expect(managed).toEqual(['badgeEnabled', 'updateIntervalHours']);
    expect(ignored).toEqual([expect.stringMatching(/^feedUrl: /)]);
  });
  test('no policy: the user’s settings, nothing managed', () => {
    expect(applyManaged(DEFAULT_SETTINGS, undefined)).toEqual({ settings: DEFAULT_SETTINGS, managed: [], ignored: [] });
  });
});

test('search result marks are the user’s alone: off by default, and no policy switches them on', () => {
  expect(DEFAULT_SETTINGS.searchMarks).toBe(false);
  const applied = applyManaged(DEFAULT_SETTINGS, { searchMarks: true, badgeEnabled: false });
  expect(applied.settings.searchMarks).toBe(false);
  expect(applied.managed).toEqual(['badgeEnabled']);
  expect(migrateSettings({ version: 1, searchMarks: 'yes' }).searchMarks).toBe(false);
  expect(migrateSettings({ version: 1, searchMarks: true }).searchMarks).toBe(true);
});
