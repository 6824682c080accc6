// Watched products: a feed update that changes their ratings is recorded in their history and notified; the
// watchlist and the history survive further updates.
import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import { userError } from '../../../src/shared/user-error.ts';
import type { Context } from '../../../src/background/types.ts';
import { bundled, bundledWithout } from '../helpers/dataset.ts';
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

/** The watched product's notice after an update that rates D4 Partial and no longer captures D7. */
async function noticeIn(options: Parameters<typeof testBackground>[0]) {
  const { keeper, handlers, notices } = testBackground(options);
  await keeper.ensure();
  await handlers['set-watched']({ type: 'set-watched', productId: 'openai-codex', watched: true }, UI);
  const next = bundled();
  next.version = '2026.12.01';
  const ratings = next.assessments.find((a) => a.productId === 'openai-codex')!.ratings;
  ratings.D4 = 'Partial';
  delete ratings.D7;
  await keeper.installFeed(next, 'https://feed.example/d.json');
  return notices;
}

test("a notice speaks the settings' language, else the browser's; names and ratings stay the PSF's English", async () => {
  const before = bundled().assessments.find((a) => a.productId === 'openai-codex')!.ratings.D7;
  expect(before, 'the fixture rates D7, so the update stops capturing it').toBeDefined();
  expect(await noticeIn({ user: { language: 'de' }, browserLanguage: 'fr-FR' })).toEqual([
    {
      id: 'psf-lens:openai-codex:2026.12.01',
      title: 'PSF-Einstufungen geändert: OpenAI Codex',
      message: `D4 Observability: Gap → Partial\nD7 Security: ${before} → nicht erfasst`,
    },
  ]);
  expect(await noticeIn({ browserLanguage: 'fr-FR' })).toEqual([
    {
      id: 'psf-lens:openai-codex:2026.12.01',
      title: 'Notes PSF modifiées\u00a0: OpenAI Codex',
      message: `D4 Observability\u00a0: Gap → Partial\nD7 Security\u00a0: ${before} → non saisie`,
    },
  ]);
});

test('a watched product an update removes is named as it was, and the notice says it left the data', async () => {
  const { keeper, handlers, notices } = testBackground({ user: { language: 'de' } });
  await keeper.ensure();
  await handlers['set-watched']({ type: 'set-watched', productId: 'crewai', watched: true }, UI);
  await keeper.installFeed(bundledWithout('crewai', '2026.12.01'), 'https://feed.example/d.json');
  // Not eight lines of "Gap → nicht erfasst" under the product's id: the ratings were not lost, the product went.
  expect(notices).toEqual([
    {
      id: 'psf-lens:crewai:2026.12.01',
      title: 'PSF-Einstufungen geändert: CrewAI',
      message: 'Ab Version 2026.12.01 nicht mehr in den PSF-Daten.',
    },
  ]);
});

test('a product an update removes keeps the user’s checklist, by its name, editable, until it comes back', async () => {
  const { keeper, handlers } = testBackground();
  await keeper.ensure();
  const codex = bundled().assessments.find((a) => a.productId === 'openai-codex')!;
  const actionId = Object.values(codex.domains).flatMap((d) => d?.actions ?? [])[0]!.id;
  const patch = { status: 'in-progress', owner: 'Dana', due: '2027-01-15', notes: 'Waiting on legal' } as const;
  await handlers['update-action']({ type: 'update-action', productId: 'openai-codex', actionId, patch }, UI);
  await handlers['set-watched']({ type: 'set-watched', productId: 'openai-codex', watched: true }, UI);

  // CrewAI goes too, but the user kept nothing of it: it is not listed.
  const without = bundledWithout('openai-codex', '2026.12.01');
  without.products = without.products.filter((p) => p.id !== 'crewai');
  without.assessments = without.assessments.filter((a) => a.productId !== 'crewai');
  await keeper.installFeed(without, 'https://feed.example/d.json');
  const library = await handlers.library({ type: 'library' }, UI);
  if (library.kind !== 'library') throw new Error(library.reason);
  expect(library.entries.some((e) => e.product.id === 'openai-codex')).toBe(false);
  expect(
    library.removed?.map((p) => [p.id, p.name]),
    'named as the user knew it',
  ).toEqual([['openai-codex', 'OpenAI Codex']]);
  expect((await handlers.checklist({ type: 'checklist', productId: 'openai-codex' }, UI)).states).toMatchObject([
    patch,
  ]);
  expect(await handlers['watch-state']({ type: 'watch-state', productId: 'openai-codex' }, UI)).toMatchObject({
    watched: true,
  });
  // Still the user's to finish: a retired action stays editable with its product gone.
  const saved = await handlers['update-action'](
    { type: 'update-action', productId: 'openai-codex', actionId, patch: { status: 'done' } },
    UI,
  );
  expect(saved.state).toMatchObject({ ...patch, status: 'done' });

  // A later update without it keeps it listed; one that brings it back takes it off the list.
  await keeper.installFeed({ ...without, version: '2026.12.02' }, 'https://feed.example/d.json');
  const still = await handlers.library({ type: 'library' }, UI);
  expect(still.kind === 'library' && still.removed?.map((p) => p.id)).toEqual(['openai-codex']);
  await keeper.installFeed({ ...bundled(), version: '2026.12.03' }, 'https://feed.example/d.json');
  const back = await handlers.library({ type: 'library' }, UI);
  expect(back.kind === 'library' && back.removed).toEqual([]);
  expect((await handlers.checklist({ type: 'checklist', productId: 'openai-codex' }, UI)).states).toMatchObject([
    { ...patch, status: 'done' },
  ]);
});
