import type { Actor } from '../auth/actor.js';
import { authorize, scopeOf } from '../auth/policy.js';
import type { OverdueQuery, OverdueResponse, UnitStatsQuery, UnitStatsResponse } from '../contracts/deadlines.js';
import type { Db } from '../db/pool.js';
import { publicReportsByIds } from '../reports/reports.repository.js';
import { overdueReportIds, unitStats } from './stats.repository.js';

export type UnitStatsService = ReturnType<typeof createUnitStatsService>;

const DEFAULT_PERIOD_MS = 30 * 86_400_000;

/** The leaderboard and the overdue list: what city leaders watch, per unit. */
export function createUnitStatsService(db: Db, clock: () => Date) {
  return {
    /** Every unit's figures for the period. Unit staff see every unit too: leaders compare units. */
    async leaderboard(actor: Actor, q: UnitStatsQuery): Promise<UnitStatsResponse> {
      authorize(actor, 'stats.read');
      const now = clock();
      const to = q.to ? new Date(q.to) : now;
      const from = q.from ? new Date(q.from) : new Date(to.getTime() - DEFAULT_PERIOD_MS);
      const units = await unitStats(db, from, to, now);
      return { from: from.toISOString(), to: to.toISOString(), at: now.toISOString(), units };
    },

    /** Open reports past their due time, most late first; unit staff only ever see their own unit's. */
    async overdue(actor: Actor, q: OverdueQuery): Promise<OverdueResponse> {
      // Unit staff see their own unit's list; a field team (scoped to its own reports) none of it.
      const scope = scopeOf(actor, 'report.read_internal');
      if (!scope || scope.kind === 'team') authorize(actor, 'report.read_internal', { unitCode: '', teamId: '' });
      const unitCode = scope?.kind === 'unit' ? scope.unitCode : (q.unit ?? null);
      const now = clock();
      const late = await overdueReportIds(db, now, unitCode, q.limit);
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
      }));
      return { at: now.toISOString(), items };
    },
  };
}
