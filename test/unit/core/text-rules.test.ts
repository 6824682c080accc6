// The dataset's string rules on their own: each invisible character named in the refusal, each month's length,
// leap years, and links with credentials. schema-trust.test.ts shows the same rules at their JSON paths.
import { describe, expect, test } from 'vitest';
import { credentialsInLink, impossibleDate, invisibleCharacter } from '../../../src/core/text-rules.ts';

describe('invisibleCharacter names what it found and where', () => {
  test.each([
    [0x200b, 'zero-width space'],
    [0x200c, 'zero-width non-joiner'],
    [0x200d, 'zero-width joiner'],
    [0x200e, 'left-to-right mark'],
    [0x200f, 'right-to-left mark'],
    [0x202a, 'left-to-right embedding'],
    [0x202b, 'right-to-left embedding'],
    [0x202c, 'pop directional formatting'],
    [0x202d, 'left-to-right override'],
    [0x202e, 'right-to-left override'],
    [0x2066, 'left-to-right isolate'],
    [0x2067, 'right-to-left isolate'],
    [0x2068, 'first strong isolate'],
    [0x2069, 'pop directional isolate'],
    [0x2060, 'word joiner'],
    [0xfeff, 'zero-width no-break space'],
    [0x0000, 'control character'],
    [0x001f, 'control character'],
    [0x007f, 'control character'],
    [0x009f, 'control character'],
    [0x00ad, 'invisible character'],
    [0x061c, 'invisible character'],
    [0xe0001, 'invisible character'],
  ])('U+%s', (code, name) => {
    const hex = code.toString(16).toUpperCase().padStart(4, '0');
    expect(invisibleCharacter(`ab${String.fromCodePoint(code)}c`)).toBe(
      `holds an invisible U+${hex} (${name}) at position 3, which can make the text read differently from what it is: remove it`,
    );
  });

  test('the first one found is named; visible text, spaces and other scripts pass', () => {
    expect(invisibleCharacter('\u202eab\u200b')).toMatch(/^holds an invisible U\+202E .* at position 1,/);
    expect(invisibleCharacter('a lone \udc00 surrogate')).toMatch(/U\+DC00 \(invisible character\) at position 8,/);
    for (const text of ['', 'Claude Sonnet 4.6', 'a\u00a0b', 'Ärger über Größe', 'عربي', '漢字', 'emoji 🙂'])
      expect(invisibleCharacter(text)).toBeNull();
  });
});

describe('impossibleDate refuses a day the month does not have', () => {
  const lengths: [string, number][] = [
    ['January', 31],
    ['February', 28],
    ['March', 31],
    ['April', 30],
    ['May', 31],
    ['June', 30],
    ['July', 31],
    ['August', 31],
    ['September', 30],
    ['October', 31],
    ['November', 30],
    ['December', 31],
  ];
  test.each(lengths.map(([name, days], i) => [name, days, String(i + 1).padStart(2, '0')] as const))(
    '%s has %i days',
    (name, days, mm) => {
      expect(impossibleDate(`2026-${mm}-${days}`)).toBeNull();
      expect(impossibleDate(`2026-${mm}-${days + 1}`)).toBe(
        `2026-${mm}-${days + 1} is not a date: ${name} 2026 has ${days} days`,
      );
    },
  );

  test.each([
    ['2024', 29],
    ['2000', 29],
    ['1900', 28],
    ['2100', 28],
    ['2023', 28],
  ])('February %s has %i days', (year, days) => {
    expect(impossibleDate(`${year}-02-${days}`)).toBeNull();
    expect(impossibleDate(`${year}-02-${days + 1}`)).toBe(
      `${year}-02-${days + 1} is not a date: February ${year} has ${days} days`,
    );
  });

  test.each(['2026', '2026-02', '2026-Q1', '2026-02-30T00:00', ' 2026-02-30'])(
    '%j is not a full date: no refusal',
    (v) => {
      expect(impossibleDate(v)).toBeNull();
    },
  );
});

describe('credentialsInLink', () => {
  test.each([
    ['https://user:pass@example.org/x', 'https://…@example.org'],
    ['https://user@example.org/x', 'https://…@example.org'],
    ['https://:secret@example.org:8443/x', 'https://…@example.org:8443'],
  ])('%s is refused, showing the host it would open', (link, shown) => {
    expect(credentialsInLink(link)).toBe(`must not carry a user name or password (${shown}): link to the page itself`);
  });

  test.each(['https://example.org/@user', 'https://example.org/?u=a@b', 'not a link', ''])('%j passes', (link) => {
    expect(credentialsInLink(link)).toBeNull();
  });
});
