import type { ReportCommand } from '../contracts/workflow.js';
import type { Deadline } from '../deadlines/deadline.js';
import type { EventDetail } from '../reports/events.repository.js';
import type { LockedReport, ReportPatch } from './workflow.repository.js';

/** What one command does to a report, decided before anything is written. */
export interface Step {
  patch: ReportPatch;
  detail: EventDetail;
  /** The unit whose holding starts now (transfer). */
  newHolder?: string;
  /** The team to set free (the report leaves its hands). */
  releaseTeam?: string;
  /** An original whose "me too" count changes: +1 on merge, −1 on unmerge. */
  original?: { id: string; by: number };
  /** The holding's clock restarts from now (transfer, reopen, unmerge, new priority). */
  restartClock?: boolean;
}

/** The step for a command whose transition is already known to be allowed. */
export function stepFor(r: LockedReport, cmd: ReportCommand, now: Date): Step {
  const free = r.teamId ? { releaseTeam: r.teamId, patch: { teamId: null } } : { patch: {} };
  switch (cmd.action) {
    case 'receive':
    case 'start':
    case 'close':
      return { patch: {}, detail: null };
    case 'resolve':
      return { ...free, patch: { ...free.patch, resolvedAt: now }, detail: { note: cmd.note } };
    case 'reopen':
      return {
        patch: { resolvedAt: null, reopened: true, heldSince: now },
        detail: { reason: cmd.reason },
        restartClock: true,
      };
    case 'reject':
      return { ...free, detail: { reason: cmd.reason } };
    case 'not_responsible':
      return { ...free, detail: { responsible: cmd.responsible } };
    case 'duplicate':
      return {
        ...free,
        patch: { ...free.patch, linkedTo: cmd.originalId, dueAt: null, warnAt: null },
        detail: { originalId: cmd.originalId },
        original: { id: cmd.originalId, by: 1 },
      };
    case 'unmerge':
      return {
        patch: { linkedTo: null, heldSince: now },
        detail: { originalId: r.linkedTo },
        original: r.linkedTo ? { id: r.linkedTo, by: -1 } : undefined,
        restartClock: true,
      };
    case 'transfer':
      return {
        ...free,
        patch: { ...free.patch, unitCode: cmd.unitCode, heldSince: now },
        detail: { fromUnit: r.unitCode, toUnit: cmd.unitCode, reason: cmd.reason },
        newHolder: cmd.unitCode,
        restartClock: true,
      };
    case 'confirm_ward':
      return { patch: { wardConfirmedAt: now }, detail: { wardCode: r.wardCode } };
    case 'set_priority':
      return { patch: { priority: cmd.priority }, detail: { from: r.priority, to: cmd.priority }, restartClock: true };
  }
}

/** The deadline columns for a clock that (re)starts now. */
export function clockPatch(deadline: Deadline | null): ReportPatch {
  return { dueAt: deadline?.dueAt ?? null, warnAt: deadline?.warnAt ?? null, warnedAt: null };
}
