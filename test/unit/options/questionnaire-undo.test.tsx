// @vitest-environment happy-dom
// An answers file read over recorded answers, on #/questionnaire/<id> over the real background: the page says how
// many it replaced, the keyboard goes to Undo, Undo puts the earlier answers back and gives the keyboard back to the
// file input; after a reload the offer is still there.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { CSV_HEADER } from '../../../src/core/questionnaire.ts';
import { fakeApi, openAt } from './workspace-fixture.tsx';

afterEach(cleanup);

const csvOf = (...rows: [string, string][]) =>
  [CSV_HEADER.join(','), ...rows.map(([q, a]) => `langchain,${q},,,,,,${a},`)].join('\r\n');
const LABEL = "Read the vendor's answers (their filled-in CSV)";

async function open(api = fakeApi()) {
  await openAt('#/questionnaire/langchain?basis=pai', api);
  await screen.findByRole('heading', { level: 1, name: /^Questionnaire for LangChain/ });
  return api;
}

function upload(text: string) {
  fireEvent.change(screen.getByLabelText(LABEL), {
    target: { files: [new File([text], 'answers.csv', { type: 'text/csv' })] },
  });
}

const answerTo = (id: string) => screen.getByLabelText(`Answer to ${id}`).textContent ?? '';

test('an older file read by mistake is undone: the newer answers come back, and the keyboard goes there and back', async () => {
  const name = `psf-q-undo-${process.pid}`;
  const api = await open(fakeApi({ name }));
  upload(csvOf(['D3-1', 'Newer: 7 days'], ['D3-2', 'Isolated']));
  await screen.findByText('2 answers read.');
  upload(csvOf(['D3-1', 'Older: 30 days'], ['D3-2', 'Isolated']));
  await screen.findByText(/1 of the answers read replaced a different one already recorded\./);
  await waitFor(() => expect(answerTo('D3-1')).toMatch(/^Older: 30 days/));
  const undo = screen.getByRole('button', { name: 'Undo reading this file' });
  await waitFor(() => expect(document.activeElement).toBe(undo));

  fireEvent.click(undo);
  await screen.findByText('The answers are back as they were before the file was read.');
  await waitFor(() => expect(answerTo('D3-1')).toMatch(/^Newer: 7 days/));
  await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText(LABEL)));
  expect(api.undoAnswers).toHaveBeenCalledTimes(1);
  // One step back: the answers put back are not offered for Undo again.
  expect(screen.queryByRole('button', { name: 'Undo reading this file' })).toBeNull();
});

test('after a reload the last file read is offered for Undo, with its counts', async () => {
  const name = `psf-q-undo-reload-${process.pid}`;
  await open(fakeApi({ name }));
  upload(csvOf(['D3-1', 'Newer']));
  await screen.findByText('1 answer read.');
  upload(csvOf(['D3-1', 'Older'], ['D3-2', 'Isolated']));
  await screen.findByText('2 answers read.');
  cleanup();

  await open(fakeApi({ name }));
  const offer = await screen.findByText(/^The last answers file was read on .+: 2 answers read\./);
  expect(offer.textContent).toMatch(/1 of the answers read replaced a different one already recorded\./);
  fireEvent.click(screen.getByRole('button', { name: 'Undo reading this file' }));
  await waitFor(() => expect(answerTo('D3-1')).toMatch(/^Newer/));
  expect(answerTo('D3-2')).toMatch(/not received|No answer/i);
});

test('just after a read, its own counts and Undo are shown, not the file before, while the answers are read again', async () => {
  const api = await open();
  upload(csvOf(['D3-1', 'First']));
  await screen.findByText('1 answer read.');
  await screen.findByRole('button', { name: 'Undo reading this file' });
  // The questions read again slowly: the page still holds the view from before this file.
  api.questionnaire.mockImplementationOnce(() => new Promise(() => {}));
  upload(csvOf(['D3-1', 'Second'], ['D3-2', 'Isolated']));
  await screen.findByText('2 answers read.');
  expect(screen.getByText(/1 of the answers read replaced a different one already recorded\./)).toBeTruthy();
  expect(screen.queryByText(/The last answers file was read on/)).toBeNull();
  expect(screen.getAllByRole('button', { name: 'Undo reading this file' })).toHaveLength(1);
});

test('with rows refused, what the file replaced is said after their list, with Undo', async () => {
  await open();
  upload(csvOf(['D3-1', 'First']));
  await screen.findByText('1 answer read.');
  upload(csvOf(['D3-1', 'Second'], ['NOPE-1', 'x']));
  const counts = await screen.findByText(/^1 answer read, 1 row not taken:$/);
  const region = counts.closest('[role="status"]')!;
  expect([...region.children].map((e) => e.tagName)).toEqual(['P', 'UL', 'P']);
  expect(region.lastElementChild?.textContent).toMatch(
    /^1 of the answers read replaced a different one already recorded\./,
  );
});
