// @vitest-environment happy-dom
// The vendor's filled-in CSV read back on #/questionnaire/<id>, over the real background: the counts in words, each
// refused row with its reason, an unreadable file refused whole with nothing changed, a failure said as a sentence.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { CSV_HEADER } from '../../../src/core/questionnaire.ts';
import { fakeApi, go, openAt } from './workspace-fixture.tsx';

afterEach(cleanup);

const csvOf = (...rows: string[]) => [CSV_HEADER.join(','), ...rows].join('\r\n');
const row = (question: string, answer: string, links = '') => `langchain,${question},,,,,,${answer},${links}`;

async function openQuestionnaire(hash = '#/questionnaire/langchain', api = fakeApi()) {
  await openAt(hash, api);
  await screen.findByRole('heading', { level: 1, name: /^Questionnaire for LangChain/ });
  return api;
}

function upload(text: string) {
  fireEvent.change(screen.getByLabelText("Read the vendor's answers (their filled-in CSV)"), {
    target: { files: [new File([text], 'answers.csv', { type: 'text/csv' })] },
  });
}

describe("reading the vendor's answers", () => {
  test('the file input takes CSV files, and the tab-separated text spreadsheets save', async () => {
    await openQuestionnaire();
    const input = screen.getByLabelText("Read the vendor's answers (their filled-in CSV)") as HTMLInputElement;
    expect(input.type).toBe('file');
    expect(input.accept).toBe('.csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain');
  });

  test('every row taken: the count, and the answers beside their questions', async () => {
    const api = await openQuestionnaire('#/questionnaire/langchain?basis=pai');
    upload(csvOf(row('D3-1', 'We keep prompts 30 days'), row('D3-2', 'Isolated')));
    const outcome = await screen.findByText('2 answers read.');
    expect(outcome.closest('[role="status"]')?.className).toBe('info');
    expect(outcome.closest('[role="status"]')?.querySelector('ul')).toBeNull();
    expect(api.importAnswers).toHaveBeenCalledWith('langchain', expect.stringContaining('D3-1'), 'pai');
    await waitFor(() => expect(screen.getByLabelText('Answer to D3-2').textContent).toMatch(/^Isolated/));
    expect(api.questionnaire).toHaveBeenLastCalledWith('langchain', 'pai');
  });

  test('a file a spreadsheet saved as plain CSV in Windows-1252 is read with its umlauts', async () => {
    await openQuestionnaire('#/questionnaire/langchain?basis=pai');
    const text = csvOf(row('D3-1', 'Überwachung für Eingaben täglich'));
    const file = new File([Uint8Array.from(text, (c) => c.charCodeAt(0))], 'answers.csv', { type: 'text/csv' });
    fireEvent.change(screen.getByLabelText("Read the vendor's answers (their filled-in CSV)"), {
      target: { files: [file] },
    });
    await screen.findByText('1 answer read.');
    await waitFor(() =>
      expect(screen.getByLabelText('Answer to D3-1').textContent).toMatch(/^Überwachung für Eingaben täglich/),
    );
  });

  test('blank rows and refused rows are counted apart, each refused row with its reason', async () => {
    await openQuestionnaire();
    upload(csvOf(row('D3-1', 'Yes'), row('D3-2', ''), row('D3-3', ''), row('D9-9', 'Who knows')));
    const outcome = await screen.findByText('1 answer read, 2 questions left blank, 1 row not taken:');
    const box = outcome.closest('[role="status"]') as HTMLElement;
    expect(box.className).toBe('problem');
    expect([...box.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Row 5 was not taken: question "D9-9" is not in this questionnaire.',
    ]);
  });

  test('one question left blank is counted in the singular, and no refused rows are mentioned', async () => {
    await openQuestionnaire();
    upload(csvOf(row('D3-1', 'Yes'), row('D3-2', '')));
    expect(await screen.findByText('1 answer read, 1 question left blank.')).toBeTruthy();
  });

  test('no more than fifty refused rows are listed', async () => {
    await openQuestionnaire();
    upload(csvOf(...Array.from({ length: 51 }, (_, i) => row(`D9-${i + 1}`, 'x'))));
    const outcome = await screen.findByText('0 answers read, 51 rows not taken:');
    const items = [...(outcome.closest('[role="status"]') as HTMLElement).querySelectorAll('li')];
    expect(items).toHaveLength(50);
    expect(items.at(-1)?.textContent).toBe('Row 51 was not taken: question "D9-50" is not in this questionnaire.');
  });

  test('a file that is not the questionnaire changes nothing and says what to do', async () => {
    const api = await openQuestionnaire();
    upload('name,answer\r\nD3-1,yes');
    const alert = await screen.findByRole('alert');
    expect(alert.className).toBe('problem');
    expect(alert.textContent).toMatch(/^The file is not a PSF Lens questionnaire: .* Nothing was changed\.$/);
    expect(screen.getByLabelText('Answer to D3-1').textContent).toBe('Answer: not received yet');
    expect(api.questionnaire).toHaveBeenCalledTimes(2);
  });

  test('a failed import is said as a sentence, and the questions stay', async () => {
    const api = fakeApi();
    api.importAnswers.mockRejectedValueOnce(new Error('database closed'));
    await openQuestionnaire('#/questionnaire/langchain', api);
    upload(csvOf(row('D3-1', 'Yes')));
    expect((await screen.findByRole('alert')).textContent).toBe('The answers could not be read: Database closed.');
    expect(screen.getByRole('heading', { level: 1, name: /^Questionnaire for LangChain/ })).toBeTruthy();
  });

  test('a file over 5 MB is refused before it is read, with its size and the limit, and nothing changes', async () => {
    const api = await openQuestionnaire();
    const big = new File(['x'], 'answers.csv', { type: 'text/csv' });
    Object.defineProperty(big, 'size', { value: 6_000_001 });
    fireEvent.change(screen.getByLabelText("Read the vendor's answers (their filled-in CSV)"), {
      target: { files: [big] },
    });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'answers.csv is 6.1\u00a0MB, and PSF Lens reads answer files of up to 5\u00a0MB. Nothing was changed.',
    );
    expect(api.importAnswers).not.toHaveBeenCalled();
  });

  test('choosing no file reads nothing', async () => {
    const api = await openQuestionnaire();
    fireEvent.change(screen.getByLabelText("Read the vendor's answers (their filled-in CSV)"), {
      target: { files: [] },
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(api.importAnswers).not.toHaveBeenCalled();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('what was read on one questionnaire is not reported on another product’s or basis’s', async () => {
    await openQuestionnaire('#/questionnaire/langchain?basis=pai');
    upload(csvOf(row('D3-1', 'Yes')));
    await screen.findByText('1 answer read.');
    await go('#/questionnaire/langchain');
    await waitFor(() => expect(screen.queryByText('1 answer read.')).toBeNull());
    await screen.findByRole('heading', { level: 1, name: /^Questionnaire for LangChain/ });
    upload(csvOf(row('D3-1', 'Yes')));
    await screen.findByText('1 answer read.');
    await go('#/questionnaire/crewai');
    await screen.findByRole('heading', { level: 1, name: /^Questionnaire for CrewAI/ });
    expect(screen.queryByText('1 answer read.')).toBeNull();

    // LangChain has no assessment of the organisation's: that basis has no questionnaire, and PAI's starts afresh.
    await go('#/questionnaire/langchain?basis=pai');
    await screen.findByRole('heading', { level: 1, name: /^Questionnaire for LangChain/ });
    upload(csvOf(row('D3-1', 'Yes')));
    await screen.findByText('1 answer read.');
    await go('#/questionnaire/langchain?basis=organisation');
    await screen.findByRole('heading', { level: 1, name: 'No such product' });
    await go('#/questionnaire/langchain?basis=pai');
    await screen.findByRole('heading', { level: 1, name: /^Questionnaire for LangChain/ });
    expect(screen.queryByText('1 answer read.')).toBeNull();
  });
});
