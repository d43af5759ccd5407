import type { Actor } from '../auth/actor.js';
import { AppError } from '../http/errors.js';
import { authorize, scopeOf } from '../auth/policy.js';
import type { OverdueQuery, OverdueResponse, UnitStatsQuery, UnitStatsResponse } from '../contracts/leaderboard.js';
import { MAX_TREND_DAYS, type UnitTrendQuery, type UnitTrendResponse } from '../contracts/leaderboard.js';
import type { Db } from '../db/pool.js';
import { publicReportsByIds } from '../reports/reports.repository.js';
import type { DeadlinesService } from '../deadlines/deadlines.service.js';
import { overdueReportIds, unitStats } from './stats.repository.js';
import { trendPoints } from './trend.js';
import { trendDayCounts } from './trend.repository.js';
import { workingMinutesBetween } from '../deadlines/working-time.js';

export type LeaderboardService = ReturnType<typeof createLeaderboardService>;

const DEFAULT_PERIOD_MS = 30 * 86_400_000;

// The query checks a period given in full; this one catches a default end with a far-off start.
const periodTooLong = () =>
  new AppError(400, 'validation_failed', {
    vi: `Khoảng thời gian phải có from trước to và dài tối đa ${MAX_TREND_DAYS} ngày.`,
    en: `The period needs from before to, and at most ${MAX_TREND_DAYS} days.`,
  });

/** The period asked for: `to` defaults to now, `from` to 30 days before `to`. */
function periodOf(q: { from?: string; to?: string }, now: Date): { from: Date; to: Date } {
  const to = q.to ? new Date(q.to) : now;
  return { from: q.from ? new Date(q.from) : new Date(to.getTime() - DEFAULT_PERIOD_MS), to };
}

/** The unit whose figures the actor may read: unit staff only their own, whatever they ask; others any or all. */
function statsUnitOf(actor: Actor, asked: string | null): string | null {
  authorize(actor, 'stats.read');
  const scope = scopeOf(actor, 'stats.read');
  // Allowed yet nowhere (unit staff without a unit): refused, never widened to the city.
  if (!scope || scope.kind === 'team') authorize(actor, 'stats.read', { unitCode: '', teamId: '' });
  return scope?.kind === 'unit' ? scope.unitCode : asked;
}

/** The leaderboard, the overdue list and the trend: what city leaders watch, per unit. */
export function createLeaderboardService(db: Db, clock: () => Date, deadlines: Pick<DeadlinesService, 'rules'>) {
  return {
    /** Every unit's figures for the period; unit staff get their own unit's line only. */
    async leaderboard(actor: Actor, q: UnitStatsQuery): Promise<UnitStatsResponse> {
      const own = statsUnitOf(actor, null);
      const now = clock();
      const { from, to } = periodOf(q, now);
      const units = (await unitStats(db, from, to, now)).filter((u) => own === null || u.unitCode === own);
      return { from: from.toISOString(), to: to.toISOString(), at: now.toISOString(), units };
    },

    /** Per day or week of the period: received, processed (on time), newly overdue; one unit's or the city's. */
    async trend(actor: Actor, q: UnitTrendQuery): Promise<UnitTrendResponse> {
      const unitCode = statsUnitOf(actor, q.unit ?? null);
      const now = clock();
      const { from, to } = periodOf(q, now);
      if (to.getTime() - from.getTime() > MAX_TREND_DAYS * 86_400_000 || from >= to) throw periodTooLong();
      const days = await trendDayCounts(db, from, to, now, unitCode);
      const points = trendPoints(days, from, to, q.bucket);
      return {
        unitCode,
        bucket: q.bucket,
        from: from.toISOString(),
        to: to.toISOString(),
        at: now.toISOString(),
        points,
      };
    },

    /** Open reports past their due time, most late first; unit staff only ever see their own unit's. */
    async overdue(actor: Actor, q: OverdueQuery): Promise<OverdueResponse> {
      // Unit staff see their own unit's list; a field team (scoped to its own reports) none of it.
      const scope = scopeOf(actor, 'report.read_internal');
      if (!scope || scope.kind === 'team') authorize(actor, 'report.read_internal', { unitCode: '', teamId: '' });
      const unitCode = scope?.kind === 'unit' ? scope.unitCode : (q.unit ?? null);
      const now = clock();
      const [late, { calendar }] = await Promise.all([overdueReportIds(db, now, unitCode, q.limit), deadlines.rules()]);
      const reports = new Map(
        (
          await publicReportsByIds(
            db,
            late.map((l) => l.id),
          )
        ).map((r) => [r.id, r]),
      );
      const items = late.map((l) => ({
        ...reports.get(l.id)!,
        overdueMinutes: Math.floor((now.getTime() - l.dueAt.getTime()) / 60_000),
        overdueWorkingMinutes: Math.floor(workingMinutesBetween(l.dueAt, now, calendar)),
      }));
      return { at: now.toISOString(), items };
    },
  };
}
