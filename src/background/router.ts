/**
 * The gate in front of the handlers: a message is answered only if it comes from PSF Lens itself (its
 * content script in a tab's top frame, or one of its own pages) and has exactly the shape its type declares.
 */
import * as v from 'valibot';
import type { Runtime } from 'webextension-polyfill';
import { isMessageType, PROTOCOL, type Envelope, type MessageType, type Reply } from '../shared/protocol.ts';
import { userError } from '../shared/user-error.ts';
import type { Context, Handlers } from './types.ts';

export interface Self {
  id: string;
  /** The extension's own origin, e.g. `chrome-extension://<id>/`. */
  origin: string;
}

export function classifySender(sender: Runtime.MessageSender, self: Self): Context | null {
  if (sender.id !== self.id) return null;
  // Stryker disable next-line StringLiteral: any text that is neither PSF Lens's origin nor a web address serves.
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
  handlers: Partial<Handlers>,
  type: K,
  fields: Record<string, unknown>,
  context: Context,
): Promise<Checked> {
  const entry = PROTOCOL[type];
  if (entry.from !== context.from) return { ok: false, error: `${type} is not accepted from this sender` };
  const handler: Handlers[K] | undefined = handlers[type];
  if (!handler) return { ok: false, error: `${type} is not answered here` };
  // Built for this message and dropped after it: none of the table's schemas stays in the worker's heap.
  const parsed = v.safeParse(entry.request(), fields);
  // A failed parse names at least one issue (valibot types its issues as a non-empty tuple).
  if (!parsed.success) return { ok: false, error: `malformed message: ${parsed.issues[0].message}` };
  const request = { ...parsed.output, type };
  // In-page navigation keeps the origin: a content script may only speak of its own site.
  // Stryker disable next-line ConditionalExpression,LogicalOperator: only page-product has a url, only from content.
  if ('url' in request && typeof request.url === 'string' && context.from === 'content') {
    if (!sameOrigin(request.url, context.pageUrl)) return { ok: false, error: 'a report about another origin refused' };
  }
  const reply: Reply<K> = await handler(request, context);
  return { ok: true, value: reply };
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

/** `handlers`: every message's, or some messages' (the others are refused). */
export async function route(
  handlers: Partial<Handlers>,
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
    // The browser's words for a full storage ("The transaction was aborted, so the request cannot be fulfilled.")
    // would reach a German or French page as they are: the page says it from the code, in its reader's language.
    if (error instanceof Error && error.name === 'QuotaExceededError')
      return { ok: false, error: userError({ code: 'storage-full' }).message };
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
