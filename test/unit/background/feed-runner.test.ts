// The feed on its schedule: installed when good, refused with the reason when not, backing off, and never
// touching what the user owns (checklists) nor the last good dataset.
import 'fake-indexeddb/auto';
import { webcrypto } from 'node:crypto';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { createDatasetKeeper } from '../../../src/background/dataset.ts';
import { openDatabase, readMeta, type Db } from '../../../src/background/db.ts';
import { writeActionState, readChecklist } from '../../../src/background/db-user.ts';
import { createFeedRunner, EMPTY_STATUS, retryDelayMs } from '../../../src/background/feed-runner.ts';
import type { PublishSource } from '../../../src/background/publish.ts';
import { generateKeyPair, sign } from '../../../src/core/signature.ts';
import type { FeedStatus } from '../../../src/shared/feed-status.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings.ts';
import { bundled, DATASET_TEXT } from '../helpers/dataset.ts';
import { STORE_FAILURES } from '../helpers/store-failures.ts';

const subtle = webcrypto.subtle as SubtleCrypto;
const FEED = 'https://feed.example/psf-dataset.json';
let keys: { publicKey: string; privateKey: string };
let n = 0;

beforeAll(async () => {
  keys = await generateKeyPair(subtle);
});

/** A feed served from memory: the dataset's bytes and a signature over them. */
async function feedOf(version: string, signer = keys.privateKey) {
  const d = bundled();
  d.version = version;
  const bytes = new Uint8Array(Buffer.from(JSON.stringify(d)));
  const signature = await sign(subtle, bytes, signer);
  const fetchFn: typeof fetch = async (input) =>
    String(input).endsWith('.sig')
      ? new Response(signature)
      : new Response(bytes, { headers: { etag: `"${version}"` } });
  return fetchFn;
}

async function setUp(
  settings: Partial<Settings>,
  fetchFn: typeof fetch,
  publish?: (s: PublishSource | null) => Promise<void>,
) {
  let database: Promise<Db> | null = null;
  const db = () => (database ??= openDatabase(`psf-lens-feed-${process.pid}-${++n}`));
  const keeper = createDatasetKeeper(db, async () => DATASET_TEXT, publish);
  let status: FeedStatus = { ...EMPTY_STATUS };
  const scheduled: (number | null)[] = [];
  let clock = 1_000_000;
  const runner = createFeedRunner({
    settings: async () => ({ ...DEFAULT_SETTINGS, ...settings }),
    status: { get: async () => status, set: async (s) => void (status = s) },
    keeper,
    io: { fetch: fetchFn, subtle },
    schedule: async (when) => void scheduled.push(when),
    now: () => clock,
  });
  await keeper.ensure();
  return { db, keeper, runner, scheduled, status: () => status, tick: (ms: number) => void (clock += ms) };
}

const on = { feedUrl: FEED, feedPublicKey: '' };

/** A checklist row the user set: no feed run may change it. */
const state = {
  productId: 'crewai',
  actionId: 'x',
  status: 'done',
  owner: 'me',
  due: '',
  notes: 'n',
  updatedAt: 1,
  text: 't',
  domain: 'D1',
  assessmentId: 'crewai',
} as const;

describe('the feed’s alarm, armed again from the recorded status', () => {
  test('without a feed, the alarm is cleared', async () => {
    const { runner, scheduled } = await setUp({}, async () => new Response(''));
    await runner.reschedule();
    expect(scheduled).toEqual([null]);
  });

  test('a next attempt still ahead keeps its time; one past due, or none, comes a second from now', async () => {
    const t = await setUp({ ...on, feedPublicKey: keys.publicKey }, await feedOf('2026.12.01'));
    await t.runner.reschedule();
    expect(t.scheduled, 'never attempted').toEqual([1_001_000]);
    await t.runner.run();
    const next = t.status().nextAttempt!;
    expect(next).toBe(1_000_000 + DEFAULT_SETTINGS.updateIntervalHours * 3_600_000);
    await t.runner.reschedule();
    expect(t.scheduled.at(-1)).toBe(next);
    t.tick(next - 1_000_000 + 5000);
    await t.runner.reschedule();
    expect(t.scheduled.at(-1), 'past due').toBe(next + 5000 + 1000);
  });
});

