// The database's small stores: the watchlist follows the user's choice both ways, and purging deleted organisation
// assessments forgets only those deleted before the undo window, never a live one.
import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import { openDatabase, type OrgRecord } from '../../../src/background/db.ts';
import { readWatchlist, setWatched } from '../../../src/background/db-user.ts';
import { purgeOrgRecords, readOrgRecords, writeOrgRecord } from '../../../src/background/db-org.ts';
import { acmeDraft } from '../helpers/org.ts';

let count = 0;
const database = () => openDatabase(`psf-lens-lists-${process.pid}-${++count}`);

test('a product watched, then no longer watched, leaves the watchlist; others stay', async () => {
  const db = await database();
  await setWatched(db, 'openai-codex', true);
  await setWatched(db, 'crewai', true);
  expect((await readWatchlist(db)).sort()).toEqual(['crewai', 'openai-codex']);
  await setWatched(db, 'openai-codex', false);
  expect(await readWatchlist(db)).toEqual(['crewai']);
  await setWatched(db, 'openai-codex', false);
  expect(await readWatchlist(db), 'unwatching twice changes nothing').toEqual(['crewai']);
});

test('purging forgets the records deleted before the limit, and keeps live ones and those deleted since', async () => {
  const db = await database();
  const record = (id: string, deletedAt?: number): OrgRecord => ({
    id,
    draft: acmeDraft(),
    draftUpdatedAt: 1,
    versions: [],
    ...(deletedAt === undefined ? {} : { deletedAt }),
  });
  for (const r of [record('live'), record('old', 999), record('at-limit', 1000), record('recent', 1001)])
    await writeOrgRecord(db, r);
  await purgeOrgRecords(db, 1000);
  expect((await readOrgRecords(db)).map((r) => r.id).sort()).toEqual(['at-limit', 'live', 'recent']);
});
