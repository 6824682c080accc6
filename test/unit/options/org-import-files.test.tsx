// @vitest-environment happy-dom
// The files a user may pick on #/organisation: an empty one, a workbook or a PDF is refused by what it is, in the
// reader's language, before it is sent to be checked; a dataset saved by Notepad as "Unicode" (UTF-16) is read; a
// second file chosen while the first is checked waits for it, so the outcome shown is the last file's.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { OrganisationPage } from '../../../src/options/organisation-page.tsx';
import { setTranslator, translator } from '../../../src/shared/i18n.ts';
import { localeCatalog } from '../helpers/setup.ts';
import { fakeApi } from './workspace-fixture.tsx';

const english = localeCatalog('en');
afterEach(() => {
  cleanup();
  setTranslator(translator('en', english));
});

const choose = (label: string, file: File) =>
  fireEvent.change(screen.getByLabelText(label), { target: { files: [file] } });

test.each<[string, File, string]>([
  [
    'an empty file',
    new File([], 'ours.json'),
    'ours.json was not imported, and nothing changed: ours.json is empty: there is nothing in it to read. A dataset ' +
      'is a JSON file, such as the ones PSF Lens exports.',
  ],
  [
    'a workbook',
    new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0])], 'ours.xlsx'),
    'ours.xlsx was not imported, and nothing changed: ours.xlsx is a spreadsheet workbook (such as .xlsx, .ods or ' +
      '.numbers), not a text file. A dataset is a JSON file, such as the ones PSF Lens exports.',
  ],
])('%s is refused by what it is, and nothing is sent', async (_, file, sentence) => {
  const api = fakeApi();
  render(<OrganisationPage organisation={[]} api={api} onChanged={() => {}} />);
  choose('Import a dataset file (JSON)', file);
  expect((await screen.findByRole('alert')).textContent).toBe(sentence);
  expect(api.importOrg).not.toHaveBeenCalled();
});

test('in German, a PDF is refused in German', async () => {
  setTranslator(translator('de', localeCatalog('de'), english));
  render(<OrganisationPage organisation={[]} api={fakeApi()} onChanged={() => {}} />);
  choose('Datensatzdatei importieren (JSON)', new File(['%PDF-1.7\n'], 'ours.pdf'));
  expect((await screen.findByRole('alert')).textContent).toBe(
    'ours.pdf wurde nicht importiert, und nichts hat sich geändert: ours.pdf ist ein PDF-Dokument, keine Textdatei. ' +
      'Ein Datensatz ist eine JSON-Datei, wie PSF Lens sie exportiert.',
  );
});

test('a dataset saved as UTF-16 with its byte-order mark reaches the check as its text', async () => {
  const api = fakeApi();
  api.importOrg.mockResolvedValueOnce({ kind: 'imported', id: 'ours', importedAt: 1, products: 1, assessments: 1 });
  render(<OrganisationPage organisation={[]} api={api} onChanged={() => {}} />);
  const text = '{"publisher":"Sécurité Müller"}';
  choose(
    'Import a dataset file (JSON)',
    new File([new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')])], 'ours.json'),
  );
  await screen.findByText('Imported ours.json: 1 product, 1 assessment.');
  expect(api.importOrg).toHaveBeenCalledWith('ours.json', text, {});
});

test('a second file chosen while the first is checked waits for it, and its outcome is the one shown', async () => {
  const api = fakeApi();
  let release = () => {};
  api.importOrg.mockImplementationOnce(
    () =>
      new Promise((resolve) => {
        release = () => resolve({ kind: 'imported', id: 'first', importedAt: 1, products: 1, assessments: 1 });
      }),
  );
  api.importOrg.mockResolvedValueOnce({ kind: 'imported', id: 'second', importedAt: 1, products: 2, assessments: 2 });
  const onChanged = vi.fn();
  render(<OrganisationPage organisation={[]} api={api} onChanged={onChanged} />);
  choose('Import a dataset file (JSON)', new File(['{"a":1}'], 'first.json'));
  await waitFor(() => expect(api.importOrg).toHaveBeenCalledTimes(1));
  choose('Import a dataset file (JSON)', new File(['{"b":2}'], 'second.json'));
  await new Promise((resolve) => setTimeout(resolve, 30));
  expect(api.importOrg).toHaveBeenCalledTimes(1);
  release();
  expect(await screen.findByText('Imported second.json: 2 products, 2 assessments.')).toBeTruthy();
  expect(api.importOrg.mock.calls.map((call) => call[0])).toEqual(['first.json', 'second.json']);
  expect(onChanged).toHaveBeenCalledTimes(2);
});

test('a checklist exported by PSF Lens, chosen by mistake, is refused in one sentence, in the language', async () => {
  setTranslator(translator('de', localeCatalog('de'), english));
  render(<OrganisationPage organisation={[]} api={fakeApi()} onChanged={() => {}} />);
  const checklist = JSON.stringify({ product: { id: 'langchain' }, data: {}, source: {}, actions: [] });
  choose('Datensatzdatei importieren (JSON)', new File([checklist], 'langchain-checklist.json'));
  const alert = await screen.findByRole('alert', {}, { timeout: 3000 });
  expect([...alert.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
    '$: Die Datei ist ein von PSF Lens exportierter Vergleich oder eine Checkliste: zum Lesen gedacht, kein ' +
      'Datensatz zum Importieren.',
  ]);
});

test.each<['en' | 'de' | 'fr', string]>([
  [
    'en',
    'The browser could not read ours.json: it may have been moved, changed or deleted since it was chosen. Choose it again.',
  ],
  [
    'de',
    'Der Browser konnte ours.json nicht lesen: Die Datei wurde vielleicht verschoben, geändert oder gelöscht, seit sie ausgewählt wurde. Wählen Sie sie erneut aus.',
  ],
  [
    'fr',
    'Le navigateur n’a pas pu lire ours.json\u00a0: le fichier a peut-être été déplacé, modifié ou supprimé depuis qu’il a été choisi. Choisissez-le de nouveau.',
  ],
])(
  "%s: a file the browser cannot read is named, in the page's language, not the browser's English",
  async (locale, sentence) => {
    setTranslator(translator(locale, localeCatalog(locale), english));
    const file = new File(['{}'], 'ours.json');
    file.arrayBuffer = () =>
      Promise.reject(
        new DOMException(
          'The requested file could not be read, typically due to permission problems that have occurred after a reference to a file was acquired.',
          'NotReadableError',
        ),
      );
    const api = fakeApi();
    render(<OrganisationPage organisation={[]} api={api} onChanged={() => {}} />);
    choose(localeCatalog(locale).org_import?.message ?? '', file);
    expect((await screen.findByRole('alert')).textContent).toBe(sentence);
    expect(api.importOrg).not.toHaveBeenCalled();
  },
);