describe('feed runs', () => {
  test('without a feed, nothing is fetched and the bundled dataset serves', async () => {
    let asked = false;
    const { runner, scheduled, db } = await setUp({}, async () => ((asked = true), new Response('')));
    const status = await runner.run();
    expect(asked).toBe(false);
    expect(status.lastOutcome).toEqual({ kind: 'off', note: { code: 'off' } });
    expect(scheduled.at(-1)).toBeNull();
    expect((await readMeta(await db()))?.source).toBe('bundled');
  });

  test('a good newer feed is installed; the checklist the user kept is untouched', async () => {
    const { runner, db, scheduled } = await setUp({ ...on, feedPublicKey: keys.publicKey }, await feedOf('2026.12.01'));
    await writeActionState(await db(), state);
    const status = await runner.run();
    expect(status.lastOutcome).toEqual({ kind: 'updated', note: { code: 'updated', version: '2026.12.01' } });
    expect(status).toMatchObject({ etag: '"2026.12.01"', failures: 0 });
    expect(await readMeta(await db())).toMatchObject({ version: '2026.12.01', source: 'feed', feedUrl: FEED });
    expect(await readChecklist(await db(), 'crewai')).toEqual([state]);
    expect(scheduled.at(-1)).toBe(1_000_000 + 24 * 3_600_000);
  });

  test.each(STORE_FAILURES)(
    'a verified feed that cannot be stored because %s: the reason is recorded, the user’s data stays, and it is tried again',
    async (_, error, problem) => {
      // Said in the worker's console each time the stored dataset's records still do not fit.
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      let full = true;
      const published: (string | undefined)[] = [];
      const { db, runner, scheduled, status } = await setUp(
        { ...on, feedPublicKey: keys.publicKey },
        await feedOf('2026.12.01'),
        async (source) => {
          // Publishing the badge's records is the install's last step: storage.local is where a large dataset overflows.
          if (full && source?.version === '2026.12.01') throw error;
          published.push(source?.version);
        },
      );
      await writeActionState(await db(), state);
      const first = await runner.run();
      expect(first.lastOutcome).toEqual({
        kind: 'failed',
        note: { code: 'kept', version: (await readMeta(await db()))!.version, problem },
      });
      expect(first.failures).toBe(1);
      expect(status(), 'recorded for the settings page').toEqual(first);
      expect(scheduled.at(-1), 'tried again soon').toBe(1_000_000 + retryDelayMs(1, 24));
      expect(await readChecklist(await db(), 'crewai')).toEqual([state]);
      full = false;
      expect((await runner.run()).failures).toBe(0);
      expect(published.at(-1), 'the pages get the stored dataset’s records').toBe('2026.12.01');
      expect(warn).toHaveBeenCalledWith('PSF Lens could not publish its dataset yet:', error);
      warn.mockRestore();
      expect(await readChecklist(await db(), 'crewai')).toEqual([state]);
    },
  );

  test('an install whose database then stops answering still records the failure, with the version it had', async () => {
    let broken = false;
    let status: FeedStatus = { ...EMPTY_STATUS };
    const runner = createFeedRunner({
      settings: async () => ({ ...DEFAULT_SETTINGS, ...on, feedPublicKey: keys.publicKey }),
      status: { get: async () => status, set: async (s) => void (status = s) },
      keeper: {
        ensure: async () => {
          if (broken) throw new Error('the database connection is closing');
          return { version: '2026.11.01', source: 'bundled' };
        },
        installFeed: async () => {
          broken = true;
          throw new Error('the database connection is closing');
        },
      },
      io: { fetch: await feedOf('2026.12.01'), subtle },
      schedule: async () => {},
      now: () => 1_000_000,
    });
    expect((await runner.run()).lastOutcome).toEqual({
      kind: 'failed',
      note: {
        code: 'kept',
        version: '2026.11.01',
        problem: { code: 'not-stored', detail: 'the database connection is closing' },
      },
    });
  });

  test('a feed signed by another key is refused, the last good dataset stays, and the next try backs off', async () => {
    const other = await generateKeyPair(subtle);
    const { runner, db, scheduled, tick } = await setUp(
      { ...on, feedPublicKey: keys.publicKey },
      await feedOf('2026.12.01', other.privateKey),
    );
    const first = await runner.run();
    expect(first.lastOutcome).toEqual({
      kind: 'refused',
      note: { code: 'kept', version: bundled().version, problem: { code: 'mismatch' } },
    });
    expect(first.failures).toBe(1);
    expect(scheduled.at(-1)).toBe(1_000_000 + retryDelayMs(1, 24));
    tick(60_000);
    const second = await runner.run();
    expect(second.failures).toBe(2);
    expect(scheduled.at(-1)).toBe(1_060_000 + retryDelayMs(2, 24));
    expect(await readMeta(await db())).toMatchObject({ version: bundled().version, source: 'bundled' });
  });

  test('a feed without a pinned key is not fetched at all', async () => {
    let asked = false;
    const { runner, scheduled, status } = await setUp(on, async () => ((asked = true), new Response('')));
    expect((await runner.run()).lastOutcome).toEqual({ kind: 'refused', note: { code: 'no-key' } });
    expect(asked).toBe(false);
    expect(status().lastOutcome, 'recorded for the settings page').toEqual({
      kind: 'refused',
      note: { code: 'no-key' },
    });
    expect(scheduled, 'no retry: only a key can mend it').toEqual([null]);
  });

  test('a feed behind the dataset an update of PSF Lens brought: up to date, the newer kept, no failure', async () => {
    const { runner, db, scheduled } = await setUp({ ...on, feedPublicKey: keys.publicKey }, await feedOf('2026.01.01'));
    const status = await runner.run();
    expect(status.lastOutcome).toEqual({
      kind: 'not-modified',
      note: { code: 'behind', version: '2026.01.01', installed: bundled().version },
    });
    expect([status.failures, status.lastSuccess]).toEqual([0, 1_000_000]);
    expect(scheduled.at(-1), 'the usual interval, no back-off').toBe(1_000_000 + 24 * 3_600_000);
    expect(await readMeta(await db())).toMatchObject({ version: bundled().version, source: 'bundled' });
  });

  test('a feed older than the version a feed delivered is a rollback, refused, and backs off', async () => {
    let served = await feedOf('2026.12.01');
    const { runner, db } = await setUp({ ...on, feedPublicKey: keys.publicKey }, (input, init) => served(input, init));
    await runner.run();
    served = await feedOf('2026.12.00');
    const status = await runner.run();
    expect(status.lastOutcome).toEqual({
      kind: 'refused',
      note: {
        code: 'kept',
        version: '2026.12.01',
        problem: { code: 'rollback', version: '2026.12.00', installed: '2026.12.01' },
      },
    });
    expect(status.failures).toBe(1);
    expect(await readMeta(await db())).toMatchObject({ version: '2026.12.01', source: 'feed' });
  });

  test('after a feed update, the bundled dataset of an extension update does not roll it back', async () => {
    const { runner, keeper, db } = await setUp({ ...on, feedPublicKey: keys.publicKey }, await feedOf('2026.12.01'));
    await runner.run();
    await keeper.syncBundled();
    expect(await readMeta(await db())).toMatchObject({ version: '2026.12.01', source: 'feed' });
  });
});

test.each([
  [1, 5],
  [2, 10],
  [3, 20],
  [10, 24 * 60],
])('after %i failures in a row the next try is in %i minutes', (failures, minutes) => {
  expect(retryDelayMs(failures, 24)).toBe(minutes * 60_000);
});
