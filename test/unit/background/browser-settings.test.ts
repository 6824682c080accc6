// The settings over the browser's storage (an in-memory browser here): the administrator's policy read once,
// mirrored, and answered from the mirror while the policy service is slow; asked again once it changes; each
// feed's status and alarm under its own names.
import { afterEach, expect, test, vi } from 'vitest';
import type { DatasetKeeper } from '../../../src/background/dataset.ts';
import type { FeedTarget } from '../../../src/background/feed-runner.ts';
import { EMPTY_STATUS } from '../../../src/background/feed-runner.ts';
import { FEED_STATUS_KEY, MANAGED_MIRROR_KEY, ORG_FEED_STATUS_KEY } from '../../../src/shared/storage-keys.ts';
import { DATASET_TEXT } from '../helpers/dataset.ts';
import { fakeBrowser } from '../helpers/fake-browser.ts';

const FEED = 'https://feed.example/psf.json';

/** A policy service that answers only when the test says so, as Chromium's does some seconds after start. */
function policyService(initial: Record<string, unknown>) {
  let policy = initial;
  let release: () => void = () => {};
  let gate: Promise<void> = Promise.resolve();
  const get = vi.fn(async () => {
    await gate;
    return policy;
  });
  return {
    get,
    set: (next: Record<string, unknown>) => void (policy = next),
    hold: () => void (gate = new Promise((done) => (release = done))),
    release: () => release(),
  };
}

async function start(policy = policyService({})) {
  const fake = fakeBrowser(undefined, { 'storage.managed': { get: policy.get } });
  vi.resetModules();
  vi.doMock('webextension-polyfill', () => ({ default: fake.browser }));
  const { browserSettings, FEED_ALARM, ORG_FEED_ALARM } = await import('../../../src/background/browser-settings.ts');
  const settings = browserSettings({} as DatasetKeeper, {} as FeedTarget);
  const alarms = () => fake.calls.filter((c) => c.path.startsWith('alarms.')).map((c) => [c.path, ...c.args]);
  return { fake, settings, policy, alarms, FEED_ALARM, ORG_FEED_ALARM };
}

afterEach(() => {
  vi.doUnmock('webextension-polyfill');
});

test('the policy is read once, kept and mirrored; after a change it is read again', async () => {
  const t = await start(policyService({ feedUrl: FEED }));
  expect((await t.settings.read()).settings.feedUrl).toBe(FEED);
  expect((await t.settings.read({ wait: false })).managed).toEqual(['feedUrl']);
  expect(t.policy.get).toHaveBeenCalledTimes(1);
  expect(t.fake.local.data.get(MANAGED_MIRROR_KEY)).toEqual({ feedUrl: FEED });
  t.policy.set({});
  expect((await t.settings.read()).settings.feedUrl, 'kept until it changes').toBe(FEED);
  await t.settings.managedChanged();
  expect((await t.settings.read()).settings.feedUrl).toBe('');
  expect(t.policy.get).toHaveBeenCalledTimes(2);
});

test('while the policy service is slow, a caller that cannot wait gets the policy as last seen, at once', async () => {
  const t = await start(policyService({ feedUrl: FEED }));
  t.policy.hold();
  await t.fake.local.set({ [MANAGED_MIRROR_KEY]: { badgeEnabled: false } });
  expect((await t.settings.read({ wait: false })).settings).toMatchObject({ badgeEnabled: false, feedUrl: '' });
  // Known slow now: the answer comes from the mirror before any timer could fire.
  const next = await Promise.race([
    t.settings.managedDatasets({ wait: false }),
    new Promise((done) => setTimeout(() => done('waited'), 0)),
  ]);
  expect(next).toEqual([]);
  const waiting = t.settings.read();
  t.policy.release();
  expect((await waiting).settings.feedUrl, 'a caller that waits gets the live policy').toBe(FEED);
});

test('the live policy answers without waiting for its mirror to be written', async () => {
  const t = await start(policyService({ feedUrl: FEED }));
  const written = t.fake.local.set.bind(t.fake.local);
  let release = () => {};
  const slow = new Promise<void>((done) => (release = done));
  t.fake.local.set = async (items) => {
    if (MANAGED_MIRROR_KEY in items) await slow;
    return written(items);
  };
  const answer = await Promise.race([t.settings.read(), new Promise((done) => setTimeout(() => done('waited'), 50))]);
  expect(answer).toMatchObject({ settings: { feedUrl: FEED } });
  expect(t.fake.local.data.has(MANAGED_MIRROR_KEY), 'the mirror is still being written').toBe(false);
  release();
  await vi.waitFor(() => expect(t.fake.local.data.get(MANAGED_MIRROR_KEY)).toEqual({ feedUrl: FEED }));
});

test('a mirror that cannot be written is logged; the live policy still answers', async () => {
  const t = await start(policyService({ feedUrl: FEED }));
  const failure = new Error('quota');
  t.fake.local.set = async () => Promise.reject(failure);
  const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
  expect((await t.settings.read()).settings.feedUrl).toBe(FEED);
  await vi.waitFor(() =>
    expect(logged).toHaveBeenCalledWith('PSF Lens could not keep the policy as last seen:', failure),
  );
  logged.mockRestore();
});

test('a mirror that is not an object counts as no policy', async () => {
  const t = await start();
  t.policy.hold();
  await t.fake.local.set({ [MANAGED_MIRROR_KEY]: 'feedUrl' });
  expect((await t.settings.read({ wait: false })).managed).toEqual([]);
});

