// @vitest-environment happy-dom
// #/questionnaire/<id> over the real background: its states (preparing, a failed load with the reason, no such
// product), the heading and the title, the files it saves and the print, and the vendor's filled-in CSV read back.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { questionnaireExport } from '../../../src/core/questionnaire.ts';
import { QuestionnairePage } from '../../../src/options/questionnaire-page.tsx';
import { setTranslator, translator } from '../../../src/shared/i18n.ts';
import { localeCatalog } from '../helpers/locale.ts';
import { fakeApi, go, openAt } from './workspace-fixture.tsx';
import { press } from '../helpers/keyboard.ts';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const LANGCHAIN = 'Questionnaire for LangChain: LangChain / LangGraph';

async function openQuestionnaire(hash = '#/questionnaire/langchain', api = fakeApi()) {
  await openAt(hash, api);
  await screen.findByRole('heading', { level: 1, name: LANGCHAIN });
  return api;
}

/** The files the page hands the browser to save: name, type and text. */
function savedFiles() {
  const files: { name: string; type: string; blob: Blob }[] = [];
  let blob: Blob | undefined;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => ((blob = b as Blob), 'blob:test'));
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (blob) files.push({ name: this.download, type: blob.type, blob });
  });
  return files;
}

describe('#/questionnaire/<id>', () => {
  test('while it is prepared the page says so; then the vendor and product head it and name the tab', async () => {
    const api = fakeApi();
    let open = () => {};
    const opened = new Promise<void>((resolve) => (open = resolve));
    const real = api.questionnaire.getMockImplementation();
    if (!real) throw new Error('test setup: the API has its implementation');
    api.questionnaire.mockImplementationOnce(async (...args) => (await opened, real(...args)));
    await openAt('#/questionnaire/langchain', api);
    expect(screen.getByRole('status').textContent).toBe('Preparing the questionnaire…');
    expect(document.title).toBe('Vendor questionnaire · PSF Lens workspace');
    open();
    const heading = await screen.findByRole('heading', { level: 1, name: LANGCHAIN });
    expect(heading.getAttribute('tabindex')).toBe('-1');
    expect(screen.getByRole('region', { name: LANGCHAIN })).toBeTruthy();
    expect(document.title).toBe('Questionnaire for LangChain · PSF Lens workspace');
    expect(screen.queryByText('Preparing the questionnaire…')).toBeNull();
    expect(screen.queryByText(/knows no product/)).toBeNull();
    expect(api.questionnaire).toHaveBeenCalledWith('langchain', undefined);
    // English files on an English page: no note that they are.
    expect(screen.queryByText(/The files are in English/)).toBeNull();
  });

  test('followed from the product page, its heading takes the focus and keeps it once the questions are there', async () => {
    await openAt('#/product/langchain');
    await go('#/questionnaire/langchain?basis=pai');
    const heading = await screen.findByRole('heading', { level: 1, name: LANGCHAIN });
    expect(document.activeElement).toBe(heading);
  });

  test('in another language, a note says the files stay English', async () => {
    setTranslator(translator('de', localeCatalog('de'), localeCatalog('en')));
    try {
      render(<QuestionnairePage api={fakeApi()} productId="langchain" />);
      await screen.findByRole('heading', { level: 1, name: 'Fragebogen für LangChain: LangChain / LangGraph' });
      expect(screen.getByText(/^Die Dateien sind auf Englisch/)).toBeTruthy();
    } finally {
      setTranslator(translator('en', localeCatalog('en')));
    }
  });

  test('asks for the basis the address names', async () => {
    const api = await openQuestionnaire('#/questionnaire/langchain?basis=pai');
    expect(api.questionnaire).toHaveBeenCalledWith('langchain', 'pai');
  });

  test('a failed load says why under the page’s heading, and "Try again" asks again', async () => {
    const api = fakeApi();
    api.questionnaire.mockRejectedValueOnce(new Error('database closed'));
    await openAt('#/questionnaire/langchain', api);
    const alert = await screen.findByRole('alert');
    expect(alert.querySelector('p')?.textContent).toBe(
      'PSF Lens could not prepare the questionnaire: Database closed.',
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Vendor questionnaire');
    press('Try again');
    expect(screen.getByRole('status').textContent).toBe('Preparing the questionnaire…');
    // The button went with its click: the keyboard waits on the heading, which stays.
    const heading = screen.getByRole('heading', { level: 1 });
    expect(document.activeElement).toBe(heading);
    expect(await screen.findByRole('heading', { level: 1, name: LANGCHAIN })).toBe(heading);
    expect(document.activeElement).toBe(heading);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(api.questionnaire).toHaveBeenCalledTimes(2);
  });

  test('an unknown product: a heading that says so and the two places to pick one from', async () => {
    await openAt('#/questionnaire/nope');
    const heading = await screen.findByRole('heading', { level: 1, name: 'No such product' });
    expect(heading.getAttribute('tabindex')).toBe('-1');
    const text = screen.getByText(/knows no product/);
    expect(text.textContent).toBe(
      "PSF Lens knows no product “nope”. Pick one from the library or your organisation's assessments.",
    );
    expect(within(text).getByRole('link', { name: 'library' }).getAttribute('href')).toBe('#/library');
    expect(within(text).getByRole('link', { name: "your organisation's assessments" }).getAttribute('href')).toBe(
      '#/organisation',
    );
    expect(document.title).toBe('Vendor questionnaire · PSF Lens workspace');
  });

  test('saves the questionnaire as Markdown and as CSV, with the answers received, and prints it', async () => {
    const files = savedFiles();
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const api = await openQuestionnaire();
    const view = await api.questionnaire.mock.results[0]?.value;
    if (view?.kind !== 'questionnaire') throw new Error('test setup: LangChain has a questionnaire');
    fireEvent.click(screen.getByRole('button', { name: 'Save as Markdown' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save as CSV (for the vendor to fill in)' }));
    expect(files.map((f) => [f.name, f.type])).toEqual([
      ['langchain-questionnaire.md', 'text/markdown;charset=utf-8'],
      ['langchain-questionnaire.csv', 'text/csv;charset=utf-8'],
    ]);
    expect(await files[0]?.blob.text()).toBe(questionnaireExport(view.form, 'md', view.answers));
    // The CSV after the byte-order mark that tells Excel it is UTF-8.
    expect(await files[1]?.blob.text()).toBe(`\uFEFF${questionnaireExport(view.form, 'csv', view.answers)}`);
    expect(print).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledTimes(1);
    vi.unstubAllGlobals();
  });
});
