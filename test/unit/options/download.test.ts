// @vitest-environment happy-dom
// What an export saves: a file whose name is safe on every system and says what it holds, of the format's type,
// through a link that leaves nothing behind on the page; the blob is let go only after the browser has read it.
// A copy with no clipboard says so in a sentence.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { copyText, downloadText, fileName, FORMAT_LABEL } from '../../../src/options/download.ts';

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('fileName', () => {
  test.each([
    [['psf-compare', 'langchain', 'crewai'], 'md', 'psf-compare-langchain-crewai.md'],
    [['PSF Checklist', 'OpenAI Codex'], 'csv', 'psf-checklist-openai-codex.csv'],
    [['  --a__b!!c--  ', 'Ünïcode'], 'json', 'a-b-c-n-code.json'],
    [['x', '', '---', 'y'], 'md', 'x-y.md'],
    [['-lead', 'trail-'], 'md', 'lead-trail.md'],
    [['a', 'b', 'c'], 'md', 'a-b-c.md'],
    [[], 'csv', 'psf-export.csv'],
    [['!!!', ' '], 'json', 'psf-export.json'],
  ] as const)('%j as %s: %s', (parts, format, name) => {
    expect(fileName(parts, format)).toBe(name);
  });
});

test('each format is labelled by its usual name', () => {
  expect(FORMAT_LABEL).toEqual({ md: 'Markdown', csv: 'CSV', json: 'JSON' });
});

describe('downloadText', () => {
  test.each([
    ['md', 'text/markdown;charset=utf-8'],
    ['csv', 'text/csv;charset=utf-8'],
    ['json', 'application/json;charset=utf-8'],
  ] as const)('%s: the text, as %s, through a hidden link that is gone once clicked', async (format, type) => {
    vi.useFakeTimers();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test/1';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: { href: string; download: string; hidden: boolean; onPage: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({
        href: this.href,
        download: this.download,
        hidden: this.hidden === true,
        onPage: this.isConnected,
      });
    });

    downloadText('# Héllo', `x.${format}`, format);

    expect(clicked).toEqual([{ href: 'blob:test/1', download: `x.${format}`, hidden: true, onPage: true }]);
    expect(blobs[0]?.type).toBe(type);
    // A CSV's byte-order mark apart (its own test below).
    expect((await blobs[0]?.text())?.replace(/^\uFEFF/, '')).toBe('# Héllo');
    expect(document.querySelector('a')).toBeNull();
    vi.advanceTimersByTime(999);
    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(revoke).toHaveBeenCalledWith('blob:test/1');
  });
});

test('a CSV starts with a byte-order mark, so Excel reads it as UTF-8 and not as the system code page', async () => {
  // Without it, Excel on Windows opens "Prüfung über" typed in a note as "PrÃ¼fung Ã¼ber".
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:test/1';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  downloadText('notes\r\nPrüfung über\r\n', 'x.csv', 'csv');
  downloadText('# Prüfung', 'x.md', 'md');
  downloadText('{"n":"ü"}', 'x.json', 'json');
  const bytes = await Promise.all(blobs.map(async (b) => [...new Uint8Array(await b.arrayBuffer())]));
  expect(bytes[0]?.slice(0, 3)).toEqual([0xef, 0xbb, 0xbf]);
  expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array(bytes[0]!))).toBe(
    '\uFEFFnotes\r\nPrüfung über\r\n',
  );
  // Markdown and JSON stay as written: a mark there would be a stray character in a ticket or a JSON parser.
  expect(bytes[1]?.[0]).toBe('#'.charCodeAt(0));
  expect(bytes[2]?.[0]).toBe('{'.charCodeAt(0));
});

describe('copyText', () => {
  test('puts the text on the clipboard and resolves once it is there', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    await copyText('some text');
    expect(writeText).toHaveBeenCalledWith('some text');
  });

  test.each([
    ['no clipboard at all', undefined],
    ['a clipboard that cannot write text', {}],
  ])('%s: a sentence, not a type error', async (_, clipboard) => {
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue(clipboard as unknown as Clipboard);
    await expect(copyText('some text')).rejects.toThrow('The clipboard is not available here.');
  });

  test('the browser’s refusal is passed on', async () => {
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({
      writeText: () => Promise.reject(new Error('permission denied')),
    } as unknown as Clipboard);
    await expect(copyText('some text')).rejects.toThrow('permission denied');
  });
});
