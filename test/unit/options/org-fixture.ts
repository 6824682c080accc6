/**
 * The workspace's API for the organisation pages: the real background handlers behind the real mapping
 * (workspace-fixture's fakeApi), with the dataset loaded. `name` reopens the same database (a closed tab or a
 * restarted browser).
 */
import { fakeApi } from './workspace-fixture.tsx';

export async function orgApi(name?: string) {
  const api = fakeApi(name ? { name } : {});
  await api.background.keeper.ensure();
  return { api, requestHosts: api.requestHosts, name: api.background.name, handlers: api.background.handlers };
}
