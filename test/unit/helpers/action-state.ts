/** A checklist action's stored state as the database holds it: to do, nothing set, unless `change` says otherwise. */
import type { ActionState } from '../../../src/core/checklist.ts';

export function actionState(productId: string, actionId: string, change: Partial<ActionState> = {}): ActionState {
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
