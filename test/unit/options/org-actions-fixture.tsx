/** The actions bar of one assessment rendered alone: a mock API and autosave whose every method is a spy. */
import { render } from '@testing-library/preact';
import { vi } from 'vitest';
import type { DraftCheck } from '../../../src/core/org-draft-check.ts';
import type { OrgDraft } from '../../../src/core/org-draft.ts';
import type { WorkspaceApi } from '../../../src/options/api.ts';
import { OrgRecordActions } from '../../../src/options/org-record-actions.tsx';
import type { SaveState } from '../../../src/options/use-autosave.ts';
import type { OrgRecordView } from '../../../src/shared/messages.ts';
import { acmeDraft } from '../helpers/org.ts';
import { libraryOf } from './workspace-fixture.tsx';

export const DRAFT = acmeDraft({ D1: 'Strong' });

/** A record of DRAFT with `n` versions saved (version k on 2026-11-2k), in the given status. */
export function recordOf(n: number, status: OrgRecordView['status'] = n ? 'saved' : 'new'): OrgRecordView {
  const versions = Array.from({ length: n }, (_, i) => ({
    n: i + 1,
    savedAt: Date.UTC(2026, 10, 21 + i, 9),
    draft: { ...DRAFT, scope: `v${i + 1}` },
  }));
  return { id: 'r-1', draft: DRAFT, draftUpdatedAt: 0, versions, status };
}

export interface ActionsOptions {
  record?: OrgRecordView | null;
  check?: DraftCheck;
  state?: SaveState;
  deleted?: boolean;
}

export function showActions({ record = null, check = { kind: 'ready' }, state, deleted = false }: ActionsOptions = {}) {
  const api = {
    requestHosts: vi.fn(async () => true),
    saveVersion: vi.fn(async () => ({ kind: 'version-saved', n: 1, productId: DRAFT.id })),
    deleteRecord: vi.fn(async () => undefined),
    restoreRecord: vi.fn(async () => undefined),
    keepMine: vi.fn(async () => undefined),
  };
  const autosave = {
    state: state ?? { kind: 'idle' },
    schedule: vi.fn(),
    flush: vi.fn(async () => true),
    cancel: vi.fn(),
  };
  const on = {
    onDeleted: vi.fn(),
    onAttempt: vi.fn(),
    onRefused: vi.fn(),
    onChanged: vi.fn(),
    onTake: vi.fn<(d: OrgDraft) => void>(),
  };
  const view = render(
    <OrgRecordActions
      api={api as unknown as WorkspaceApi}
      library={libraryOf()}
      recordId="r-1"
      draft={DRAFT}
      record={record}
      check={check}
      autosave={autosave as never}
      deleted={deleted}
      {...on}
    />,
  );
  return { api, autosave, on, view };
}
