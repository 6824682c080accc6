/**
 * The protocol table is the only place a message is defined: a handler, a sender or a reply that drifts from it
 * must fail `tsc` (which `npm test` runs over this file). Each `@ts-expect-error` below is a drift that must not
 * compile; if one ever compiles, tsc reports the directive as unused and the build fails.
 */
import { expectTypeOf, test } from 'vitest';
import type { Context, Handlers } from '../../src/background/types.ts';
import type { DetectionInfo, LibraryView, PageReport } from '../../src/shared/messages.ts';
import {
  CONTENT_MESSAGES,
  type MessageType,
  type Reply,
  type Request,
  type RequestInput,
} from '../../src/shared/protocol.ts';
import { send } from '../../src/shared/send.ts';

declare const context: Context;

test('a handler must return its message’s reply', () => {
  const right: Handlers['checklist'] = async () => ({ kind: 'checklist', states: [] });
  // @ts-expect-error the checklist's reply is { kind: 'checklist', states }, not an Ack
  const wrong: Handlers['checklist'] = async () => ({ kind: 'ok' });
  expectTypeOf(right).toEqualTypeOf(wrong);
});

test('a handler may read only the fields its request has', () => {
  const right: Handlers['set-watched'] = async (request) => {
    expectTypeOf(request.watched).toEqualTypeOf<boolean>();
    return { kind: 'watch', watched: request.watched, history: [] };
  };
  const wrong: Handlers['set-watched'] = async (request) => {
    // @ts-expect-error set-watched has no field `site`
    void request.site;
    return { kind: 'watch', watched: false, history: [] };
  };
  void right({ type: 'set-watched', productId: 'p', watched: true }, context);
  void wrong;
});

test('the handler map needs exactly one handler for every message of the table', () => {
  const handlers = {} as Omit<Handlers, 'org-delete'>;
  // @ts-expect-error 'org-delete' has no handler
  const all: Handlers = handlers;
  void all;
});

test('a sender must send what the table says, and gets its reply back', () => {
  expectTypeOf(send('library', {})).resolves.toEqualTypeOf<LibraryView>();
  expectTypeOf(send('page-product', {} as RequestInput<'page-product'>)).resolves.toEqualTypeOf<PageReport>();
  // @ts-expect-error checklist needs a productId
  void send('checklist', {});
  // @ts-expect-error checklist has no field `product`
  void send('checklist', { productId: 'p', product: 'p' });
  // @ts-expect-error set-watched's `watched` is a boolean
  void send('set-watched', { productId: 'p', watched: 'yes' });
  // @ts-expect-error there is no message 'delete-everything'
  void send('delete-everything', {});
});

test('the types derived from the table agree with the shapes the replies use', () => {
  expectTypeOf<Request<'page-product'>['detection']>().toEqualTypeOf<DetectionInfo>();
  expectTypeOf<Request<'tab-view'>['type']>().toEqualTypeOf<'tab-view'>();
  expectTypeOf<Request<'tab-view'>['tabId']>().toEqualTypeOf<number>();
  expectTypeOf<Request<'tab-view'>['productId']>().toEqualTypeOf<string | undefined>();
  expectTypeOf<Reply<'set-site-hidden'>>().toEqualTypeOf<{ kind: 'ok' }>();
  expectTypeOf(CONTENT_MESSAGES).toEqualTypeOf<MessageType[]>();
});
