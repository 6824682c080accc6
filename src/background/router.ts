/**
 * The gate in front of the handlers: a message is answered only if it comes from PSF Lens itself (its
 * content script in a tab's top frame, or one of its own pages) and has exactly the shape its type declares.
 */
import * as v from 'valibot';
import type { Runtime } from 'webextension-polyfill';
import { isMessageType, PROTOCOL, type Envelope, type MessageType, type Reply } from '../shared/protocol.ts';
import type { Context, Handlers } from './types.ts';

export interface Self {
  id: string;
  /** The extension's own origin, e.g. `chrome-extension://<id>/`. */
  origin: string;
}

export function classifySender(sender: Runtime.MessageSender, self: Self): Context | null {
  if (sender.id !== self.id) return null;
  const url = sender.url ?? '';
  if (url.startsWith(self.origin)) return { from: 'ui' };
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0 || sender.frameId !== 0) return null;
  if (!/^https?:\/\//.test(url)) return null;
  return { from: 'content', tabId, pageUrl: url };
}

type Checked = { ok: true; value: unknown } | { ok: false; error: string };

/**
 * Checks one message against its entry in the table and hands it to its handler. Generic in the message type,
 * so the request the schema checked and the handler's parameter are the same type, with no cast between them.
 */
async function dispatch<K extends MessageType>(
  handlers: Handlers,
  type: K,
  fields: Record<string, unknown>,
  context: Context,
): Promise<Checked> {
  const entry = PROTOCOL[type];
  if (entry.from !== context.from) return { ok: false, error: `${type} is not accepted from this sender` };
  const parsed = v.safeParse(entry.request, fields);
  if (!parsed.success)
    return { ok: false, error: `malformed message: ${parsed.issues[0]?.message ?? 'unknown shape'}` };
  const request = { ...parsed.output, type };
  // In-page navigation keeps the origin: a content script may only speak of its own site.
  if ('url' in request && typeof request.url === 'string' && context.from === 'content') {
    if (!sameOrigin(request.url, context.pageUrl)) return { ok: false, error: 'a report about another origin refused' };
  }
  const reply: Reply<K> = await handlers[type](request, context);
  return { ok: true, value: reply };
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

export async function route(
  handlers: Handlers,
  message: unknown,
  sender: Runtime.MessageSender,
  self: Self,
): Promise<Envelope<unknown>> {
  const context = classifySender(sender, self);
  if (!context) return { ok: false, error: 'sender refused' };
  if (!message || typeof message !== 'object' || Array.isArray(message))
    return { ok: false, error: 'malformed message: not an object' };
  const { type, ...fields } = message as Record<string, unknown>;
  if (!isMessageType(type)) return { ok: false, error: 'malformed message: unknown type' };
  try {
    return await dispatch(handlers, type, fields, context);
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
