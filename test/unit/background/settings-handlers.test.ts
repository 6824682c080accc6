import 'fake-indexeddb/auto';
import { describe, expect, test, vi } from 'vitest';
import { EMPTY_STATUS } from '../../../src/background/feed-runner.ts';
import type { FeedStatus } from '../../../src/shared/feed-status.ts';
import { userError } from '../../../src/shared/user-error.ts';
import type { Context } from '../../../src/background/types.ts';
import { testBackground } from '../helpers/deps.ts';

const UI: Context = { from: 'ui' };
const KEY = 'lVxxTEHYqWUD+vkvEZwWExf0zsRX0osKOXLIzKAdWaw=';

function setUp(managed: Record<string, unknown> = {}) {
  const { handlers, settings, deps } = testBackground({ managed });
  return { handlers, settings, deps };
}

describe('settings', () => {
  test('saving stores the user’s values and re-arms the feed', async () => {
    const { handlers, settings } = setUp();
    const view = await handlers['save-settings'](
      { type: 'save-settings', patch: { feedUrl: 'https://feed.example/d.json', feedPublicKey: KEY } },
      UI,
    );
    expect(view.settings).toMatchObject({ feedUrl: 'https://feed.example/d.json', feedPublicKey: KEY });
    expect(settings.user().feedUrl).toBe('https://feed.example/d.json');
    expect(settings.deps.feed.reschedule).toHaveBeenCalled();
  });

  test.each([
    [{ feedUrl: 'http://feed.example/d.json' }, /https:/],
    [{ feedPublicKey: 'not-a-key' }, /base64 Ed25519 key/],
    [{ updateIntervalHours: 0 }, /at most every hour/],
  ])('refuses %j with the reason and keeps the old values', async (patch, reason) => {
    const { handlers, settings } = setUp();
    await expect(handlers['save-settings']({ type: 'save-settings', patch }, UI)).rejects.toThrow(reason);
    expect(settings.user().feedUrl).toBe('');
  });

  test('a managed setting cannot be changed by the user, and the view says which are managed', async () => {
    const { handlers, settings } = setUp({ badgeEnabled: false });
    await expect(
      handlers['save-settings']({ type: 'save-settings', patch: { badgeEnabled: true } }, UI),
    ).rejects.toThrow(userError({ code: 'managed' }).message);
    const view = await handlers.settings({ type: 'settings' }, UI);
    expect(view.managed).toEqual(['badgeEnabled']);
    expect(view.settings.badgeEnabled).toBe(false);
    expect(settings.user().badgeEnabled).toBe(true);
  });

  test('a change touching several managed settings is refused whole, and changes none of the patch', async () => {
    const { handlers, settings } = setUp({ badgeEnabled: false, updateIntervalHours: 24 });
    const patch = { badgeEnabled: true, updateIntervalHours: 6, feedUrl: 'https://feed.example/psf.json' };
    await expect(handlers['save-settings']({ type: 'save-settings', patch }, UI)).rejects.toThrow(
      userError({ code: 'managed' }).message,
    );
    expect(settings.user().feedUrl).toBe('');
  });

  test('update now runs the feed and shows that run’s outcome', async () => {
    const { handlers, settings } = setUp();
    const ran: FeedStatus = {
      ...EMPTY_STATUS,
      lastAttempt: 5,
      failures: 1,
      lastOutcome: {
        kind: 'failed',
        note: { code: 'kept', version: '1', problem: { code: 'timeout', seconds: 20 } },
      },
    };
    vi.mocked(settings.deps.feed.run).mockResolvedValueOnce(ran);
    const view = await handlers['update-now']({ type: 'update-now' }, UI);
    expect(settings.deps.feed.run).toHaveBeenCalledTimes(1);
    expect(view.feed, 'the view shows what this run did, not the status stored before it').toEqual(ran);
    expect(view.kind).toBe('settings');
  });
});
