// Watched products: a feed update that changes their ratings is recorded in their history and notified; the
// watchlist and the history survive further updates.
import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import { userError } from '../../../src/shared/user-error.ts';
import type { Context } from '../../../src/background/types.ts';
import { bundled } from '../helpers/dataset.ts';
import { testBackground } from '../helpers/deps.ts';

const UI: Context = { from: 'ui' };

test('an update notifies the watched products it changed, and only those; it is recorded in their history', async () => {
  const { keeper, handlers, notices } = testBackground();
  await keeper.ensure();
  expect(notices, 'the first load is not a change').toEqual([]);
  expect(
    await handlers['set-watched']({ type: 'set-watched', productId: 'openai-codex', watched: true }, UI),
  ).toMatchObject({ watched: true, history: [] });

  // Both products change; only the watched one is notified.
  const next = bundled();
  next.version = '2026.12.01';
  next.assessments.find((a) => a.productId === 'openai-codex')!.ratings.D4 = 'Partial';
  next.assessments.find((a) => a.productId === 'crewai')!.ratings.D1 = 'Strong';
  await keeper.installFeed(next, 'https://feed.example/d.json');

  expect(notices).toEqual([
    {
      id: 'psf-lens:openai-codex:2026.12.01',
      title: 'PSF ratings changed: OpenAI Codex',
      message: 'D4 Observability: Gap → Partial',
    },
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
  expect(notices, 'an update that changes nothing notifies nothing').toHaveLength(1);
  expect((await handlers['watch-state']({ type: 'watch-state', productId: 'openai-codex' }, UI)).history).toHaveLength(
    1,
  );
  // History is kept for every product an update changed, watched or not: only the notification needs a watch.
  expect(await handlers['watch-state']({ type: 'watch-state', productId: 'crewai' }, UI)).toMatchObject({
    kind: 'watch',
    watched: false,
    history: [{ productId: 'crewai', changes: [{ domain: 'D1', from: 'Gap', to: 'Strong' }] }],
  });
  await expect(handlers['set-watched']({ type: 'set-watched', productId: 'nope', watched: true }, UI)).rejects.toThrow(
    userError({ code: 'unknown-product', id: 'nope' }).message,
  );
});