test('a policy service that answers quickly is answered from, even by a caller that cannot wait', async () => {
  const t = await start(policyService({ badgeEnabled: false }));
  await t.fake.local.set({ [MANAGED_MIRROR_KEY]: { badgeEnabled: true } });
  expect((await t.settings.read({ wait: false })).settings.badgeEnabled).toBe(false);
});

test('each feed’s status is its own, complete even when partly stored, empty when unreadable', async () => {
  const t = await start();
  expect(await t.settings.feed.status()).toEqual(EMPTY_STATUS);
  await t.fake.local.set({ [FEED_STATUS_KEY]: { failures: 2 }, [ORG_FEED_STATUS_KEY]: 'garbage' });
  expect(await t.settings.feed.status()).toEqual({ ...EMPTY_STATUS, failures: 2 });
  expect(await t.settings.orgFeed.status()).toEqual(EMPTY_STATUS);
  const ran = await t.settings.feed.run();
  expect(ran.lastOutcome?.kind).toBe('off');
  expect(t.fake.local.data.get(FEED_STATUS_KEY)).toEqual(ran);
  expect((await t.settings.orgFeed.run()).lastOutcome?.kind).toBe('off');
  expect(t.fake.local.data.get(ORG_FEED_STATUS_KEY)).toMatchObject({ lastOutcome: { kind: 'off' } });
});

test('each feed has its own alarm, by a name that stays the same across updates: armed when on, cleared when off', async () => {
  const t = await start(policyService({ feedUrl: FEED }));
  const { FEED_ALARM, ORG_FEED_ALARM } = t;
  expect([FEED_ALARM, ORG_FEED_ALARM]).toEqual(['psf-lens-feed', 'psf-lens-org-feed']);
  await t.settings.feed.reschedule();
  await t.settings.orgFeed.reschedule();
  const armed = t.alarms();
  expect(armed.slice(0, 2)).toEqual([
    ['alarms.clear', FEED_ALARM],
    ['alarms.create', FEED_ALARM, { when: expect.any(Number) }],
  ]);
  expect(armed.slice(2)).toEqual([['alarms.clear', ORG_FEED_ALARM]]);
  t.policy.set({});
  await t.settings.managedChanged();
  expect(t.alarms().slice(3)).toEqual(
    expect.arrayContaining([
      ['alarms.clear', FEED_ALARM],
      ['alarms.clear', ORG_FEED_ALARM],
    ]),
  );
  expect(t.alarms()).toHaveLength(5);
});

test('once the slow policy service has answered, a caller that cannot wait gets its answer, not the mirror', async () => {
  const t = await start(policyService({ feedUrl: FEED }));
  t.policy.hold();
  await t.fake.local.set({ [MANAGED_MIRROR_KEY]: { badgeEnabled: false } });
  expect((await t.settings.read({ wait: false })).managed, 'from the mirror meanwhile').toEqual(['badgeEnabled']);
  t.policy.release();
  await t.settings.read();
  // The mirror is written over by the live answer; set it back, to see which one a caller gets.
  await t.fake.local.set({ [MANAGED_MIRROR_KEY]: { badgeEnabled: false } });
  expect((await t.settings.read({ wait: false })).managed).toEqual(['feedUrl']);
});

test('the administrator’s datasets are read from the live policy by default, however slow', async () => {
  const named = { organisationDatasets: [{ name: 'Acme', json: DATASET_TEXT }] };
  const t = await start(policyService(named));
  t.policy.hold();
  const datasets = t.settings.managedDatasets();
  await new Promise((done) => setTimeout(done, 300));
  t.policy.release();
  expect(await datasets).toEqual([{ name: 'Acme', json: DATASET_TEXT }]);
});

test('where no policy exists (managed storage refuses), nothing is managed and the mirror says so', async () => {
  const refusing = policyService({});
  refusing.get.mockRejectedValue(new Error('Managed storage manifest not found'));
  const t = await start(refusing);
  expect((await t.settings.read()).managed).toEqual([]);
  expect(t.fake.local.data.get(MANAGED_MIRROR_KEY)).toEqual({});
});

test("a feed's next check is the one its alarm is armed for: a feed just saved is not due “never”", async () => {
  const armed = new Map<string, number>([['psf-lens-feed', 1_800_000_000_000]]);
  const fake = fakeBrowser(undefined, {
    'alarms.get': async (name: string) => (armed.has(name) ? { name, scheduledTime: armed.get(name) } : undefined),
  });
  vi.resetModules();
  vi.doMock('webextension-polyfill', () => ({ default: fake.browser }));
  const { browserSettings } = await import('../../../src/background/browser-settings.ts');
  const settings = browserSettings({} as DatasetKeeper, {} as FeedTarget);
  // Saved, its alarm armed, never checked yet: nothing recorded a next attempt.
  await fake.local.set({ [FEED_STATUS_KEY]: { ...EMPTY_STATUS } });
  expect((await settings.feed.status()).nextAttempt).toBe(1_800_000_000_000);
  // The organisation's feed was switched off after a check: its alarm is gone, whatever its status recorded.
  await fake.local.set({ [ORG_FEED_STATUS_KEY]: { ...EMPTY_STATUS, lastAttempt: 1, nextAttempt: 1_700_000_000_000 } });
  expect(await settings.orgFeed.status()).toEqual({ ...EMPTY_STATUS, lastAttempt: 1, nextAttempt: null });
});
