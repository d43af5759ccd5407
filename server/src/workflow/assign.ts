import type { Tx } from '../db/pool.js';
import type { PublicReport } from '../contracts/report.js';
import { actorId, type Actor } from '../auth/actor.js';
import { authorize } from '../auth/policy.js';
import type { NewEvent } from '../reports/events.repository.js';
import { publicReportsByIds } from '../reports/reports.repository.js';
import { reportNotFound } from '../reports/errors.js';
import * as errors from './errors.js';
import { nextStatus } from './transitions.js';
import { allowedFor } from './workflow.service.js';
import { lockReport, updateReport } from './workflow.repository.js';

export interface Assigned {
  report: PublicReport;
  /** The report:assigned event, for the caller to append last with its team events. */
  event: NewEvent;
  /** The team that had the report before, to set free. */
  previousTeamId: string | null;
}

/**
 * The report's half of an assignment, inside dispatch's transaction (which has locked the team):
 * locks the report, checks the right and the transition, and records the team on it.
 */
export async function assignInTx(
  tx: Tx,
  a: { reportId: string; teamId: string; actor: Actor; now: Date },
): Promise<Assigned> {
  const r = await lockReport(tx, a.reportId);
  if (!r) throw reportNotFound();
  authorize(a.actor, 'report.assign', { unitCode: r.unitCode });
  if (!nextStatus('assign', r.status)) throw errors.illegalTransition('assign', r.status, allowedFor(a.actor, r));
  await updateReport(tx, r.id, { status: 'assigned', teamId: a.teamId }, a.now);
  const [report] = await publicReportsByIds(tx, [r.id]);
  const event: NewEvent = {
    reportId: r.id,
    kind: 'report:assigned',
    actor: actorId(a.actor),
    payload: report!,
    detail: null, // which team is staff's business (the team event and the audit trail), not the public timeline's
    at: a.now,
  };
  return { report: report!, event, previousTeamId: r.teamId && r.teamId !== a.teamId ? r.teamId : null };
}
