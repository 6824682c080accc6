/**
 * Rules for the dataset's strings that a type cannot say: what a reader sees must be what the file holds. A
 * right-to-left override can make "Gap" read as "paG" or hide a host's real name in a link; a zero-width space
 * makes two equal-looking names differ; a link with a user name can show one host and open another; a date of
 * 2026-02-30 sorts as if it were real. Each rule returns the plain sentence of a refusal, or null.
 */

export { noInvisible } from './invisible.ts';

export function invisibleCharacter(value: string): string | null {
  const found = /[\p{Cc}\p{Cf}\p{Cs}]/u.exec(value);
  if (!found) return null;
  // Built here, on the path of a refusal only, rather than at import.
  const names: Record<number, string> = {
    0x200b: 'zero-width space',
    0x200c: 'zero-width non-joiner',
    0x200d: 'zero-width joiner',
    0x200e: 'left-to-right mark',
    0x200f: 'right-to-left mark',
    0x202a: 'left-to-right embedding',
    0x202b: 'right-to-left embedding',
    0x202c: 'pop directional formatting',
    0x202d: 'left-to-right override',
    0x202e: 'right-to-left override',
    0x2066: 'left-to-right isolate',
    0x2067: 'right-to-left isolate',
    0x2068: 'first strong isolate',
    0x2069: 'pop directional isolate',
    0x2060: 'word joiner',
    0xfeff: 'zero-width no-break space',
  };
  const code = found[0].codePointAt(0) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const what = names[code] ?? (/\p{Cc}/u.test(found[0]) ? 'control character' : 'invisible character');
  return `holds an invisible ${hex} (${what}) at position ${found.index + 1}, which can make the text read differently from what it is: remove it`;
}

/** For a string the date pattern already accepted: only a full date can name a day that does not exist. */
export function impossibleDate(value: string): string | null {
  const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!full) return null;
  const [year, month, day] = full.slice(1).map(Number) as [number, number, number];
  const isLeap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (isLeap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  if (day <= days) return null;
  const name = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(year, month - 1));
  return `${value} is not a date: ${name} ${year} has ${days} days`;
}

export function credentialsInLink(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null; // whether it is a URL at all is another rule's refusal
  }
  if (!url.username && !url.password) return null;
  return `must not carry a user name or password (${url.protocol}//…@${url.host}): link to the page itself`;
}
