/** What the workspace asks of the background, as one object a test can replace. */
import type { ActionPatch, ActionState } from '../core/checklist.ts';
import type { OrgDraft } from '../core/org-draft.ts';
import type {
  AnswersImportResult,
  AnswersUndoResult,
  ImportResult,
  LibraryView,
  OrgDatasetView,
  OrgRecordsView,
  QuestionnaireView,
  SaveVersionResult,
  SettingsView,
  WatchView,
} from '../shared/messages.ts';
import type { Settings } from '../shared/settings.ts';

export interface WorkspaceApi {
  library(): Promise<LibraryView>;
  /**
   * Calls `listener` when another context installs a new PSF dataset (a feed's scheduled check, an update of PSF
   * Lens) while the workspace is open; returns what stops listening. Absent where nothing can change it.
   */
  onDatasetChanged?(listener: () => void): () => void;
  checklist(productId: string): Promise<ActionState[]>;
  updateAction(productId: string, actionId: string, patch: ActionPatch): Promise<ActionState>;
  /** Deletes the checklist kept of one of the organisation's assessments no longer loaded. */
  deleteChecklist(productId: string): Promise<void>;
  settings(): Promise<SettingsView>;
  saveSettings(patch: Partial<Settings>): Promise<SettingsView>;
  updateNow(): Promise<SettingsView>;
  watchState(productId: string): Promise<WatchView>;
  setWatched(productId: string, watched: boolean): Promise<WatchView>;
  /** `replaces`: the import this file replaces; `alongside`: imported beside an earlier version of it, as chosen. */
  importOrg(name: string, text: string, how?: { replaces?: string; alongside?: true }): Promise<ImportResult>;
  deleteOrg(id: string): Promise<void>;
  /** Imports again a dataset just deleted, as it was: its name, id and import time (Undo). */
  restoreOrg(org: Pick<OrgDatasetView, 'id' | 'name' | 'importedAt' | 'dataset'>): Promise<ImportResult>;
  /**
   * Puts an import back as it was over the file that replaced it: its name, dataset and import time (Undo), only while
   * that file is still there as stored at `over` (else `changed`: another tab replaced or deleted it since).
   */
  revertOrg(org: Pick<OrgDatasetView, 'id' | 'name' | 'importedAt' | 'dataset'>, over: number): Promise<ImportResult>;
  orgRecords(): Promise<OrgRecordsView>;
  /** `since`: the draft's time as the page last read or wrote it, so that another tab's later save is not overwritten. */
  saveDraft(id: string, draft: OrgDraft, since?: number): Promise<number>;
  saveVersion(id: string): Promise<SaveVersionResult>;
  deleteRecord(id: string): Promise<void>;
  restoreRecord(id: string): Promise<void>;
  /** Keeps this browser's version over the team feed's current one, which then stops showing as a conflict. */
  keepMine(id: string): Promise<void>;
  questionnaire(productId: string, basis?: 'pai' | 'organisation'): Promise<QuestionnaireView>;
  importAnswers(productId: string, text: string, basis?: 'pai' | 'organisation'): Promise<AnswersImportResult>;
  /** Puts back the answers as they were before that answers file was read, unless they have changed since. */
  undoAnswers(productId: string, importId: string): Promise<AnswersUndoResult>;
  /**
   * Asks the browser for these host patterns (the prompt names them). Must be called from the user's click,
   * before anything is awaited, or the browser refuses to ask. Resolves true when all are granted.
   */
  requestHosts(origins: string[]): Promise<boolean>;
  /** Whether every one of these host patterns is granted now. */
  hasHosts(origins: string[]): Promise<boolean>;
  /** Gives these host patterns back (a host the build requires stays granted). */
  removeHosts(origins: string[]): Promise<void>;
}

/** The browser's permission calls the workspace makes, injected so tests can answer them. */
export type HostAccess = Pick<WorkspaceApi, 'requestHosts' | 'hasHosts' | 'removeHosts'>;
