/** A fake WorkspaceApi over the bundled dataset, and a way to open the workspace at a deep link. */
import { render, screen } from '@testing-library/preact';
import { vi, type Mock } from 'vitest';
import { applyPatch, type ActionPatch, type ActionState } from '../../../src/core/checklist.ts';
import { DOMAIN_IDS, type Dataset } from '../../../src/core/model.ts';
import type { WorkspaceApi } from '../../../src/options/api.ts';
import { WorkspaceApp } from '../../../src/options/app.tsx';
import type { Library } from '../../../src/options/library-data.ts';
import { EMPTY_STATUS } from '../../../src/background/feed-runner.ts';
import type { LibraryView, SettingsView } from '../../../src/shared/messages.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings.ts';
import { bundled } from '../helpers/dataset.ts';

export function libraryOf(d: Dataset = bundled()): Library {
  return {
    kind: 'library',
    entries: d.products.map((product) => ({
      product,
      assessment: d.assessments.find((a) => a.productId === product.id) ?? null,
    })),
    domains: d.domains,
    dataset: { version: d.version, published: d.published, source: 'bundled', loadedAt: 0, attribution: d.attribution },
  };
}

export interface FakeApi extends WorkspaceApi {
  library: Mock<WorkspaceApi['library']>;
  checklist: Mock<WorkspaceApi['checklist']>;
  updateAction: Mock<WorkspaceApi['updateAction']>;
  /** What the fake store holds, by action id. */
  states: Map<string, ActionState>;
  settings: Mock<WorkspaceApi['settings']>;
  saveSettings: Mock<WorkspaceApi['saveSettings']>;
  updateNow: Mock<WorkspaceApi['updateNow']>;
  watchState: Mock<WorkspaceApi['watchState']>;
  importOrg: Mock<WorkspaceApi['importOrg']>;
  deleteOrg: Mock<WorkspaceApi['deleteOrg']>;
  setWatched: Mock<WorkspaceApi['setWatched']>;
  settingsView(): SettingsView;
  setSettingsView(view: SettingsView): void;
}

/** Behaves like the background: states keyed by action id, a patch applied over the previous state. */
export function fakeApi(view: LibraryView = libraryOf(), initial: ActionState[] = []): FakeApi {
  const states = new Map(initial.map((s) => [s.actionId, s]));
  let clock = 1000;
  const updateAction = async (productId: string, actionId: string, patch: ActionPatch): Promise<ActionState> => {
    const previous = states.get(actionId);
    const assessment =
      view.kind === 'library' ? view.entries.find((e) => e.product.id === productId)?.assessment : null;
    const domain =
      DOMAIN_IDS.find((d) => assessment?.domains[d]?.actions.some((a) => a.id === actionId)) ??
      previous?.domain ??
      'D1';
    const text = assessment?.domains[domain]?.actions.find((a) => a.id === actionId)?.text ?? previous?.text ?? '';
    const next = applyPatch(
      previous,
      { productId, actionId, text, domain, assessmentId: assessment?.id ?? '' },
      patch,
      ++clock,
    );
    states.set(actionId, next);
    return next;
  };
  const dataset = view.kind === 'library' ? view.dataset : null;
  const watched = new Set<string>();
  let settingsView: SettingsView = {
    kind: 'settings',
    settings: { ...DEFAULT_SETTINGS },
    managed: [],
    ignored: [],
    feed: { ...EMPTY_STATUS },
    dataset,
  };
  return {
    states,
    settingsView: () => settingsView,
    setSettingsView: (next: SettingsView) => void (settingsView = next),
    settings: vi.fn(async () => settingsView),
    saveSettings: vi.fn(
      async (patch: Partial<Settings>) =>
        (settingsView = { ...settingsView, settings: { ...settingsView.settings, ...patch } }),
    ),
    updateNow: vi.fn(async () => settingsView),
    importOrg: vi.fn(async () => ({ kind: 'refused' as const, issues: [] })),
    deleteOrg: vi.fn(async () => {}),
    watchState: vi.fn(async (productId: string) => ({
      kind: 'watch' as const,
      watched: watched.has(productId),
      history: [],
    })),
    setWatched: vi.fn(async (productId: string, on: boolean) => {
      if (on) watched.add(productId);
      else watched.delete(productId);
      return { kind: 'watch' as const, watched: on, history: [] };
    }),
    library: vi.fn(async () => view),
    checklist: vi.fn(async (productId: string) => [...states.values()].filter((s) => s.productId === productId)),
    updateAction: vi.fn(updateAction),
    // The assessments written here and the questionnaire: see org-fixture.ts, which runs the real handlers.
    orgRecords: vi.fn(async () => ({ kind: 'org-records' as const, records: [], productIds: [] })),
    saveDraft: vi.fn(notHere),
    saveVersion: vi.fn(notHere),
    deleteRecord: vi.fn(notHere),
    restoreRecord: vi.fn(notHere),
    questionnaire: vi.fn(notHere),
    importAnswers: vi.fn(notHere),
    requestHosts: vi.fn(async () => true),
  };
}

async function notHere(): Promise<never> {
  throw new Error('not in this test: use org-fixture.ts');
}

export function stateOf(productId: string, actionId: string, change: Partial<ActionState> = {}): ActionState {
  return {
    productId,
    actionId,
    status: 'todo',
    owner: '',
    due: '',
    notes: '',
    updatedAt: 1,
    text: '',
    domain: 'D1',
    assessmentId: '',
    ...change,
  };
}

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
