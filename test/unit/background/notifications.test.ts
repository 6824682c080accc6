// The notices an update's rating changes make: one per watched product, none for the rest (and then the reader's
// words are not even fetched); a product the update dropped is still named, by its id.
import 'fake-indexeddb/auto';
import { expect, test, vi } from 'vitest';
import { openDatabase, replaceDataset } from '../../../src/background/db.ts';
import { setWatched } from '../../../src/background/db-user.ts';
import { watchedNotices } from '../../../src/background/notifications.ts';
import type { ProductChange } from '../../../src/core/history.ts';
import { translator } from '../../../src/shared/i18n.ts';
import { bundled } from '../helpers/dataset.ts';
import { localeCatalog } from '../helpers/setup.ts';

let count = 0;

async function watching(...productIds: string[]) {
  const db = await openDatabase(`psf-lens-notices-${process.pid}-${++count}`);
  const meta = await replaceDataset(db, bundled(), 'feed', 1);
  for (const id of productIds) await setWatched(db, id, true);
  const words = vi.fn(async () => translator('en', localeCatalog('en')));
  return { db, meta, words };
}

const change = (productId: string): ProductChange => ({
  productId,
  changes: [{ domain: 'D4', from: null, to: 'Partial' }],
});

test('changes to products nobody watches make no notice, and fetch no words', async () => {
  const { db, meta, words } = await watching('crewai');
  expect(await watchedNotices(db, [change('openai-codex')], meta, words)).toEqual([]);
  expect(words).not.toHaveBeenCalled();
});

test('a watched product the dataset no longer lists is named by its id; a capture is worded as such', async () => {
  const { db, meta, words } = await watching('retired-agent', 'openai-codex');
  expect(await watchedNotices(db, [change('retired-agent'), change('crewai')], meta, words)).toEqual([
    {
      id: `psf-lens:retired-agent:${meta.version}`,
      title: 'PSF ratings changed: retired-agent',
      message: 'D4 Observability: not captured → Partial',
    },
  ]);
  expect(words).toHaveBeenCalledTimes(1);
});
