import type { Db } from '../db/pool.js';
import type { AuditEntry, Holding, StaffReport } from '../contracts/workflow.js';
import type { Actor } from '../auth/actor.js';
import { usersByIds } from '../auth/auth.repository.js';
import { authorize, can } from '../auth/policy.js';
import * as reports from '../reports/reports.repository.js';
import { reportNotFound } from '../reports/errors.js';
import { allowedFor } from './workflow.service.js';
import * as repo from './workflow.repository.js';

export type StaffService = ReturnType<typeof createStaffService>;

/** What staff read about a report: checked against its unit (and team) like every action. */
export function createStaffService(db: Db) {
  async function targetOf(id: string) {
    const report = await reports.getReport(db, id);
    const handling = report && (await repo.getHandling(db, id));
    if (!report || !handling) throw reportNotFound();
    return { report, handling, target: { unitCode: report.unitCode, teamId: handling.teamId } };
  }

  async function get(actor: Actor, id: string): Promise<StaffReport> {
    const { report, handling, target } = await targetOf(id);
    authorize(actor, 'report.read_internal', target);
    const { trackingCode: _secret, ...detail } = report;
    return {
      ...detail,
      ...handling,
      media: await reports.listMedia(db, id),
      linked: await repo.listLinked(db, id),
      allowedActions: allowedFor(actor, { status: report.status, ...target }),
      contact: can(actor, 'report.read_contact', target) ? await repo.getContact(db, id) : null,
      ratings: await reports.listRatings(db, id),
      timeline: await reports.listTimeline(db, id),
    };
  }

  async function holdings(actor: Actor, id: string): Promise<Holding[]> {
    authorize(actor, 'report.read_internal', (await targetOf(id)).target);
    return repo.listHoldings(db, id);
  }

  async function audit(actor: Actor, id: string): Promise<AuditEntry[]> {
    authorize(actor, 'report.audit', (await targetOf(id)).target);
    const events = await repo.listAuditEvents(db, id);
    const ids = events.map((e) => e.actor).filter((a) => /^[0-9a-f-]{36}$/.test(a));
    const users = await usersByIds(db, [...new Set(ids)]);
    return events.map(({ actor: a, ...e }) => {
      const u = users.get(a);
      return { ...e, actor: { id: a, username: u?.username ?? null, role: u?.role ?? null } };
    });
  }

  return { get, holdings, audit };
}
