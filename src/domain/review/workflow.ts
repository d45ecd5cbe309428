/**
 * The review workflow shared by every reviewable record (initiatives now, policies later).
 * Only `published` records are public.
 */
export const WORKFLOW_STATES = ['draft', 'submitted', 'changes-requested', 'published', 'declined', 'archived'] as const;
export type WorkflowState = (typeof WORKFLOW_STATES)[number];

export const WORKFLOW_ACTIONS = ['submit', 'request-changes', 'publish', 'decline', 'archive'] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

const TRANSITIONS: Record<WorkflowAction, { from: readonly WorkflowState[]; to: WorkflowState }> = {
  submit: { from: ['draft', 'changes-requested'], to: 'submitted' },
  'request-changes': { from: ['submitted'], to: 'changes-requested' },
  publish: { from: ['draft', 'submitted'], to: 'published' },
  decline: { from: ['submitted'], to: 'declined' },
  archive: { from: ['draft', 'submitted', 'changes-requested', 'published', 'declined'], to: 'archived' },
};

/** The state an action leads to from `from`, or undefined when the move is not allowed. */
export function nextState(from: WorkflowState, action: WorkflowAction): WorkflowState | undefined {
  const t = TRANSITIONS[action];
  return t.from.includes(from) ? t.to : undefined;
}

export const isPublic = (state: WorkflowState): boolean => state === 'published';
