// @vitest-environment happy-dom
/**
 * Each of a feed's recorded results in the page's words: what the last check found, and why a dataset was kept,
 * with numbers the language's way and the words a library or the browser gave kept as they are, marked English.
 */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { noteText } from '../../../src/options/feed-text.tsx';
import type { FeedNote, FeedProblem } from '../../../src/shared/feed-status.ts';
import { setTranslator, translator } from '../../../src/shared/i18n.ts';
import { localeCatalog } from '../helpers/locale.ts';

const english = localeCatalog('en');

afterEach(() => {
  cleanup();
  setTranslator(translator('en', english));
});

const said = (note: FeedNote) => render(<p>{noteText(note)}</p>).container.firstElementChild as HTMLElement;
const kept = (problem: FeedProblem) => said({ code: 'kept', version: '2026.11.24', problem });

describe('what the last check found', () => {
  test.each<[FeedNote, string]>([
    [{ code: 'off' }, 'No feed configured: the bundled dataset serves.'],
    [{ code: 'team-off' }, "No team feed configured: your organisation's assessments are the ones in this browser."],
    [{ code: 'no-key' }, 'A feed needs a pinned public key: nothing was fetched.'],
    [{ code: 'updated', version: '2026.12.01' }, 'Updated to version 2026.12.01.'],
    [{ code: 'up-to-date', version: '2026.11.24' }, 'Up to date (version 2026.11.24).'],
    [
      { code: 'behind', version: '2026.11.01', installed: '2026.12.10' },
      "Up to date: the feed's data (version 2026.11.01) is older than the data this PSF Lens came with (version 2026.12.10), which stays.",
    ],
  ])('%o', (note, text) => {
    expect(said(note).textContent).toBe(text);
  });
});

describe('why the installed dataset was kept', () => {
  test.each<[FeedProblem, string]>([
    [{ code: 'not-url' }, 'the feed address is not a URL'],
    [{ code: 'not-https' }, 'the feed address must be https:'],
    [{ code: 'http', status: 404 }, 'the feed answered HTTP 404'],
    [
      { code: 'no-signature', url: 'https://feed.example/psf.json.sig', status: 403 },
      'no signature: https://feed.example/psf.json.sig answered HTTP 403',
    ],
    [{ code: 'feed-over-cap', max: 8_000_000 }, 'the feed is over the 8,000,000-byte cap'],
    [{ code: 'signature-over-cap', max: 4096 }, 'the signature is over the 4,096-byte cap'],
    [{ code: 'feed-truncated', size: 1200, declared: 4800 }, 'the feed is truncated: 1,200 of 4,800 bytes'],
    [{ code: 'signature-truncated', size: 10, declared: 1088 }, 'the signature is truncated: 10 of 1,088 bytes'],
    [{ code: 'key-format' }, 'the pinned public key is not a base64 Ed25519 key (32 bytes)'],
    [{ code: 'signature-format' }, 'the signature is not a base64 Ed25519 signature (64 bytes)'],
    [{ code: 'mismatch' }, 'the signature does not match the file and the pinned public key'],
    [
      { code: 'rollback', version: '2026.01.01', installed: '2026.11.24' },
      'rollback refused: the feed has version 2026.01.01, older than the installed 2026.11.24',
    ],
    [{ code: 'timeout', seconds: 1500 }, 'the feed did not answer within 1,500 s'],
    [
      { code: 'storage-full' },
      'there was no room left in the browser to store the new dataset: free some disk space, then check again',
    ],
  ])('%o', (problem, text) => {
    expect(kept(problem).textContent).toBe(`Kept version 2026.11.24: ${text}.`);
  });

  test.each<[FeedProblem & { detail: string }, string]>([
    [{ code: 'key-unusable', detail: 'DataError: invalid key' }, 'the pinned public key cannot be used: '],
    [{ code: 'unreadable', detail: 'TypeError: Failed to fetch' }, 'the feed could not be read: '],
    [
      { code: 'not-stored', detail: 'AbortError: The transaction was aborted.' },
      'the new dataset could not be stored: ',
    ],
    [
      { code: 'rules', count: 1, path: '$.version', detail: 'Invalid type' },
      "the feed's dataset breaks the rules (1 problem; first $.version: ",
    ],
  ])('the words a library gave stay English, marked so, ending in one full stop: %o', (problem, before) => {
    const line = kept(problem);
    const words = problem.detail.replace(/\.$/, '');
    expect(line.textContent).toBe(`Kept version 2026.11.24: ${before}${words}${problem.code === 'rules' ? ')' : ''}.`);
    expect(line.querySelector('[lang="en"]')?.textContent).toBe(words);
  });

  test('in German, with the numbers the German way', () => {
    setTranslator(translator('de', localeCatalog('de'), english));
    expect(kept({ code: 'feed-over-cap', max: 8_000_000 }).textContent).toMatch(/Obergrenze von 8\.000\.000 Bytes\.$/);
    expect(kept({ code: 'timeout', seconds: 1500 }).textContent).toMatch(/nicht innerhalb von 1\.500 s\.$/);
  });
});
