// Watched products: a feed update that changes their ratings is recorded in their history and notified; the
// watchlist and the history survive further updates.
import 'fake-indexeddb/auto';
import { expect, test, vi } from 'vitest';
import type { Context } from '../../../src/background/types.ts';
import { bundled } from '../helpers/dataset.ts';
import { testBackground } from '../helpers/deps.ts';

const UI: Context = { from: 'ui' };

test('an update that changes a watched product’s ratings is recorded and notified; unchanged ones are not', async () => {
  const changed = vi.fn(async (_changes: unknown, _meta: unknown) => {});
  const { keeper, handlers } = testBackground({ changed });
  await keeper.ensure();
  expect(changed, 'the first load is not a change').not.toHaveBeenCalled();
  expect(
    await handlers['set-watched']({ type: 'set-watched', productId: 'openai-codex', watched: true }, UI),
  ).toMatchObject({ watched: true, history: [] });

  const next = bundled();
  next.version = '2026.12.01';
  next.assessments.find((a) => a.productId === 'openai-codex')!.ratings.D4 = 'Partial';
  await keeper.installFeed(next, 'https://feed.example/d.json');

  expect(changed).toHaveBeenCalledTimes(1);
  expect(changed.mock.calls[0]?.[0]).toEqual([
    { productId: 'openai-codex', changes: [{ domain: 'D4', from: 'Gap', to: 'Partial' }] },
  ]);
  const view = await handlers['watch-state']({ type: 'watch-state', productId: 'openai-codex' }, UI);
  expect(view).toMatchObject({
    watched: true,
    history: [
      {
        productId: 'openai-codex',
        version: '2026.12.01',
        source: 'feed',
        changes: [{ domain: 'D4', from: 'Gap', to: 'Partial' }],
      },
    ],
  });

  // A second update that changes nothing keeps the watchlist and the history as they are.
  const same = structuredClone(next);
  same.version = '2026.12.02';
  await keeper.installFeed(same, 'https://feed.example/d.json');
  expect(changed).toHaveBeenCalledTimes(1);
  expect((await handlers['watch-state']({ type: 'watch-state', productId: 'openai-codex' }, UI)).history).toHaveLength(
    1,
  );
  expect(await handlers['watch-state']({ type: 'watch-state', productId: 'crewai' }, UI)).toEqual({
    kind: 'watch',
    watched: false,
    history: [],
  });
  await expect(handlers['set-watched']({ type: 'set-watched', productId: 'nope', watched: true }, UI)).rejects.toThrow(
    /unknown product/,
  );
});
