/**
 * The settings page checks a feed's values itself before a save, without the schema's library; the background
 * checks them again with the settings' schema. The two must agree on what may be saved, or the page would refuse
 * a value the background takes, or promise a save the background refuses in English.
 */
import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { settingProblems } from '../../../src/options/settings-problems.ts';
import { SettingsPatchSchema } from '../../../src/shared/settings.ts';

const KEY = `${'A'.repeat(43)}=`;
const ADDRESSES = [
  '',
  'https://feeds.example/psf-dataset.json',
  'https://feeds.example:8443/a/b?c=d',
  `https://feeds.example/${'a'.repeat(2048 - 22)}`,
  `https://feeds.example/${'a'.repeat(2048 - 21)}`,
  'http://feeds.example/psf-dataset.json',
  'HTTPS://feeds.example/x',
  'ftp://feeds.example/x',
  'not a url',
  'https://',
  'feeds.example/psf-dataset.json',
];
const KEYS = ['', KEY, KEY.slice(1), `${KEY}=`, `${'A'.repeat(42)}-=`, `${'A'.repeat(44)}`, `${'a+/9'.repeat(10)}abc=`];
const HOURS = ['1', '24', '720', '0', '721', '1.5', '-3', '', 'abc'];

/** What the background's schema says of one field's value (the interval as the page hands it on: a number). */
const schemaTakes = (field: string, value: string) =>
  v.safeParse(SettingsPatchSchema, { [field]: field === 'updateIntervalHours' ? Number(value) : value }).success;
const pageTakes = (
  field: 'feedUrl' | 'feedPublicKey' | 'orgFeedUrl' | 'orgFeedPublicKey' | 'updateIntervalHours',
  value: string,
) => settingProblems({ [field]: value })[field] === undefined;

describe('the page and the schema agree', () => {
  test.each(ADDRESSES.flatMap((a) => [['feedUrl', a] as const, ['orgFeedUrl', a] as const]))('%s %j', (field, value) =>
    expect(pageTakes(field, value)).toBe(schemaTakes(field, value)),
  );
  test.each(KEYS.flatMap((k) => [['feedPublicKey', k] as const, ['orgFeedPublicKey', k] as const]))(
    '%s %j',
    (field, value) => expect(pageTakes(field, value)).toBe(schemaTakes(field, value)),
  );
  test.each(HOURS)('updateIntervalHours %j', (value) =>
    expect(pageTakes('updateIntervalHours', value)).toBe(schemaTakes('updateIntervalHours', value)),
  );
});
