/** The caller's side of the protocol: one typed function for every context. */
import { ext } from './ext.ts';
import type { Envelope, MessageType, Reply, RequestInput } from './protocol.ts';

export async function send<K extends MessageType>(type: K, request: RequestInput<K>): Promise<Reply<K>> {
  const envelope = (await ext.runtime.sendMessage({ ...request, type })) as Envelope<Reply<K>> | undefined;
  if (!envelope) throw new Error(`no answer to ${type}`);
  if (!envelope.ok) throw new Error(envelope.error);
  return envelope.value;
}
