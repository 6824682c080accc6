/**
 * Practitioner actions as a team's checklist. The dataset owns the actions; the user owns their state. A state
 * is keyed by the action's stable id, so a dataset update keeps it; an action gone from the new dataset keeps its
 * state and its last known text, marked retired, never silently dropped.
 */
import { DOMAIN_IDS, type Assessment, type DomainId } from './model.ts';

export const ACTION_STATUSES = ['todo', 'in-progress', 'done', 'not-applicable'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const STATUS_LABEL: Record<ActionStatus, string> = {
  todo: 'To do',
  'in-progress': 'In progress',
  done: 'Done',
  'not-applicable': 'Not applicable',
};

/** What the user set on one action. Stored in IndexedDB, never touched by a dataset update. */
export interface ActionState {
  productId: string;
  actionId: string;
  status: ActionStatus;
  owner: string;
  /** `YYYY-MM-DD`, or empty. */
  due: string;
  notes: string;
  updatedAt: number;
  /** The action as it read when the state was last saved, shown if the action is later retired. */
  text: string;
  domain: DomainId;
  assessmentId: string;
}

export type ActionPatch = Partial<Pick<ActionState, 'status' | 'owner' | 'due' | 'notes'>>;

export interface ChecklistItem {
  actionId: string;
  domain: DomainId;
  text: string;
  /** Null until the user sets something: the action is then "to do". */
  state: ActionState | null;
  /** The current dataset no longer has this action. */
  retired: boolean;
}

/** The product's current actions in domain order, each with its state, then the retired ones. */
export function checklistItems(assessment: Assessment | null, states: readonly ActionState[]): ChecklistItem[] {
  const byId = new Map(states.map((s) => [s.actionId, s]));
  const items: ChecklistItem[] = [];
  for (const domain of DOMAIN_IDS) {
    for (const action of assessment?.domains[domain]?.actions ?? []) {
      items.push({
        actionId: action.id,
        domain,
        text: action.text,
        state: byId.get(action.id) ?? null,
        retired: false,
      });
      byId.delete(action.id);
    }
  }
  const retired = [...byId.values()].sort(
    (a, b) => DOMAIN_IDS.indexOf(a.domain) - DOMAIN_IDS.indexOf(b.domain) || a.actionId.localeCompare(b.actionId),
  );
  for (const state of retired)
    items.push({ actionId: state.actionId, domain: state.domain, text: state.text, state, retired: true });
  return items;
}

export function statusOf(item: ChecklistItem): ActionStatus {
  return item.state?.status ?? 'todo';
}

/** The user's own day, `YYYY-MM-DD` as a date field gives it: not UTC's, which is another day late in the evening. */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** An action still open (to do or in progress) whose due date has passed; due today is not yet late. */
export function isOverdue(status: ActionStatus, due: string, today: string): boolean {
  return due !== '' && due < today && (status === 'todo' || status === 'in-progress');
}

export function progress(items: readonly ChecklistItem[]): Record<ActionStatus, number> & { total: number } {
  const counts = { todo: 0, 'in-progress': 0, done: 0, 'not-applicable': 0, total: 0 };
  for (const item of items) {
    if (item.retired) continue;
    counts[statusOf(item)]++;
    counts.total++;
  }
  return counts;
}

/** A new state from a patch, for an action of the product's current assessment or a retired one. */
export function applyPatch(
  previous: ActionState | undefined,
  base: Pick<ActionState, 'productId' | 'actionId' | 'text' | 'domain' | 'assessmentId'>,
  patch: ActionPatch,
  now: number,
): ActionState {
  return {
    status: 'todo',
    owner: '',
    due: '',
    notes: '',
    ...previous,
    ...base,
    ...patch,
    updatedAt: now,
  };
}

/**
 * The states with a saved one in place of its action's. Saves answer out of order (a slow first save can arrive
 * after a quick second one), so an answer older than the state already shown is dropped.
 */
export function withSaved(states: readonly ActionState[], saved: ActionState): ActionState[] {
  const shown = states.find((s) => s.actionId === saved.actionId);
  if (shown && shown.updatedAt > saved.updatedAt) return [...states];
  return [...states.filter((s) => s.actionId !== saved.actionId), saved];
}
