/**
 * The gate in front of the handlers: a message is answered only if it comes from PSF Lens itself (its
 * content script in a tab's top frame, or one of its own pages) and has exactly the shape its type declares.
 */
import * as v from 'valibot';
import { ACTION_STATUSES } from '../core/checklist.ts';
import { SettingsPatchSchema } from '../shared/settings.ts';
import type { Runtime } from 'webextension-polyfill';
import { CONTENT_MESSAGES, UI_MESSAGES, type AnyRequest, type Envelope } from '../shared/messages.ts';
import type { Context, Handlers } from './handlers.ts';

const productId = v.pipe(v.string(), v.maxLength(120));
const empty = <T extends string>(type: T) => v.strictObject({ type: v.literal(type) });

const RequestSchema = v.variant('type', [
  v.strictObject({
    type: v.literal('lookup'),
    url: v.pipe(v.string(), v.maxLength(4096), v.url(), v.regex(/^https?:\/\//)),
    productId,
    detection: v.strictObject({
      confidence: v.picklist(['high', 'medium']),
      via: v.picklist(['url', 'canonical', 'signals']),
      reason: v.pipe(v.string(), v.maxLength(400)),
    }),
  }),
  empty('page-left'),
  empty('hide-badge-here'),
  empty('open-details'),
  v.strictObject({
    type: v.literal('tab-view'),
    tabId: v.pipe(v.number(), v.integer(), v.minValue(0)),
    productId: v.optional(productId),
  }),
  v.strictObject({
    type: v.literal('set-site-hidden'),
    site: v.pipe(v.string(), v.regex(/^[a-z0-9.-]{1,253}$/)),
    hidden: v.boolean(),
  }),
  empty('library'),
  v.strictObject({
    type: v.literal('org-import'),
    name: v.pipe(v.string(), v.maxLength(200)),
    text: v.pipe(v.string(), v.maxLength(20_000_000, 'the file is over 20 MB')),
    replaces: v.optional(v.pipe(v.string(), v.maxLength(80))),
  }),
  v.strictObject({ type: v.literal('org-delete'), id: v.pipe(v.string(), v.maxLength(80)) }),
  v.strictObject({ type: v.literal('watch-state'), productId }),
  v.strictObject({ type: v.literal('set-watched'), productId, watched: v.boolean() }),
  empty('settings'),
  empty('update-now'),
  v.strictObject({ type: v.literal('save-settings'), patch: SettingsPatchSchema }),
  v.strictObject({ type: v.literal('checklist'), productId }),
  v.strictObject({
    type: v.literal('update-action'),
    productId,
    actionId: v.pipe(v.string(), v.maxLength(200)),
    patch: v.strictObject({
      status: v.optional(v.picklist(ACTION_STATUSES)),
      owner: v.optional(v.pipe(v.string(), v.maxLength(200))),
      due: v.optional(v.pipe(v.string(), v.regex(/^(?:\d{4}-\d{2}-\d{2})?$/, 'a due date is YYYY-MM-DD or empty'))),
      notes: v.optional(v.pipe(v.string(), v.maxLength(10_000))),
    }),
  }),
]);

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

export async function route(
  handlers: Handlers,
  message: unknown,
  sender: Runtime.MessageSender,
  self: Self,
): Promise<Envelope<unknown>> {
  const context = classifySender(sender, self);
  if (!context) return { ok: false, error: 'sender refused' };
  const parsed = v.safeParse(RequestSchema, message);
  if (!parsed.success)
    return { ok: false, error: `malformed message: ${parsed.issues[0]?.message ?? 'unknown shape'}` };
  const request = parsed.output;
  const allowed: readonly string[] = context.from === 'content' ? CONTENT_MESSAGES : UI_MESSAGES;
  if (!allowed.includes(request.type)) return { ok: false, error: `${request.type} is not accepted from this sender` };
  // In-page navigation keeps the origin: a content script may only speak of its own site.
  if (
    request.type === 'lookup' &&
    context.from === 'content' &&
    new URL(request.url).origin !== new URL(context.pageUrl).origin
  ) {
    return { ok: false, error: 'lookup for another origin refused' };
  }
  try {
    const handler = handlers[request.type] as (r: AnyRequest, c: Context) => Promise<unknown>;
    return { ok: true, value: await handler(request, context) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
