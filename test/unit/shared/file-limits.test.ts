// A file's size as the import refusals say it: rounded up, so a file just over a limit never reads as the limit.
import { expect, test } from 'vitest';
import { megabytes } from '../../../src/shared/file-limits.ts';

test.each<[number, string, string]>([
  [20_000_001, 'en', '20.1'],
  [52_400_000, 'de', '52,4'],
  [64_000_000, 'fr', '64'],
  [1_234_567_890, 'en', '1,234.6'],
])('%i bytes in %s: %s', (bytes, locale, said) => {
  expect(megabytes(bytes, locale)).toBe(said);
});
