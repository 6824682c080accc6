// The message gate under fuzzing, as a compromised renderer would use it: any value as a message from a content
// script (unknown types, `__proto__` and `constructor` keys, nested junk, very long strings, every message type
// with random fields). The router always answers with an envelope, never throws, and never lets a content script
// reach a handler meant for PSF Lens's own pages.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { route, type Self } from '../../../src/background/router.ts';
import type { Handlers } from '../../../src/background/types.ts';
import { CONTENT_MESSAGES, PROTOCOL } from '../../../src/shared/protocol.ts';
import { testBackground } from '../helpers/deps.ts';
import { runs, TIMEOUT_MS } from './fuzz-runs.ts';
import { trickyString } from './mutations.ts';

const SELF: Self = { id: 'psflensid', origin: 'chrome-extension://psflensid/' };
const PAGE = 'https://openai.com/codex/';
const CONTENT = { id: SELF.id, url: PAGE, tab: { id: 7 }, frameId: 0 } as Runtime.MessageSender;
const TYPES = Object.keys(PROTOCOL);

/** The real handlers, each call recorded by message type. */
const called: string[] = [];
const { handlers: real } = testBackground();
const handlers = new Proxy(real, {
  get: (target, type: string) => {
    const handler = target[type as keyof Handlers] as (...args: unknown[]) => unknown;
    return (...args: unknown[]) => (called.push(type), handler(...args));
  },
}) as Handlers;

const key = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'type', 'url', 'productIds'),
  fc.string(),
);
const junk = fc.oneof(
  fc.anything({ key, withNullPrototype: true, maxDepth: 3 }),
  trickyString,
  fc.constant('x'.repeat(5_000_000)),
);
const message = fc.oneof(
  junk,
  fc.record({ type: fc.oneof(fc.constantFrom(...TYPES), fc.string()) }).chain(({ type }) =>
    fc.dictionary(key, junk, { maxKeys: 4 }).map((fields) => {
      const out = Object.create(null) as Record<string, unknown>;
      const own = (k: string, value: unknown) =>
        Object.defineProperty(out, k, { value, enumerable: true, writable: true, configurable: true });
      for (const [k, v] of Object.entries(fields)) own(k, v);
      own('type', type);
      return out;
    }),
  ),
);

test(
  'any message from a content script gets an envelope, and reaches content handlers only',
  async () => {
    await fc.assert(
      fc.asyncProperty(message, async (m) => {
        called.length = 0;
        const envelope = await route(handlers, m, CONTENT, SELF);
        expect(typeof envelope.ok).toBe('boolean');
        if (!envelope.ok) expect(envelope.error.length).toBeGreaterThan(0);
        for (const type of called) expect(CONTENT_MESSAGES).toContain(type);
      }),
      runs(500, 10_000),
    );
  },
  TIMEOUT_MS,
);
