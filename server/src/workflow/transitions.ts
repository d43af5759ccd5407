import { OPEN_STATUSES } from '../contracts/report.js';
import type { ReportStatus } from '../contracts/report.js';
import type { ReportAction } from '../contracts/workflow.js';

const OPEN: readonly ReportStatus[] = OPEN_STATUSES;

/**
 * The lifecycle: for each action, the statuses it may start from and the status it leads to
 * (null: the status stays). One table, so the 409 message can list what is allowed.
 */
export const TRANSITIONS: Record<ReportAction, { from: readonly ReportStatus[]; to: ReportStatus | null }> = {
  receive: { from: ['new', 'reopened'], to: 'received' },
  assign: { from: ['received', 'reopened', 'assigned'], to: 'assigned' },
  start: { from: ['assigned'], to: 'in_progress' },
  resolve: { from: ['received', 'assigned', 'in_progress', 'reopened'], to: 'resolved' },
  close: { from: ['resolved'], to: 'closed' },
  reopen: { from: ['resolved', 'closed'], to: 'reopened' },
  reject: { from: ['new', 'received', 'reopened'], to: 'rejected' },
  not_responsible: { from: ['new', 'received'], to: 'not_responsible' },
  duplicate: { from: ['new', 'received', 'reopened'], to: 'duplicate' },
  unmerge: { from: ['duplicate'], to: 'new' },
  transfer: { from: OPEN, to: 'new' }, // the receiving unit receives it anew
  confirm_ward: { from: OPEN, to: null },
  set_priority: { from: OPEN, to: null },
};

/** The status after the action, or null when the action does not fit the current status. */
export function nextStatus(action: ReportAction, from: ReportStatus): ReportStatus | null {
  const t = TRANSITIONS[action];
  if (!t.from.includes(from)) return null;
  return t.to ?? from;
}

/** Every action the status allows, in table order. */
export function actionsFrom(status: ReportStatus): ReportAction[] {
  return (Object.keys(TRANSITIONS) as ReportAction[]).filter((a) => TRANSITIONS[a].from.includes(status));
}

export function isOpen(status: ReportStatus): boolean {
  return OPEN.includes(status);
}
