// @vitest-environment happy-dom
/**
 * The organisation's feed on #/settings: its address and key as saved, saved trimmed; a value the organisation's
 * policy sets is locked, said so and left out of the save; the last check's times and result, a failure as an alert.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { OrgFeedSettings } from '../../../src/options/org-feed-settings.tsx';
import type { FeedOutcome } from '../../../src/shared/feed-status.ts';
import type { Settings } from '../../../src/shared/settings.ts';
import { t } from '../../../src/shared/i18n.ts';
import { checked, KEY, settingsView } from './settings-fixture.tsx';

afterEach(cleanup);

const URL_LABEL = /Organisation feed URL/;
const KEY_LABEL = /Organisation feed public key/;

function show(view = settingsView(), busy = false) {
  const save = vi.fn<(patch: Partial<Settings>) => void>();
  render(<OrgFeedSettings view={view} busy={busy} save={save} />);
  const input = (label: RegExp) => screen.getByLabelText(label) as HTMLInputElement;
  return { save, url: input(URL_LABEL), key: input(KEY_LABEL) };
}

const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Save the organisation feed' }));

describe('OrgFeedSettings', () => {
  test('starts from what is saved and saves what the user typed, trimmed', () => {
    const { save, url, key } = show(
      settingsView({ settings: { orgFeedUrl: 'https://team.example/old.json', orgFeedPublicKey: KEY } }),
    );
    expect([url.value, key.value]).toEqual(['https://team.example/old.json', KEY]);
    expect(url.placeholder).toBe('https://…/org-assessments.json');
    // A key is no word: never spell-checked (happy-dom has no spellcheck property, so Preact leaves `false` unset).
    expect(key.getAttribute('spellcheck')).not.toBe('true');
    expect(screen.getByText(/^Optional\. Your team publishes its own assessments as a signed dataset/)).toBeTruthy();
    fireEvent.input(url, { target: { value: '  https://team.example/org.json ' } });
    fireEvent.input(key, { target: { value: ` ${KEY}\n` } });
    submit();
    expect(save).toHaveBeenCalledWith({ orgFeedUrl: 'https://team.example/org.json', orgFeedPublicKey: KEY });
  });

  test.each([
    ['orgFeedUrl', URL_LABEL, { orgFeedPublicKey: KEY }],
    ['orgFeedPublicKey', KEY_LABEL, { orgFeedUrl: 'https://team.example/org.json' }],
  ] as const)('a managed %s is locked, said so, and left out of the save', (field, label, saved) => {
    const { save, url, key } = show(settingsView({ managed: [field] }));
    const [locked, open] = field === 'orgFeedUrl' ? [url, key] : [key, url];
    expect([locked.disabled, open.disabled]).toEqual([true, false]);
    expect(screen.getByLabelText(label).closest('label')?.textContent).toContain('Managed by your organisation');
    expect(screen.getAllByText('Managed by your organisation')).toHaveLength(1);
    fireEvent.input(url, { target: { value: 'https://team.example/org.json' } });
    fireEvent.input(key, { target: { value: KEY } });
    submit();
    expect(save).toHaveBeenCalledWith(saved);
  });

  test('never checked: says so, shows no result, and saves unless a save is running', () => {
    show();
    expect(screen.getByText('Last check: never · last success: never')).toBeTruthy();
    expect(screen.queryByText(/^Last result/)).toBeNull();
    expect((screen.getByRole('button', { name: 'Save the organisation feed' }) as HTMLButtonElement).disabled).toBe(
      false,
    );
    cleanup();
    show(settingsView(), true);
    expect((screen.getByRole('button', { name: 'Save the organisation feed' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });

  test('the times of the last check and success, in the page’s language', () => {
    const at = Date.UTC(2026, 10, 20, 9);
    show(settingsView({ orgFeed: { ...checked(null), lastAttempt: at + 3_600_000, lastSuccess: at } }));
    expect(
      screen.getByText(`Last check: ${t.dateTime(at + 3_600_000)} · last success: ${t.dateTime(at)}`),
    ).toBeTruthy();
  });

  const updated: FeedOutcome = { kind: 'updated', note: { code: 'updated', version: '2026.11.25' } };
  test.each<[string, FeedOutcome, 'note' | 'error', string | null, string]>([
    ['an update', updated, 'note', 'status', 'Last result: Updated to version 2026.11.25.'],
    [
      'nothing new',
      { kind: 'not-modified', note: { code: 'up-to-date', version: '1' } },
      'note',
      'status',
      'Last result: Up to date (version 1).',
    ],
    [
      'a refusal',
      { kind: 'refused', note: { code: 'kept', version: '1', problem: { code: 'mismatch' } } },
      'error',
      'alert',
      'Last result: Kept version 1: the signature does not match the file and the pinned public key.',
    ],
    [
      'a failure',
      { kind: 'failed', note: { code: 'kept', version: '1', problem: { code: 'http', status: 503 } } },
      'error',
      'alert',
      'Last result: Kept version 1: the feed answered HTTP 503.',
    ],
  ])('the last result after %s', (_, outcome, kind, role, text) => {
    show(settingsView({ orgFeed: checked(outcome) }));
    const line = screen.getByText(/^Last result:/).closest('p');
    expect([line?.className, line?.getAttribute('role'), line?.textContent]).toEqual([kind, role, text]);
  });
});
