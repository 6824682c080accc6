/** What the workspace asks of the background, as one object a test can replace. */
import type { ActionPatch, ActionState } from '../core/checklist.ts';
import type { ImportResult, LibraryView, SettingsView, WatchView } from '../shared/messages.ts';
import type { Settings } from '../shared/settings.ts';

export interface WorkspaceApi {
  library(): Promise<LibraryView>;
  checklist(productId: string): Promise<ActionState[]>;
  updateAction(productId: string, actionId: string, patch: ActionPatch): Promise<ActionState>;
  settings(): Promise<SettingsView>;
  saveSettings(patch: Partial<Settings>): Promise<SettingsView>;
  updateNow(): Promise<SettingsView>;
  watchState(productId: string): Promise<WatchView>;
  setWatched(productId: string, watched: boolean): Promise<WatchView>;
  importOrg(name: string, text: string, replaces?: string): Promise<ImportResult>;
  deleteOrg(id: string): Promise<void>;
}
