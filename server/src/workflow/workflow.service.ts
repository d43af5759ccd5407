import { withTransaction, type Db, type Tx } from '../db/pool.js';
import type { PublicReport } from '../contracts/report.js';
import type { ReportCommand } from '../contracts/workflow.js';
import { actorId, type Actor } from '../auth/actor.js';
import { authorize, can, type Action } from '../auth/policy.js';
import type { Deadlines } from '../deadlines/deadline.js';
import type { CleanImage } from '../media/images.js';
import type { MediaStore } from '../media/media.store.js';
import type { Broadcaster } from '../realtime/broadcaster.js';
import { appendEvents, type NewEvent } from '../reports/events.repository.js';
import { newId } from '../reports/ids.js';
import { publicReportsByIds } from '../reports/reports.repository.js';
import { releaseTeamInTx } from '../teams/teams.repository.js';
import { AppError } from '../http/errors.js';
import { reportNotFound } from '../reports/errors.js';
import * as errors from './errors.js';
import { clockPatch, stepFor, type Step } from './steps.js';
import { actionsFrom, nextStatus } from './transitions.js';
import * as repo from './workflow.repository.js';

export interface WorkflowDeps {
  db: Db;
  deadlines: Deadlines;
  media: MediaStore;
  broadcaster: Broadcaster;
  clock: () => Date;
}

export type WorkflowService = ReturnType<typeof createWorkflowService>;

/** The actions this user may take on the report now: its status allows them and so does the policy. */
export function allowedFor(
  actor: Actor,
  r: repo.LockedReport | { status: PublicReport['status']; unitCode: string; teamId: string | null },
): string[] {
  return actionsFrom(r.status).filter((a) =>
    can(actor, `report.${a}` as Action, { unitCode: r.unitCode, teamId: r.teamId }),
  );
}

/**
 * Every status change goes through here: one transaction locks the report, checks the actor's
 * right and the transition, writes the change, and appends its event (and any team's) last.
 */
export function createWorkflowService(deps: WorkflowDeps) {
  const { db, deadlines, media, broadcaster, clock } = deps;

  async function act(actor: Actor, reportId: string, cmd: ReportCommand, photo?: CleanImage): Promise<PublicReport> {
    const now = clock();
    let written: string | null = null;
    await deadlines.prepare(); // never a pool query inside the transaction (see Deadlines.prepare)
    try {
      const report = await withTransaction(db, async (tx) => {
        const r = await repo.lockReport(tx, reportId);
        if (!r) throw reportNotFound();
        authorize(actor, `report.${cmd.action}` as Action, { unitCode: r.unitCode, teamId: r.teamId });
        const to = nextStatus(cmd.action, r.status);
        if (!to) throw errors.illegalTransition(cmd.action, r.status, allowedFor(actor, r));
        await checkCommand(tx, r, cmd, photo);
        const step = stepFor(r, cmd, now);
        if (photo && cmd.action === 'resolve') {
          const ordinal = await repo.nextMediaOrdinal(tx, r.id);
          const file = await media.writeAt(r.id, photo, ordinal);
          written = file.path;
          await repo.insertPhoto(tx, { id: newId(now.getTime()), reportId: r.id, ordinal, file, kind: 'after' });
          step.detail = { ...step.detail, afterPhoto: `/media/${file.path}` };
        }
        return apply(tx, actor, r, cmd, step, to, now);
      });
      broadcaster.announce();
      return report;
    } catch (err) {
      if (written) await media.removeFile(written); // nothing committed: no file may stay behind
      throw conflictOf(err);
    }
  }

  async function checkCommand(tx: Tx, r: repo.LockedReport, cmd: ReportCommand, photo?: CleanImage): Promise<void> {
    if (cmd.action === 'resolve' && r.requiresAfterPhoto && !photo) throw errors.afterPhotoRequired();
    if (cmd.action === 'transfer') {
      if (cmd.unitCode === r.unitCode) throw errors.sameUnit();
      if (!(await repo.unitExists(tx, cmd.unitCode))) throw errors.unknownUnit(cmd.unitCode);
    }
    if (cmd.action === 'duplicate') {
      const original = cmd.originalId === r.id ? null : await repo.lockReport(tx, cmd.originalId);
      if (!original || original.linkedTo) throw errors.badOriginal();
      // One level only: a report that others were linked to is an original, not a duplicate.
      if ((await repo.listLinked(tx, r.id)).length > 0) throw errors.badOriginal();
    }
  }

  async function apply(
    tx: Tx,
    actor: Actor,
    r: repo.LockedReport,
    cmd: ReportCommand,
    step: Step,
    to: PublicReport['status'],
    now: Date,
  ): Promise<PublicReport> {
    let patch = { ...step.patch, status: to };
    if (step.restartClock) {
      const start = cmd.action === 'set_priority' ? r.heldSince : now;
      const priority = cmd.action === 'set_priority' ? cmd.priority : r.priority;
      patch = { ...patch, ...clockPatch(await deadlines.dueFor(r.category, priority, start)) };
    }
    await repo.updateReport(tx, r.id, patch, now);
    if (step.newHolder) await repo.moveHolding(tx, r.id, step.newHolder, now);
    if (step.original) await repo.changeMeTooCount(tx, step.original.id, step.original.by, now);
    const ids = step.original ? [r.id, step.original.id] : [r.id];
    const reports = new Map((await publicReportsByIds(tx, ids)).map((p) => [p.id, p]));
    const report = reports.get(r.id)!;
    const by = actorId(actor);
    const events: NewEvent[] = [
      {
        reportId: r.id,
        kind: `report:${eventKind(cmd.action)}`,
        actor: by,
        payload: report,
        detail: step.detail,
        at: now,
      },
    ];
    const original = step.original && reports.get(step.original.id);
    if (original) {
      const kind = step.original!.by > 0 ? 'report:me_too' : 'report:me_too_removed';
      events.push({
        reportId: original.id,
        kind,
        actor: by,
        payload: original,
        detail: { linkedReportIds: [r.id] },
        at: now,
      });
    }
    if (step.releaseTeam) {
      const team = await releaseTeamInTx(tx, step.releaseTeam, now, r.id);
      if (team) events.push({ teamId: team.id, kind: 'team:released', actor: by, payload: team, at: now });
    }
    await appendEvents(tx, events);
    return report;
  }

  return { act };
}

const KINDS: Partial<Record<ReportCommand['action'], string>> = {
  receive: 'received',
  start: 'started',
  resolve: 'resolved',
  close: 'closed',
  reopen: 'reopened',
  reject: 'rejected',
  duplicate: 'merged',
  unmerge: 'unmerged',
  transfer: 'transferred',
  confirm_ward: 'ward_confirmed',
  set_priority: 'priority_changed',
};

/** The event kind of an action: `report:<past tense>`. */
function eventKind(action: ReportCommand['action']): string {
  return KINDS[action] ?? action;
}

/** Two staff changing the same reports at once (a deadlock, a serialization failure): 409, try again. */
function conflictOf(err: unknown): unknown {
  const code = (err as { code?: string }).code;
  if (code !== '40P01' && code !== '40001') return err;
  return new AppError(409, 'concurrent_change', {
    vi: 'Phản ánh vừa được người khác thay đổi cùng lúc. Hãy tải lại và thử lại.',
    en: 'Someone else changed this report at the same moment. Reload and try again.',
  });
}
