// @vitest-environment happy-dom
/**
 * The export buttons: a named group; Copy Markdown copies the Markdown and says so in a status that is empty
 * before; a failed copy is an alert with the text selected for copying by hand, and Close puts it away.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { ExportFormat } from '../../../src/core/export.ts';
import { ExportBar } from '../../../src/options/export-bar.tsx';
import { setTranslator, translator, type Locale } from '../../../src/shared/i18n.ts';
import { press } from '../helpers/keyboard.ts';
import { localeCatalog } from '../helpers/locale.ts';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  setTranslator(translator('en', localeCatalog('en')));
});

function show(writeText: (text: string) => Promise<void>) {
  vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
  const make = vi.fn((format: ExportFormat) => `# the ${format} export`);
  render(<ExportBar label="Export the comparison" nameParts={['psf-compare', 'dspy']} make={make} />);
  return { make, group: screen.getByRole('group', { name: 'Export the comparison' }) };
}

describe('ExportBar', () => {
  test('a named group of buttons, with nothing to say before a copy', () => {
    const { group } = show(vi.fn(async () => {}));
    expect(group.textContent).toMatch(/^Export:/);
    expect(
      within(group)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Markdown', 'CSV', 'JSON', 'Copy Markdown']);
    expect(screen.getByRole('status').textContent).toBe('');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('Copy Markdown copies the Markdown and says so', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    const { make } = show(writeText);
    fireEvent.click(screen.getByRole('button', { name: 'Copy Markdown' }));
    expect(make).toHaveBeenCalledWith('md');
    expect(writeText).toHaveBeenCalledWith('# the md export');
    await vi.waitFor(() => expect(screen.getByRole('status').textContent).toBe('Markdown copied to the clipboard.'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('a failed copy shows the Markdown, selected when focused, until Close', async () => {
    show(() => Promise.reject(new Error('permission denied')));
    const copy = press('Copy Markdown');
    const alert = await screen.findByRole('alert');
    expect(alert.querySelector('p')?.textContent).toBe(
      'Could not copy to the clipboard. Permission denied. Select the Markdown below and copy it yourself.',
    );
    expect(screen.getByRole('status').textContent).toBe('');
    const text = within(alert).getByRole('textbox', { name: 'Markdown to copy' }) as HTMLTextAreaElement;
    expect([text.value, text.readOnly, text.lang]).toEqual(['# the md export', true, 'en']);
    // The keyboard is in the text, all of it selected: Ctrl+C copies it.
    await vi.waitFor(() => expect(document.activeElement).toBe(text));
    fireEvent.focus(text);
    expect([text.selectionStart, text.selectionEnd]).toEqual([0, text.value.length]);
    press('Close');
    expect(screen.queryByRole('alert')).toBeNull();
    // Close went with the text: the keyboard is back on the button that copies.
    expect(document.activeElement).toBe(copy);
  });
});

test.each<[Locale, string]>([
  [
    'en',
    'Could not copy to the clipboard. The browser did not let PSF Lens write to the clipboard. Select the Markdown below and copy it yourself.',
  ],
  [
    'de',
    'Kopieren in die Zwischenablage nicht möglich. Der Browser hat PSF Lens nicht erlaubt, in die Zwischenablage zu schreiben. Markieren Sie das Markdown unten und kopieren Sie es selbst.',
  ],
  [
    'fr',
    'Impossible de copier dans le presse-papiers. Le navigateur n’a pas permis à PSF Lens d’écrire dans le presse-papiers. Sélectionnez le Markdown ci-dessous et copiez-le vous-même.',
  ],
])("%s: the browser's refusal of the clipboard is said in the page's language", async (locale, sentence) => {
  setTranslator(translator(locale, localeCatalog(locale), localeCatalog('en')));
  show(() => Promise.reject(new DOMException('Document is not focused.', 'NotAllowedError')));
  fireEvent.click(screen.getAllByRole('button').at(-1) as HTMLElement);
  const alert = await screen.findByRole('alert');
  expect(alert.querySelector('p')?.textContent).toBe(sentence);
});
