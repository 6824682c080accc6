/** What the workspace asks of the background, as one object a test can replace. */
import type { ActionPatch, ActionState } from '../core/checklist.ts';
import type { LibraryView } from '../shared/messages.ts';

export interface WorkspaceApi {
  library(): Promise<LibraryView>;
  checklist(productId: string): Promise<ActionState[]>;
  updateAction(productId: string, actionId: string, patch: ActionPatch): Promise<ActionState>;
}
