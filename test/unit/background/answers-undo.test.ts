// An answers file read by mistake (an older one, another round's) replaced the answers recorded for the same questions
// for good. Now the read says how many it replaced, and Undo puts back exactly what was there, also from a page
// reloaded later, as long as no other file has changed those answers since.
import { expect, test } from 'vitest';
import type { Context } from '../../../src/background/types.ts';
import { CSV_HEADER } from '../../../src/core/questionnaire.ts';
import { testBackground } from '../helpers/deps.ts';

const UI: Context = { from: 'ui' };
const csvOf = (...rows: [string, string, string?][]) =>
  [CSV_HEADER.join(','), ...rows.map(([q, a, links = '']) => `langchain,${q},,,,,,${a},${links}`)].join('\r\n');

let n = 0;
function setup(name = `psf-answers-undo-${process.pid}-${++n}`) {
  const bg = testBackground({ name });
  const loaded = bg.keeper.ensure();
  const read = async (text: string) =>
    (await loaded, bg.handlers)['questionnaire-import'](
      { type: 'questionnaire-import', productId: 'langchain', text },
      UI,
    );
  const view = async () => {
    await loaded;
    const v = await bg.handlers.questionnaire({ type: 'questionnaire', productId: 'langchain' }, UI);
    if (v.kind !== 'questionnaire') throw new Error('no questionnaire');
    return v;
  };
  const undo = async (importId: string) =>
    (await loaded, bg.handlers)['questionnaire-undo'](
      { type: 'questionnaire-undo', productId: 'langchain', importId },
      UI,
    );
  return { name, read, view, undo };
}

test('a file read over recorded answers says how many it replaced, and Undo puts back exactly what was there', async () => {
  const t = setup();
  await t.read(csvOf(['D3-1', 'Newer: 7 days', 'https://a.example/new'], ['D3-2', 'Isolated']));
  const before = (await t.view()).answers;
  const older = await t.read(csvOf(['D3-1', 'Older: 30 days'], ['D3-2', 'Isolated'], ['D3-3', 'Logged']));
  expect(older).toMatchObject({ kind: 'imported', taken: 3, read: { taken: 3, replaced: 1 } });
  expect((await t.view()).answers.find((a) => a.questionId === 'D3-1')?.answer).toBe('Older: 30 days');

  // The page reloaded: the offer is still there, and Undo works from it.
  const again = setup(t.name);
  const offered = (await again.view()).lastRead;
  expect(offered).toEqual({ importId: expect.any(String), at: expect.any(Number), taken: 3, replaced: 1 });
  expect(await again.undo(offered!.importId)).toEqual({ kind: 'undone' });
  const after = await again.view();
  expect(after.answers).toEqual(before);
  expect(after.answers.find((a) => a.questionId === 'D3-1')).toMatchObject({
    answer: 'Newer: 7 days',
    evidence: ['https://a.example/new'],
  });
  // Only one step back: the first file is not offered once its answers were put back from the second.
  expect(after.lastRead).toBeUndefined();
});

test('Undo of the first file read takes its answers away again', async () => {
  const t = setup();
  const first = await t.read(csvOf(['D3-1', 'Yes']));
  expect(first).toMatchObject({ read: { taken: 1, replaced: 0 } });
  expect(await t.undo(first.kind === 'imported' ? first.read!.importId : '')).toEqual({ kind: 'undone' });
  expect((await t.view()).answers).toEqual([]);
});

test('a file read since (another tab) makes the earlier Undo refuse, changing nothing', async () => {
  const t = setup();
  const first = await t.read(csvOf(['D3-1', 'First']));
  await t.read(csvOf(['D3-1', 'Second']));
  const held = (await t.view()).answers;
  expect(await t.undo(first.kind === 'imported' ? first.read!.importId : '')).toEqual({ kind: 'changed' });
  expect((await t.view()).answers).toEqual(held);
  expect(await t.undo('no-such-file')).toEqual({ kind: 'changed' });
});

test('a file that took no answer offers no Undo', async () => {
  const t = setup();
  const none = await t.read(csvOf(['D3-1', '']));
  expect(none).toEqual({ kind: 'imported', taken: 0, refused: [], skipped: 1 });
  expect((await t.view()).lastRead).toBeUndefined();
});
