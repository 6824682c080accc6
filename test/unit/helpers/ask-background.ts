/**
 * `send` for tests: a message goes through the background's real router (sender check, schema, allow-list) to
 * the real handlers, and comes back as the extension's `send` returns it, cloned as messaging clones it.
 */
import { route, type Self } from '../../../src/background/router.ts';
import type { Handlers } from '../../../src/background/types.ts';
import type { MessageType, Reply, RequestInput } from '../../../src/shared/protocol.ts';

const SELF: Self = { id: 'psflensid', origin: 'chrome-extension://psflensid/' };
const WORKSPACE = { id: SELF.id, url: `${SELF.origin}src/options/index.html` };

export function askBackground(handlers: Handlers) {
  return async <K extends MessageType>(type: K, request: RequestInput<K>): Promise<Reply<K>> => {
    const envelope = await route(handlers, structuredClone({ ...request, type }), WORKSPACE, SELF);
    if (!envelope.ok) throw new Error(envelope.error);
    return structuredClone(envelope.value) as Reply<K>;
  };
}
