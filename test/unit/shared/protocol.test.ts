/** The message table's names: what counts as a message type, and who may send which. */
import { expect, test } from 'vitest';
import { CONTENT_MESSAGES, isMessageType, MESSAGE_TYPES, UI_MESSAGES } from '../../../src/shared/protocol.ts';

test('a message type is one of the table’s own names, nothing that merely reads as one', () => {
  for (const type of MESSAGE_TYPES) expect(isMessageType(type)).toBe(true);
  const posing = { toString: () => 'library' };
  for (const type of [posing, 'toString', '__proto__', 'constructor', '', 5, null, undefined])
    expect(isMessageType(type)).toBe(false);
});

test('a vendor page’s content script may send four messages; every other is PSF Lens’s own pages’', () => {
  expect([...CONTENT_MESSAGES].sort()).toEqual(['hide-badge-here', 'open-details', 'page-left', 'page-product']);
  expect(UI_MESSAGES).toContain('library');
  expect([...CONTENT_MESSAGES, ...UI_MESSAGES].sort()).toEqual([...MESSAGE_TYPES].sort());
});
