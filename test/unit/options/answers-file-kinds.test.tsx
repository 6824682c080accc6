// @vitest-environment happy-dom
// The answers files a buyer actually has, chosen on #/questionnaire/<id> over the real background: Excel's "Unicode
// Text" (UTF-16 with tabs) read with its umlauts, accents and Arabic kept; an empty file, a workbook or a PDF refused
// by what it is, in the reader's language, before anything is sent; a second file chosen while the first is read
// waits for it, so the last one chosen is the one stored and reported.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { CSV_HEADER } from '../../../src/core/questionnaire.ts';
import { setTranslator, translator, type Locale } from '../../../src/shared/i18n.ts';
import { localeCatalog } from '../helpers/setup.ts';
import { WorkspaceApp } from '../../../src/options/app.tsx';
import { fakeApi } from './workspace-fixture.tsx';

const english = localeCatalog('en');
afterEach(() => {
  cleanup();
  setTranslator(translator('en', english));
});

const LABEL = /^(Read the vendor's answers|Antworten des Anbieters einlesen|Lire les réponses du fournisseur)/;

async function openQuestionnaire(api = fakeApi(), locale: Locale = 'en') {
  setTranslator(translator(locale, localeCatalog(locale), english));
  history.replaceState(null, '', '#/questionnaire/langchain');
  render(<WorkspaceApp api={api} />);
  await screen.findByLabelText(LABEL);
  return api;
}

const choose = (...files: File[]) => {
  for (const file of files) fireEvent.change(screen.getByLabelText(LABEL), { target: { files: [file] } });
};

/** What Excel writes for "Save as Unicode Text": UTF-16 LE with its byte-order mark, tabs, CRLF. */
function unicodeText(...rows: string[][]): File {
  const text = [CSV_HEADER.join('\t'), ...rows.map((r) => r.join('\t'))].join('\r\n');
  return new File([new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')])], 'answers.txt', {
    type: 'text/plain',
  });
}
const answer = (question: string, text: string) => ['langchain', question, '', '', '', '', '', text, ''];

describe('the files a spreadsheet saves', () => {
  test('the file input offers tab-separated and plain text files too', async () => {
    await openQuestionnaire();
    const input = screen.getByLabelText(LABEL) as HTMLInputElement;
    expect(input.accept.split(',')).toEqual(
      expect.arrayContaining(['.csv', '.tsv', '.txt', 'text/tab-separated-values', 'text/plain']),
    );
  });

  test("Excel's Unicode Text is read: quoted lines, umlauts, accents and right-to-left text as written", async () => {
    const api = await openQuestionnaire();
    choose(unicodeText(answer('D3-1', '"Überwachung täglich;\r\n""à la française"""'), answer('D3-2', 'نعم، يوميًا')));
    expect(await screen.findByText('2 answers read.')).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByLabelText('Answer to D3-1').querySelector('.q-given')?.textContent).toBe(
        'Überwachung täglich;\r\n"à la française"',
      ),
    );
    const arabic = screen.getByLabelText('Answer to D3-2').querySelector('.q-given');
    expect(arabic?.textContent).toBe('نعم، يوميًا');
    expect(arabic?.getAttribute('dir')).toBe('auto');
    expect(api.importAnswers).toHaveBeenCalledTimes(1);
  });
});

describe('files that cannot be read are refused before anything is sent', () => {
  const workbook = new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0])], 'answers.xlsx');
  test.each<[string, File, string]>([
    [
      'an empty file',
      new File([], 'answers.csv'),
      'answers.csv is empty: there is nothing in it to read. In the spreadsheet, save the answers as CSV or as ' +
        'Unicode Text, and choose that file. Nothing was changed.',
    ],
    [
      'a file with a byte-order mark and line breaks only, as a spreadsheet saves an empty sheet',
      new File([new Uint8Array([0xff, 0xfe, 0x0d, 0x00, 0x0a, 0x00])], 'answers.txt'),
      'answers.txt is empty: there is nothing in it to read. In the spreadsheet, save the answers as CSV or as ' +
        'Unicode Text, and choose that file. Nothing was changed.',
    ],
    [
      'an Excel workbook',
      workbook,
      'answers.xlsx is a spreadsheet workbook (such as .xlsx, .ods or .numbers), not a text file. In the ' +
        'spreadsheet, save the answers as CSV or as Unicode Text, and choose that file. Nothing was changed.',
    ],
    [
      'a PDF',
      new File(['%PDF-1.7\n%\u00e2\u00e3'], 'answers.pdf'),
      'answers.pdf is a PDF document, not a text file. In the spreadsheet, save the answers as CSV or as Unicode ' +
        'Text, and choose that file. Nothing was changed.',
    ],
  ])('%s', async (_, file, sentence) => {
    const api = await openQuestionnaire();
    choose(file);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(sentence);
    expect(alert.className).toBe('problem');
    expect(api.importAnswers).not.toHaveBeenCalled();
  });

  test.each<[Locale, string]>([
    [
      'de',
      'answers.xlsx ist eine Arbeitsmappe einer Tabellenkalkulation (etwa .xlsx, .ods oder .numbers), keine ' +
        'Textdatei. Speichern Sie die Antworten in der Tabellenkalkulation als CSV oder als Unicode-Text, und ' +
        'wählen Sie diese Datei. Es wurde nichts geändert.',
    ],
    [
      'fr',
      'answers.xlsx est un classeur de tableur (par exemple .xlsx, .ods ou .numbers), pas un fichier texte. Dans ' +
        'le tableur, enregistrez les réponses au format CSV ou Texte Unicode, puis choisissez ce fichier. Rien ' +
        'n’a été modifié.',
    ],
  ])('a workbook is refused in the chosen language (%s)', async (locale, sentence) => {
    await openQuestionnaire(fakeApi(), locale);
    choose(workbook);
    expect((await screen.findByRole('alert')).textContent).toBe(sentence);
  });
});

test('a second file chosen while the first is read waits for it: the last chosen is stored and reported', async () => {
  const api = fakeApi();
  const real = api.importAnswers.getMockImplementation();
  if (!real) throw new Error('the fake API has its real import');
  // The first file is the slow one: read and stored after the second if both ran at once.
  api.importAnswers.mockImplementationOnce(async (...args) => {
    await new Promise((resolve) => setTimeout(resolve, 80));
    return real(...args);
  });
  await openQuestionnaire(api);
  choose(unicodeText(answer('D3-1', 'first'), answer('D3-2', 'first')), unicodeText(answer('D3-1', 'second')));
  expect(screen.getByText('Reading the answers…')).toBeTruthy();
  await waitFor(() => expect(api.importAnswers).toHaveBeenCalledTimes(2));
  await waitFor(() => expect(screen.queryByText('Reading the answers…')).toBeNull());
  expect(screen.getByText('1 answer read.')).toBeTruthy();
  expect(screen.queryByText('2 answers read.')).toBeNull();
  await waitFor(() =>
    expect(screen.getByLabelText('Answer to D3-1').querySelector('.q-given')?.textContent).toBe('second'),
  );
});
