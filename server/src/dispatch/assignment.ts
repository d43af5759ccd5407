import { actorId, type Actor } from '../auth/actor.js';
import { authorize } from '../auth/policy.js';
import type { Assignment } from '../contracts/dispatch.js';
import type { Team, TeamStatus } from '../contracts/team.js';
import { withTransaction, type Db, type Tx } from '../db/pool.js';
import { AppError } from '../http/errors.js';
import type { Broadcaster } from '../realtime/broadcaster.js';
import { appendEvents, type NewEvent } from '../reports/events.repository.js';
import { lockTeamInTx, releaseTeamInTx, setTeamStatusInTx } from '../teams/teams.repository.js';
import { teamNotFound } from '../teams/teams.service.js';
import { assignInTx } from '../workflow/assign.js';
import { getDispatchReport } from './dispatch.repository.js';
import { reportNotFound } from '../reports/errors.js';

export interface AssignmentDeps {
  db: Db;
  broadcaster: Broadcaster;
  clock: () => Date;
}

const STATUS_VI: Record<TeamStatus, string> = {
  available: 'sẵn sàng',
  en_route: 'đang di chuyển',
  on_site: 'đang ở hiện trường',
  off_duty: 'ngoài ca',
};

export function teamUnavailable(team: Team): AppError {
  return new AppError(409, 'team_unavailable', {
    vi: `Đội "${team.name}" không sẵn sàng (trạng thái: ${STATUS_VI[team.status]}). Hãy chọn đội khác trong danh sách đề xuất.`,
    en: `Team "${team.name}" is not available (status: ${team.status}). Pick another recommended team.`,
  });
}

/** PostgreSQL broke a lock cycle (an assignment met a resolve in the opposite lock order). */
const DEADLOCK = '40P01';

/**
 * One call assigns: the team's and the report's status change in one transaction. The team row is
 * locked first, so of two dispatchers racing for one team exactly one finds it available; the
 * other gets 409 `team_unavailable`. The events go last, then the stream is told.
 */
export function createAssignment(deps: AssignmentDeps) {
  const { db, broadcaster, clock } = deps;

  async function inTx(tx: Tx, actor: Actor, reportId: string, teamId: string, now: Date): Promise<Assignment> {
    const before = await lockTeamInTx(tx, teamId);
    if (!before) throw teamNotFound();
    authorize(actor, 'team.read', { unitCode: before.unitCode }); // unit staff send only their unit's teams
    if (before.status !== 'available') throw teamUnavailable(before);
    const assigned = await assignInTx(tx, { reportId, teamId, actor, now });
    const team = (await setTeamStatusInTx(tx, teamId, 'en_route', reportId, now))!;
    const by = actorId(actor);
    const events: NewEvent[] = [assigned.event, { teamId, kind: 'team:assigned', actor: by, payload: team, at: now }];
    if (assigned.previousTeamId) {
      const freed = await releaseTeamInTx(tx, assigned.previousTeamId, now, assigned.report.id);
      if (freed) events.push({ teamId: freed.id, kind: 'team:released', actor: by, payload: freed, at: now });
    }
    await appendEvents(tx, events);
    return { report: assigned.report, team, at: now.toISOString() };
  }

  async function assign(actor: Actor, reportId: string, teamId: string): Promise<Assignment> {
    authorize(actor, 'report.assign');
    // A first look, so staff of another unit get 403 whatever the team's state; assignInTx checks again under the lock.
    const report = await getDispatchReport(db, reportId);
    if (!report) throw reportNotFound();
    authorize(actor, 'report.assign', { unitCode: report.unitCode });
    const now = clock();
    const result = await withTransaction(db, (tx) => inTx(tx, actor, reportId, teamId, now)).catch((err: unknown) => {
      if ((err as { code?: string }).code !== DEADLOCK) throw err;
      throw new AppError(409, 'assignment_conflict', {
        vi: 'Phản ánh hoặc đội vừa được người khác thay đổi. Hãy tải lại và thử lại.',
        en: 'The report or the team was just changed by someone else. Reload and try again.',
      });
    });
    broadcaster.announce();
    return result;
  }

  return { assign };
}
export type AssignmentService = ReturnType<typeof createAssignment>;
