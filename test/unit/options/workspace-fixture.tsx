/** The workspace's API over the real background, and a way to open the workspace at a deep link. */
import 'fake-indexeddb/auto';
import { render, screen } from '@testing-library/preact';
import { vi, type Mock } from 'vitest';
import { readActionState, writeActionState } from '../../../src/background/db-user.ts';
import type { ActionState } from '../../../src/core/checklist.ts';
import { latestByProduct } from '../../../src/core/latest.ts';
import type { Dataset } from '../../../src/core/model.ts';
import type { WorkspaceApi } from '../../../src/options/api.ts';
import { WorkspaceApp } from '../../../src/options/app.tsx';
import type { Library } from '../../../src/options/library-data.ts';
import { workspaceApi } from '../../../src/options/workspace-api.ts';
import type { Settings } from '../../../src/shared/settings.ts';
import { askBackground } from '../helpers/ask-background.ts';
import { bundled } from '../helpers/dataset.ts';
import { testBackground } from '../helpers/deps.ts';

/** What the library shows of a dataset, for tests that read entries without a background. */
export function libraryOf(d: Dataset = bundled()): Library {
  const latest = latestByProduct(d.assessments);
  return {
    kind: 'library',
    entries: d.products.map((product) => ({ product, assessment: latest.get(product.id) ?? null })),
    domains: d.domains,
    dataset: { version: d.version, published: d.published, source: 'bundled', loadedAt: 0, attribution: d.attribution },
  };
}

type Spied<T> = { [K in keyof T]: T[K] extends (...args: never[]) => unknown ? Mock<T[K]> : T[K] };

export interface FakeApi extends Spied<WorkspaceApi> {
  /** The background behind the API: its database, its settings and its notices. */
  background: ReturnType<typeof testBackground>;
  /** An action's state as the background stored it. */
  stored(productId: string, actionId: string): Promise<ActionState | undefined>;
}

export interface FakeApiOptions {
  /** The dataset the extension ships (the bundled one by default); text that is no valid dataset is refused. */
  dataset?: Dataset | string;
  /** Checklist states already saved. */
  states?: ActionState[];
  /** The user's settings, and an administrator's policy. */
  user?: Partial<Settings>;
  managed?: Record<string, unknown>;
  /** Reopens a database of an earlier test (a closed tab, a restarted browser). */
  name?: string;
  /** Host permissions the browser has granted already. */
  grantedHosts?: string[];
}

/**
 * The workspace's API as the extension wires it (workspaceApi), over the real background handlers and router on
 * a fake-indexeddb database. Every method is a spy, so a test can see calls or make one fail.
 */
export function fakeApi(options: FakeApiOptions = {}): FakeApi {
  const { dataset } = options;
  const background = testBackground({
    ...(options.name ? { name: options.name } : {}),
    ...(dataset === undefined ? {} : { bundledText: typeof dataset === 'string' ? dataset : JSON.stringify(dataset) }),
    ...(options.managed ? { managed: options.managed } : {}),
    ...(options.user ? { user: options.user } : {}),
  });
  // As the extension's start-up does: the dataset is loaded (or refused) before the pages ask.
  const seeded = (async () => {
    await background.keeper.ensure().catch(() => {});
    const db = await background.db();
    for (const state of options.states ?? []) await writeActionState(db, state);
  })();
  const ask = askBackground(background.handlers);
  // The browser's host permissions: a request is granted (make the spy answer false for a refusal).
  const granted = new Set<string>(options.grantedHosts ?? []);
  const api = workspaceApi(
    async (type, request) => {
      await seeded;
      return ask(type, request);
    },
    {
      async requestHosts(origins) {
        for (const origin of origins) granted.add(origin);
        return true;
      },
      hasHosts: async (origins) => origins.every((origin) => granted.has(origin)),
      async removeHosts(origins) {
        for (const origin of origins) granted.delete(origin);
      },
    },
  );
  const spied = Object.fromEntries(
    Object.entries(api).map(([key, fn]) => [key, vi.fn(fn)]),
  ) as unknown as Spied<WorkspaceApi>;
  return {
    ...spied,
    background,
    async stored(productId, actionId) {
      await seeded;
      return readActionState(await background.db(), productId, actionId);
    },
  };
}

export { actionState as stateOf } from '../helpers/action-state.ts';

/** Opens the workspace at `hash` and waits until the library has loaded. */
export async function openAt(hash: string, api: WorkspaceApi = fakeApi()) {
  history.replaceState(null, '', hash || location.pathname);
  const result = render(<WorkspaceApp api={api} />);
  await screen.findByText(/PSF data of/);
  return result;
}

/** Follows a link or types a URL: sets the hash and lets the hashchange arrive. */
export async function go(hash: string) {
  location.hash = hash;
  await new Promise((resolve) => setTimeout(resolve, 0));
}
