/**
 * What the feed forms on #/settings cannot save, found in the page before anything is sent, by the settings' own
 * rules (shared/settings.ts): each field's problem as a sentence of the page's language, shown beside the field.
 * The background checks again and has the last word.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from '../shared/i18n.ts';
import type { Settings } from '../shared/settings.ts';
import { FEED_KEY, FEED_SCHEME, FEED_URL_MAX, INTERVAL_HOURS } from '../shared/setting-rules.ts';

export type FeedField = 'feedUrl' | 'feedPublicKey' | 'updateIntervalHours' | 'orgFeedUrl' | 'orgFeedPublicKey';
export type SettingProblems = Partial<Record<FeedField, string>>;

function addressProblem(value: string): MessageKey | null {
  if (!value) return null;
  if (value.length > FEED_URL_MAX) return 'settings_problemUrlLong';
  try {
    new URL(value);
  } catch {
    return 'settings_problemUrl';
  }
  return value.startsWith(FEED_SCHEME) ? null : 'settings_problemHttps';
}

const keyProblem = (value: string): MessageKey | null =>
  !value || FEED_KEY.test(value) ? null : 'settings_problemKey';

/** The interval as typed: a whole number of hours from 1 to 30 days' worth. */
const hoursProblem = (value: string): MessageKey | null =>
  /^\d+$/.test(value) && Number(value) >= INTERVAL_HOURS.min && Number(value) <= INTERVAL_HOURS.max
    ? null
    : 'settings_problemInterval';

/** Each feed's address with the key it cannot do without. */
const PAIRS = [
  ['feedUrl', 'feedPublicKey'],
  ['orgFeedUrl', 'orgFeedPublicKey'],
] as const;

/**
 * The problems of the values about to be saved (a field left out of `values` is not checked); `given`, the values
 * of the fields the user cannot change (set by policy), which complete a feed's address or key.
 */
export function settingProblems(
  values: Partial<Record<FeedField, string>>,
  given: Partial<Pick<Settings, 'feedUrl' | 'orgFeedUrl'>> = {},
): SettingProblems {
  const problems: SettingProblems = {};
  // An address without its key is saved, then never fetched: the key is asked for now.
  for (const [address, key] of PAIRS)
    if (key in values && !values[key] && (values[address] ?? given[address]))
      problems[key] = t('settings_problemNoKey');
  for (const [field, value] of Object.entries(values) as [FeedField, string][]) {
    const key =
      field === 'updateIntervalHours'
        ? hoursProblem(value)
        : field === 'feedUrl' || field === 'orgFeedUrl'
          ? addressProblem(value)
          : keyProblem(value);
    if (key) problems[field] ??= t(key);
  }
  return problems;
}

/** The id of the sentence beside a field, which the field names in its aria-describedby. */
export const problemId = (field: keyof Settings) => `settings-${field}-problem`;

/** A field's attributes for its problem, if it has one (none: Preact takes off those a fixed field had). */
export const problemAttrs = (problems: SettingProblems, field: FeedField) =>
  problems[field] ? { 'aria-invalid': true as const, 'aria-describedby': problemId(field) } : {};

/**
 * A form's problems, and `check`, which finds them in the values about to be saved: true when there is none. Where
 * there are, the keyboard goes to the first field that has one, once it is marked, so that its reason is read with it.
 */
export function useSettingProblems() {
  const [problems, setProblems] = useState<SettingProblems>({});
  const [refusals, setRefusals] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    // Stryker disable next-line ConditionalExpression,OptionalChaining: before the first refusal no field is marked, so there is nothing to focus; the form is mounted with its fields, and a refusal marks one.
    if (refusals) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refusals]);
  const check = (
    values: Partial<Record<FeedField, string>>,
    given: Partial<Pick<Settings, 'feedUrl' | 'orgFeedUrl'>> = {},
  ) => {
    const found = settingProblems(values, given);
    setProblems(found);
    const fine = Object.keys(found).length === 0;
    // Stryker disable next-line ConditionalExpression,ArithmeticOperator: a count that moves either way runs the focus again, and with no problem no field is marked to take it.
    if (!fine) setRefusals((n) => n + 1);
    return fine;
  };
  return { problems, form, check };
}
