import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import {
  applyManaged,
  DEFAULT_SETTINGS,
  effectiveSettings,
  MANAGED_KEYS,
  managedDatasets,
  migrateSettings,
  SETTING_KEYS,
  SettingsPatchSchema,
} from '../../../src/shared/settings.ts';

const KEY = 'lVxxTEHYqWUD+vkvEZwWExf0zsRX0osKOXLIzKAdWaw=';

describe('migrateSettings', () => {
  test.each([
    ['nothing stored', undefined, DEFAULT_SETTINGS],
    ['null', null, DEFAULT_SETTINGS],
    ['not an object', 'garbage', DEFAULT_SETTINGS],
    ['a number', 7, DEFAULT_SETTINGS],
    ['an empty object', {}, DEFAULT_SETTINGS],
    ['version 0 with a feed that is not an object', { feed: 'https://feed.example/d.json' }, DEFAULT_SETTINGS],
    ['version 0 with no feed at all', { badgeEnabled: false }, { ...DEFAULT_SETTINGS, badgeEnabled: false }],
    [
      'version 0’s own fields over its feed object',
      { feedUrl: 'https://own.example/d.json', feed: { url: 'https://feed.example/d.json', publicKey: KEY } },
      { ...DEFAULT_SETTINGS, feedUrl: 'https://own.example/d.json', feedPublicKey: KEY },
    ],
    [
      'a versioned shape’s `feed` is no setting',
      { version: 1, feed: { url: 'https://feed.example/d.json', publicKey: KEY } },
      DEFAULT_SETTINGS,
    ],
    [
      'each language PSF Lens speaks',
      { version: 1, language: 'fr', searchMarks: true },
      { ...DEFAULT_SETTINGS, language: 'fr', searchMarks: true },
    ],
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
  test.each([undefined, null, 'badgeEnabled', 5, true, []])(
    'no policy (%j): the user’s settings, nothing managed',
    (policy) => {
      expect(applyManaged(DEFAULT_SETTINGS, policy)).toEqual({ settings: DEFAULT_SETTINGS, managed: [], ignored: [] });
    },
  );

  test.each<[string, Record<string, unknown>, string]>([
    ['an address that is no URL', { feedUrl: 'feed.example' }, 'feedUrl: the feed address must be a URL'],
    ['an http address', { orgFeedUrl: 'http://team.example/org.json' }, 'orgFeedUrl: the feed address must be https:'],
    [
      'a key with a character before it',
      { feedPublicKey: `!${KEY}` },
      'feedPublicKey: the public key must be a base64 Ed25519 key (44 characters)',
    ],
    [
      'a key with more after it',
      { orgFeedPublicKey: `${KEY}AA` },
      'orgFeedPublicKey: the public key must be a base64 Ed25519 key (44 characters)',
    ],
    ['updates more often than hourly', { updateIntervalHours: 0 }, 'updateIntervalHours: update at most every hour'],
    [
      'updates less often than monthly',
      { updateIntervalHours: 24 * 30 + 1 },
      'updateIntervalHours: update at least every 30 days',
    ],
  ])('%s is ignored, with the rule it broke', (_what, policy, reason) => {
    const applied = applyManaged(DEFAULT_SETTINGS, policy);
    expect(applied.ignored).toEqual([reason]);
    expect(applied.settings).toEqual(DEFAULT_SETTINGS);
  });

  test('a policy may switch a feed off: an empty address and key are values, not mistakes', () => {
    const user = { ...DEFAULT_SETTINGS, feedUrl: 'https://feed.example/d.json', feedPublicKey: KEY };
    const applied = applyManaged(user, { feedUrl: '', feedPublicKey: '', orgFeedUrl: '', orgFeedPublicKey: '' });
    expect(applied).toEqual({
      settings: DEFAULT_SETTINGS,
      managed: ['feedUrl', 'feedPublicKey', 'orgFeedUrl', 'orgFeedPublicKey'],
      ignored: [],
    });
  });

  test('the bounds themselves are allowed', () => {
    expect(applyManaged(DEFAULT_SETTINGS, { updateIntervalHours: 1 }).settings.updateIntervalHours).toBe(1);
    expect(applyManaged(DEFAULT_SETTINGS, { updateIntervalHours: 720 }).settings.updateIntervalHours).toBe(720);
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

test('the defaults: the bundled data alone, the badge on, a daily update, the browser’s language', () => {
  expect(DEFAULT_SETTINGS).toEqual({
    feedUrl: '',
    feedPublicKey: '',
    badgeEnabled: true,
    updateIntervalHours: 24,
    orgFeedUrl: '',
    orgFeedPublicKey: '',
    searchMarks: false,
    language: 'auto',
  });
  expect(SETTING_KEYS).toEqual(Object.keys(DEFAULT_SETTINGS));
});

test('a policy may set every setting but the search marks and the language, which are the user’s own', () => {
  expect(MANAGED_KEYS).toEqual(SETTING_KEYS.filter((key) => key !== 'searchMarks' && key !== 'language'));
  expect(MANAGED_KEYS).toHaveLength(6);
  const applied = applyManaged(DEFAULT_SETTINGS, { language: 'de', searchMarks: true });
  expect(applied).toEqual({ settings: DEFAULT_SETTINGS, managed: [], ignored: [] });
});

describe('organisation datasets set by policy', () => {
  const parse: Parameters<typeof managedDatasets>[1] = (text) =>
    text === 'good'
      ? { kind: 'valid' }
      : { kind: 'invalid', issues: text === 'silent' ? [] : [{ path: 'products[0].id', message: 'must be a slug' }] };

  test('each valid one kept by its name, each other one named with its first problem', () => {
    const managed = {
      organisationDatasets: [
        { name: ' Acme reviews ', json: 'good' },
        { name: 'Broken', json: 'bad' },
        { name: 'No text' },
        { json: 'good' },
        { name: '   ', json: 'good' },
        { name: 42, json: 'good' },
        null,
        'good',
        { name: 'Quiet', json: 'silent' },
      ],
    };
    expect(managedDatasets(managed, parse)).toEqual({
      valid: [
        { name: 'Acme reviews', json: 'good' },
        { name: 'organisation dataset 4', json: 'good' },
        { name: 'organisation dataset 5', json: 'good' },
        { name: 'organisation dataset 6', json: 'good' },
      ],
      ignored: [
        'organisationDatasets[1] (Broken): products[0].id: must be a slug',
        'organisationDatasets[2] (No text): no "json" text',
        'organisationDatasets[6] (organisation dataset 7): no "json" text',
        'organisationDatasets[7] (organisation dataset 8): no "json" text',
        'organisationDatasets[8] (Quiet): invalid',
      ],
    });
  });

  test.each([undefined, null, 'x', { organisationDatasets: 'x' }, { organisationDatasets: {} }])(
    '%j: none',
    (managed) => {
      expect(managedDatasets(managed, parse)).toEqual({ valid: [], ignored: [] });
    },
  );

  test('the settings in force name the ignored settings, then the ignored datasets', () => {
    const managed = { updateIntervalHours: 0, badgeEnabled: false, organisationDatasets: [{ name: 'B', json: 'bad' }] };
    expect(effectiveSettings(DEFAULT_SETTINGS, managed, parse)).toEqual({
      settings: { ...DEFAULT_SETTINGS, badgeEnabled: false },
      managed: ['badgeEnabled'],
      ignored: [
        'updateIntervalHours: update at most every hour',
        'organisationDatasets[0] (B): products[0].id: must be a slug',
      ],
    });
  });
});

describe('a change the settings page saves', () => {
  test.each(['auto', 'en', 'de', 'fr'])('the language %s is taken', (language) => {
    expect(v.parse(SettingsPatchSchema, { language })).toEqual({ language });
  });

  test.each<[Record<string, unknown>, string]>([
    [{ language: 'ja' }, 'the language must be auto, en, de or fr'],
    [{ feedUrl: 'feed.example' }, 'the feed address must be a URL'],
    [{ orgFeedPublicKey: 'short' }, 'the public key must be a base64 Ed25519 key (44 characters)'],
  ])('%j is refused with its rule', (patch, message) => {
    const result = v.safeParse(SettingsPatchSchema, patch);
    expect(result.success).toBe(false);
    expect(result.issues?.[0]?.message).toBe(message);
  });

  test('clearing a feed’s address and key is a change like any other', () => {
    const cleared = { feedUrl: '', feedPublicKey: '', orgFeedUrl: '', orgFeedPublicKey: '' };
    expect(v.parse(SettingsPatchSchema, cleared)).toEqual(cleared);
  });

  test('a setting PSF Lens does not have is refused', () => {
    expect(v.safeParse(SettingsPatchSchema, { theme: 'dark' }).success).toBe(false);
  });
});
